import Foundation
import JournalCore
@testable import RegionRollup
import Testing

/// Signing a weekly report and checking it: a changed byte or a key the
/// region does not list makes the file untrusted; the signature is the one
/// `ssh-keygen -Y sign` makes, so that `ssh-keygen -Y verify` checks it too.
@Suite struct SigningTests {
    let key = SampleRegion.key(0)

    private func signers(_ lines: String) throws -> AllowedSigners {
        try AllowedSigners.parse(lines, path: "allowed_signers")
    }

    private var listed: AllowedSigners {
        get throws { try signers("0901-007 namespaces=\"zhurnal-weekly\" \(key.publicKey.openSSH) МБОУ СОШ № 7\n") }
    }

    @Test func aSignedReportOfItsOwnSchoolIsTrusted() throws {
        let file = try WeeklyFile.signed(body: RegionSample.template, with: key)
        let verified = try WeeklyFile.verify(Array(file.utf8), signers: listed, as: WeeklyReport.self).get()
        #expect(verified.content.header.schoolCode == "0901-007")
        #expect(verified.content.header.week == "2024-W45")
        #expect(verified.content.ownWeek?.indicator(.planning)?.met == true)
        #expect(verified.key == key.publicKey)
    }

    @Test func aChangedByteMakesTheFileUntrusted() throws {
        var bytes = Array(try WeeklyFile.signed(body: RegionSample.template, with: key).utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "9"))!
        bytes[at] = UInt8(ascii: "8")
        #expect(WeeklyFile.verify(bytes, signers: try listed, as: WeeklyHeader.self).failure == .changed)
    }

    @Test func aKeyTheRegionDoesNotListMakesTheFileUntrusted() throws {
        let stranger = SampleRegion.key(1)
        let file = try WeeklyFile.signed(body: RegionSample.template, with: stranger)
        #expect(WeeklyFile.verify(Array(file.utf8), signers: try listed, as: WeeklyHeader.self).failure
                == .unknownKey(fingerprint: stranger.publicKey.fingerprint))
    }

    @Test func aListedKeyCannotSpeakForAnotherSchool() throws {
        let file = try WeeklyFile.signed(body: RegionSample.template, with: key)
        let other = try signers("0901-008 \(key.publicKey.openSSH)\n")
        #expect(WeeklyFile.verify(Array(file.utf8), signers: other, as: WeeklyHeader.self).failure
                == .foreignSchool(code: "0901-007", keySchools: ["0901-008"]))
    }

    @Test func aFileWithoutSignatureIsUntrusted() throws {
        #expect(WeeklyFile.verify(Array(RegionSample.template.utf8), signers: try listed, as: WeeklyHeader.self).failure == .notSigned)
    }

    @Test func aBrokenLineOfTheKeyListIsNamedByLine() throws {
        #expect(throws: SigningError.allowedSignersLine(path: "allowed_signers", line: 2,
                                                        problem: Phrase(ru: "пустой код школы", en: "an empty school code"))) {
            try signers("# школы района\n\"\" ssh-ed25519 AAAA\n")
        }
    }

    /// ssh-keygen's key is read, our signature passes `ssh-keygen -Y verify`,
    /// and ssh-keygen's own signature passes ours.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: SSHKeygen.path)))
    func theSignatureIsOpenSSHs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sshsig-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try SSHKeygen.run(["-q", "-t", "ed25519", "-N", "", "-C", "director", "-f", dir + "/key"]).status == 0)
        let key = try SigningKey.load(path: dir + "/key")
        let body = RegionSample.template
        try Data(body.utf8).write(to: URL(fileURLWithPath: dir + "/body"))
        try Data(try SSHSignature.sign(Array(body.utf8), with: key).armored.utf8).write(to: URL(fileURLWithPath: dir + "/body.sig"))
        try Data("0901-007 namespaces=\"zhurnal-weekly\" \(key.publicKey.openSSH)\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/allowed_signers"))
        let verify = ["-Y", "verify", "-f", dir + "/allowed_signers", "-I", "0901-007", "-n", "zhurnal-weekly", "-s", dir + "/body.sig"]
        let good = try SSHKeygen.run(verify, input: dir + "/body")
        #expect(good.status == 0 && good.output.contains("Good \"zhurnal-weekly\" signature for 0901-007"), "\(good.output)")
        try Data((body + " ").utf8).write(to: URL(fileURLWithPath: dir + "/body"))
        #expect(try SSHKeygen.run(verify, input: dir + "/body").status != 0)

        try Data(body.utf8).write(to: URL(fileURLWithPath: dir + "/theirs"))
        #expect(try SSHKeygen.run(["-Y", "sign", "-f", dir + "/key", "-n", "zhurnal-weekly", dir + "/theirs"]).status == 0)
        let theirs = try #require(SSHSignature(armored: Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/theirs.sig")))))
        #expect(theirs.publicKey == key.publicKey && theirs.isValid(for: Array(body.utf8)))
        #expect(!theirs.isValid(for: Array((body + " ").utf8)))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: SSHKeygen.path)))
    func aPassphraseKeyAndAPublicKeyAreRefusedInWords() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sshkey-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try SSHKeygen.run(["-q", "-t", "ed25519", "-N", "secret-words", "-f", dir + "/key"]).status == 0)
        #expect(throws: SigningError.encryptedKey(path: dir + "/key")) { try SigningKey.load(path: dir + "/key") }
        #expect(throws: SigningError.publicKeyGiven(path: dir + "/key.pub")) { try SigningKey.load(path: dir + "/key.pub") }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

/// The system's ssh-keygen, run with its output captured.
enum SSHKeygen {
    static let path = "/usr/bin/ssh-keygen"

    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        if let input { process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input)) }
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

@Suite struct AllowedSignersTests {
    @Test func aPubFileLineWithoutTheSchoolCodeIsRefusedInWords() {
        let key = SampleRegion.key(0).publicKey.openSSH
        #expect(throws: SigningError.allowedSignersLine(
            path: "keys", line: 1,
            problem: Phrase(ru: "строка начинается с ключа: впереди нужен код школы — «КОД_ШКОЛЫ ssh-ed25519 КЛЮЧ [название]»",
                            en: "the line starts with a key: the school code must come first — \"SCHOOL_CODE ssh-ed25519 KEY [name]\""))) {
            try AllowedSigners.parse(key + " director@school\n", path: "keys")
        }
    }

    @Test func oneLineMaySpeakForSeveralSchoolsOnlyForReports() throws {
        let key = SampleRegion.key(0).publicKey
        let signers = try AllowedSigners.parse("0901-007,0901-008 namespaces=\"zhurnal-weekly\" \(key.openSSH) Комплекс\n", path: "keys")
        #expect(signers.principals(of: key, namespace: "zhurnal-weekly") == ["0901-007", "0901-008"])
        #expect(signers.principals(of: key, namespace: "git").isEmpty)
        #expect(signers.schools.map(\.code) == ["0901-007", "0901-008"])
    }
}
