import Foundation
import JournalCore
import ReadinessMetrics

/// A signed weekly report file: the JSON body of `WeeklyReportJSON`, then the
/// armoured SSH signature of exactly those bytes. One file travels (by mail,
/// on a stick) and is checked alone; `ssh-keygen -Y verify` checks it too, given
/// the body and the signature as two files (docs/region.md shows how).
public enum WeeklyFile {
    public static let fileExtension = "zhw"

    /// `0901-007-2024-W36.zhw`
    public static func name(schoolCode: String, week: String) -> String {
        "\(schoolCode)-\(week).\(fileExtension)"
    }

    /// The school code and the week of a file named by `name(schoolCode:week:)`;
    /// nil for another name.
    public static func parseName(_ name: String) -> (code: String, week: String)? {
        guard name.hasSuffix("." + fileExtension) else { return nil }
        let stem = name.dropLast(fileExtension.count + 1)
        let week = stem.suffix(8)
        guard stem.count > 9, stem.dropLast(8).last == "-", SchoolDate(isoWeekLabel: week) != nil else { return nil }
        return (String(stem.dropLast(9)), String(week))
    }

    /// The body with its signature after it.
    public static func signed(body: String, with key: SigningKey) throws -> String {
        body + (try SSHSignature.sign(Array(body.utf8), with: key)).armored
    }

    /// The body (every byte before the signature's BEGIN line) and the
    /// signature block; nil when the file has no signature block.
    static func split(_ bytes: [UInt8]) -> (body: ArraySlice<UInt8>, signature: ArraySlice<UInt8>)? {
        let marker = Array(SSHSignature.begin.utf8)
        var start = bytes.count - marker.count
        while start >= 0 {
            if bytes[start] == marker[0], start == 0 || bytes[start - 1] == 0x0a,
               bytes[start..<start + marker.count].elementsEqual(marker) {
                return (bytes[..<start], bytes[start...])
            }
            start -= 1
        }
        return nil
    }

    /// A file whose signature is good and whose signer may speak for the
    /// school it names: its header, or its whole report.
    public struct Verified<Content: WeeklyContent>: Sendable {
        public var content: Content
        public var key: SSHPublicKey
    }

    /// Checks a file's bytes against the region's keys: a signature, made for
    /// weekly reports, by a listed key, over exactly this body, naming a school
    /// the key is listed for. `Content` says how much of the body is read: the
    /// header (the region's first pass over every file) or the whole report.
    public static func verify<Content: WeeklyContent>(_ bytes: [UInt8], signers: AllowedSigners,
                                                      as _: Content.Type = Content.self) -> Result<Verified<Content>, UntrustedReason> {
        guard let (body, armor) = split(bytes) else { return .failure(.notSigned) }
        guard let signature = SSHSignature(armored: armor) else { return .failure(.damagedSignature) }
        guard signature.namespace == SSHSignature.weeklyNamespace else { return .failure(.otherNamespace(signature.namespace)) }
        let key = signature.publicKey
        guard signers.knows(key) else { return .failure(.unknownKey(fingerprint: key.fingerprint)) }
        let schools = signers.principals(of: key, namespace: SSHSignature.weeklyNamespace)
        guard !schools.isEmpty else { return .failure(.keyNotForReports(fingerprint: key.fingerprint)) }
        guard signature.isValid(for: body) else { return .failure(.changed) }
        let content: Content
        do {
            content = try Content.read(body)
        } catch let problem as ReportProblem {
            return .failure(.notAReport(problem.phrase))
        } catch {
            return .failure(.notAReport(Phrase(ru: "текст не JSON", en: "the text is not JSON")))
        }
        guard schools.contains(content.header.schoolCode) else {
            return .failure(.foreignSchool(code: content.header.schoolCode, keySchools: schools.sorted()))
        }
        return .success(Verified(content: content, key: key))
    }

    /// Reads and checks one file.
    public static func verify<Content: WeeklyContent>(path: String, signers: AllowedSigners,
                                                      as type: Content.Type = Content.self) -> Result<Verified<Content>, UntrustedReason> {
        do {
            return verify(try FileBytes.read(path), signers: signers, as: type)
        } catch let problem as FileProblem {
            return .failure(.unreadable(problem))
        } catch {
            return .failure(.unreadable(FileProblem(code: EIO)))
        }
    }
}

/// How much of a weekly report's body is read: its header, or all of it.
public protocol WeeklyContent: Sendable {
    var header: WeeklyHeader { get }
    static func read(_ body: ArraySlice<UInt8>) throws -> Self
}

extension WeeklyHeader: WeeklyContent {
    public var header: WeeklyHeader { self }

    public static func read(_ body: ArraySlice<UInt8>) throws -> WeeklyHeader {
        try WeeklyHeader(fields: JSONParser.fields(of: body, wanted: fieldNames))
    }
}

extension WeeklyReport: WeeklyContent {
    public static func read(_ body: ArraySlice<UInt8>) throws -> WeeklyReport {
        let document = try JSONParser.parse(body)
        guard case .object(let fields) = document else { throw ReportProblem("не объект JSON", "not a JSON object") }
        let header = try WeeklyHeader(fields: Dictionary(fields.map { ($0.key, $0.value) }) { first, _ in first })
        guard let readiness = document["readiness"] else { throw ReportProblem("нет отчёта (readiness)", "no report (readiness)") }
        return try WeeklyReport(header: header, readiness: readiness)
    }
}
