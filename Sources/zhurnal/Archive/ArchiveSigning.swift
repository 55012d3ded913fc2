import Foundation
import JournalCore
import JournalStore

/// The director's signature of an archive's manifest: OpenSSH's own file
/// signatures (`ssh-keygen -Y sign|verify`), with the key they already use to
/// reach the server. zhurnal only runs ssh-keygen; the plain commands do the same.
enum ArchiveSigning {
    /// The signature's namespace: a signature made for something else does not pass.
    static let namespace = "zhurnal-archive"

    static func sign(manifest: String, key: String) throws {
        guard FileManager.default.fileExists(atPath: key) else {
            throw CommandLineError.conflict(Phrase(ru: "нет файла ключа «\(key)»", en: "no key file \"\(key)\""))
        }
        try? FileManager.default.removeItem(atPath: manifest + ".sig")
        let result = try run(["-Y", "sign", "-f", key, "-n", namespace, manifest])
        guard result.status == 0 else {
            throw CommandLineError.conflict(Phrase(ru: "ssh-keygen не подписал манифест: \(result.output)",
                                                   en: "ssh-keygen did not sign the manifest: \(result.output)"))
        }
    }

    /// Whether `signer` of `allowedSigners` signed the manifest; the words of ssh-keygen when not.
    static func verify(manifest: String, allowedSigners: String, signer: String) throws -> (valid: Bool, output: String) {
        let signature = manifest + ".sig"
        guard FileManager.default.fileExists(atPath: signature) else {
            return (false, "нет файла подписи \(ArchiveManifest.signatureName)")
        }
        let result = try run(["-Y", "verify", "-f", allowedSigners, "-I", signer, "-n", namespace, "-s", signature],
                             input: manifest)
        return (result.status == 0, result.output)
    }

    private static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ssh-keygen"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        if let input { process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input)) }
        do {
            try process.run()
        } catch {
            throw CommandLineError.conflict(Phrase(ru: "не удалось запустить ssh-keygen (пакет openssh-client): \(error.localizedDescription)",
                                                   en: "cannot run ssh-keygen (package openssh-client): \(error.localizedDescription)"))
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let words = String(decoding: output, as: UTF8.self).unicodeScalars
            .filter { $0 == "\n" || ($0.properties.generalCategory != .control && $0 != "\u{FFFD}") }
        return (process.terminationStatus, String(String.UnicodeScalarView(words)).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Who must have signed, for `archive verify`.
struct ArchiveSignature {
    var allowedSigners: String
    var signer: String
}

/// `archive verify`: the manifest against the folder, the snapshot's audit
/// chain against the manifest's head, and the signature when asked.
struct ArchiveVerifier {
    let folder: URL

    struct Report {
        var differences = ArchiveDifferences()
        var problems: [Phrase] = []
        var notes: [Phrase] = []

        var isIntact: Bool { differences.isEmpty && problems.isEmpty }

        func lines(in language: Language) -> [String] {
            let ru = language == .ru
            var lines = notes.map { $0.text(in: language) }
            guard !isIntact else {
                lines.append(ru ? "Архив цел." : "The archive is intact.")
                return lines
            }
            lines.append(ru ? "Архив НЕ цел:" : "The archive is NOT intact:")
            lines += differences.lines(in: language).map { "  " + $0 }
            lines += problems.map { "  " + $0.text(in: language) }
            return lines
        }
    }

    func verify(signature: ArchiveSignature?) throws -> Report {
        let manifestPath = folder.appendingPathComponent(ArchiveManifest.fileName).path
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw CommandLineError.conflict(Phrase(ru: "в папке «\(folder.path)» нет \(ArchiveManifest.fileName): это не архив zhurnal",
                                                   en: "the folder \"\(folder.path)\" has no \(ArchiveManifest.fileName): not a zhurnal archive"))
        }
        let manifest = try ArchiveManifest(parsing: String(decoding: data, as: UTF8.self))
        var report = Report()
        report.differences = try ArchiveDifferences.compare(manifest, folder: folder)
        report.notes.append(Phrase(ru: "Проверено файлов по манифесту: \(manifest.entries.count) (учебный год \(manifest.academicYear)).",
                                   en: "Files checked against the manifest: \(manifest.entries.count) (academic year \(manifest.academicYear))."))
        checkChain(manifest, into: &report)
        if let signature { try checkSignature(manifestPath, signature, into: &report) }
        return report
    }

    private func checkChain(_ manifest: ArchiveManifest, into report: inout Report) {
        let name = ArchiveMaker.snapshotName(manifest.academicYear)
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else { return } // named as removed already
        do {
            let facts = try SealedSnapshot.check(path: path, expecting: manifest.auditHead)
            let words = AuditVerificationWords(verification: facts.audit, expected: manifest.auditHead)
            if words.isIntact, case .intact(let head) = facts.audit, head == manifest.auditHead {
                report.notes.append(Phrase(ru: "Цепочка аудита снимка цела, её голова совпадает с манифестом: \(head).",
                                           en: "The snapshot's audit chain is intact and its head matches the manifest: \(head)."))
            } else if words.isIntact, case .intact(let head) = facts.audit {
                report.problems.append(Phrase(ru: "голова цепочки аудита снимка \(head) не совпадает с манифестом \(manifest.auditHead)",
                                              en: "the snapshot's audit chain head \(head) differs from the manifest's \(manifest.auditHead)"))
            } else {
                report.problems.append(Phrase(ru: "\(name): " + words.text(in: .ru), en: "\(name): " + words.text(in: .en)))
            }
        } catch {
            report.problems.append(Phrase(ru: "\(name): снимок не открывается как база zhurnal", en: "\(name): the snapshot does not open"))
        }
    }

    private func checkSignature(_ manifestPath: String, _ signature: ArchiveSignature, into report: inout Report) throws {
        let result = try ArchiveSigning.verify(manifest: manifestPath, allowedSigners: signature.allowedSigners, signer: signature.signer)
        if result.valid {
            report.notes.append(Phrase(ru: "Подпись манифеста верна: подписал \(signature.signer).",
                                       en: "The manifest's signature is valid: signed by \(signature.signer)."))
        } else {
            report.problems.append(Phrase(ru: "подпись манифеста не подтверждена (\(signature.signer)): \(result.output)",
                                          en: "the manifest's signature is not confirmed (\(signature.signer)): \(result.output)"))
        }
    }
}
