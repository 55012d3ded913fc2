import JournalCore

/// Why a file in the region's folder is not counted. Each says what happened
/// and, where someone can act, who.
public enum UntrustedReason: Error, Hashable, Sendable, LocalizedMessage {
    case unreadable(FileProblem)
    /// No `-----BEGIN SSH SIGNATURE-----` block at the end.
    case notSigned
    case damagedSignature
    /// A key's signature made for something else (`ssh-keygen -Y sign -n file`).
    case otherNamespace(String)
    /// The signing key is not in the list of the region's keys.
    case unknownKey(fingerprint: String)
    /// The key is listed, but its line does not allow weekly reports (`namespaces=`).
    case keyNotForReports(fingerprint: String)
    /// The signature does not match the text: the file was changed after signing.
    case changed
    /// Signed by a listed key, but not a weekly report zhurnal can read.
    case notAReport(Phrase)
    /// A listed key signed a report in the name of a school it is not listed for.
    case foreignSchool(code: String, keySchools: [String])

    public func text(in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .unreadable(let problem):
            return ru ? "не читается: \(problem.reason.ru)" : "unreadable: \(problem.reason.en)"
        case .notSigned:
            return ru ? "нет подписи" : "not signed"
        case .damagedSignature:
            return ru ? "подпись повреждена" : "the signature is damaged"
        case .otherNamespace(let namespace):
            return ru ? "подпись сделана не для недельного отчёта (назначение «\(namespace)»)"
                : "signed for something else than a weekly report (namespace \"\(namespace)\")"
        case .unknownKey(let fingerprint):
            return ru ? "ключ \(fingerprint) не из списка ключей школ" : "the key \(fingerprint) is not in the list of the schools' keys"
        case .keyNotForReports(let fingerprint):
            return ru ? "ключу \(fingerprint) в списке не разрешено подписывать отчёты (namespaces)"
                : "the key \(fingerprint) is not allowed to sign reports in the list (namespaces)"
        case .changed:
            return ru ? "файл изменён после подписи" : "the file was changed after it was signed"
        case .notAReport(let problem):
            return ru ? "подпись верна, но это не недельный отчёт: \(problem.ru)" : "signed, but not a weekly report: \(problem.en)"
        case .foreignSchool(let code, let keySchools):
            let list = keySchools.joined(separator: ", ")
            return ru ? "отчёт от имени школы \(code) подписан ключом школы \(list)"
                : "a report in the name of school \(code) is signed with the key of school \(list)"
        }
    }
}
