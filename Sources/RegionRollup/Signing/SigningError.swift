import JournalCore

/// What is wrong with a key or with the list of allowed signers, said so that
/// the person at the keyboard knows what to do. The list of the region's
/// keys is the root of its trust: a problem in it stops `zhurnal region`
/// rather than being skipped.
public enum SigningError: Error, Equatable, Sendable, LocalizedMessage {
    case keyUnreadable(path: String, reason: Phrase)
    case publicKeyGiven(path: String)
    case notOpenSSHKey(path: String)
    case encryptedKey(path: String)
    case unsupportedKeyType(path: String, type: String)
    case damagedKey(path: String)
    case allowedSignersUnreadable(path: String, reason: Phrase)
    case allowedSignersLine(path: String, line: Int, problem: Phrase)
    case allowedSignersEmpty(path: String)

    public func text(in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .keyUnreadable(let path, let reason):
            return ru ? "не удалось прочитать ключ «\(path)»: \(reason.ru)" : "cannot read the key \"\(path)\": \(reason.en)"
        case .publicKeyGiven(let path):
            return ru ? "«\(path)» — открытый ключ (.pub); подписывают закрытым ключом — тем же файлом без .pub"
                : "\"\(path)\" is a public key (.pub); a report is signed with the private key, the same file without .pub"
        case .notOpenSSHKey(let path):
            return ru ? "«\(path)» — не закрытый ключ OpenSSH; нужен ключ ed25519, созданный командой ssh-keygen -t ed25519"
                : "\"\(path)\" is not an OpenSSH private key; an ed25519 key made by ssh-keygen -t ed25519 is needed"
        case .encryptedKey(let path):
            return ru ? "ключ «\(path)» защищён паролем, а zhurnal читает только ключ без пароля. Храните такой ключ "
                + "на съёмном носителе директора и подключайте только на время подписи (см. docs/region.md)"
                : "the key \"\(path)\" is protected by a passphrase, and zhurnal reads only keys without one. Keep such a key "
                + "on the director's removable drive and plug it in only to sign (see docs/region.md)"
        case .unsupportedKeyType(let path, let type):
            return ru ? "ключ «\(path)» типа \(type), а zhurnal подписывает только ключом ed25519 (ssh-keygen -t ed25519)"
                : "the key \"\(path)\" is \(type); zhurnal signs only with an ed25519 key (ssh-keygen -t ed25519)"
        case .damagedKey(let path):
            return ru ? "ключ «\(path)» повреждён: его не удаётся разобрать" : "the key \"\(path)\" is damaged and cannot be read"
        case .allowedSignersUnreadable(let path, let reason):
            return ru ? "не удалось прочитать список ключей школ «\(path)»: \(reason.ru)"
                : "cannot read the list of the schools' keys \"\(path)\": \(reason.en)"
        case .allowedSignersLine(let path, let line, let problem):
            return ru ? "\(path):\(line): \(problem.ru)" : "\(path):\(line): \(problem.en)"
        case .allowedSignersEmpty(let path):
            return ru ? "в списке ключей школ «\(path)» нет ни одного ключа: добавьте строки «КОД_ШКОЛЫ ssh-ed25519 КЛЮЧ»"
                : "the list of the schools' keys \"\(path)\" holds no key: add lines \"SCHOOL_CODE ssh-ed25519 KEY\""
        }
    }
}
