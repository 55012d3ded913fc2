import Crypto
import Foundation
import JournalCore
import ReadinessMetrics

/// A region on paper, for the bench and the tests: from one school's real
/// weekly report (the template), the files of `schools` schools × `weeks`
/// weeks, each school with its own key and its own figures. A school's figures
/// are the template's scaled by the school's factor (so the schools rank
/// apart), the weeks are the template's moved back by whole weeks, and every
/// indicator's value, `met` and the verdict are worked out again from the new
/// numbers, so that each file says what a real one would.
public struct SampleRegion: Sendable {
    public var schools: Int
    public var weeks: Int
    private let template: JSONNode
    private let templateMonday: SchoolDate

    public init(template body: String, schools: Int, weeks: Int) throws {
        template = try JSONParser.parse(ArraySlice(Array(body.utf8)))
        guard let week = template["week"]?.string, let monday = SchoolDate(isoWeekLabel: week) else {
            throw ReportProblem("в образце нет недели", "the template has no week")
        }
        templateMonday = monday
        self.schools = schools
        self.weeks = weeks
    }

    public static func code(_ school: Int) -> String { String(format: "S%04d", school + 1) }

    /// The school's key: the same for the same number, so that a folder made
    /// twice is the same.
    public static func key(_ school: Int) -> SigningKey {
        let seed = Array(SHA256.hash(data: Array("zhurnal sample school \(school)".utf8)))
        return SigningKey(seed: seed, comment: code(school))
    }

    /// What share of the template's figures the school reaches: 100 % down to 85 %.
    static func factor(_ school: Int) -> Double {
        1 - Double((school * 37) % 16) / 100
    }

    /// Writes the folder (one subfolder per school) and its `allowed_signers`;
    /// `workers` threads sign and write. Returns the files' paths.
    @discardableResult
    public func write(to folder: String, workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let keys = (0..<schools).map(Self.key)
        let signers = keys.enumerated().map { index, key in
            "\(Self.code(index)) namespaces=\"\(SSHSignature.weeklyNamespace)\" \(key.publicKey.openSSH) \(name(index))"
        }
        try Data((signers.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/allowed_signers"))
        let template = template, weeks = weeks
        let written = parallelMap(schools, workers: workers) { school -> Result<[String], FileProblem> in
            let directory = folder + "/" + Self.code(school)
            guard mkdir(directory, 0o755) == 0 || errno == EEXIST else { return .failure(FileProblem(code: errno)) }
            var paths: [String] = []
            for week in 0..<weeks {
                let body = self.body(template, school: school, weeksBack: weeks - 1 - week)
                guard let signed = try? WeeklyFile.signed(body: body, with: keys[school]) else { return .failure(FileProblem(code: EINVAL)) }
                let path = directory + "/" + WeeklyFile.name(schoolCode: Self.code(school), week: self.week(weeksBack: weeks - 1 - week))
                guard FileManager.default.createFile(atPath: path, contents: Data(signed.utf8)) else { return .failure(FileProblem(code: EIO)) }
                paths.append(path)
            }
            return .success(paths)
        }
        return try written.flatMap { try $0.get() }
    }

    private func name(_ school: Int) -> String { "Школа № \(school + 1)" }

    private func week(weeksBack: Int) -> String {
        templateMonday.adding(days: -7 * weeksBack).isoWeekLabel
    }

    /// The template as school `school` would have sent it `weeksBack` weeks earlier.
    func body(_ template: JSONNode, school: Int, weeksBack: Int) -> String {
        let days = -7 * weeksBack
        let factor = min(1, Self.factor(school) + Double((school + weeksBack) % 3) / 100)
        var node = template.mapped { Self.moved($0, days: days) }.mapped { Self.scaled($0, by: factor) }
        node = node.setting("school", to: .object([.init(key: "code", value: .string(Self.code(school))),
                                                   .init(key: "name", value: .string(name(school)))]))
        if let readiness = node["readiness"] { node = node.setting("readiness", to: Self.judged(readiness)) }
        return node.text + "\n"
    }

    /// A date, a moment or a week label moved by `days`; anything else as it is.
    static func moved(_ node: JSONNode, days: Int) -> JSONNode {
        guard case .string(let text) = node else { return node }
        if let monday = SchoolDate(isoWeekLabel: text) { return .string(monday.adding(days: days).isoWeekLabel) }
        if text.count == 10, let date = SchoolDate(iso: text) { return .string(date.adding(days: days).iso) }
        if text.count == 19, let date = SchoolDate(iso: String(text.prefix(10))) {
            return .string(date.adding(days: days).iso + text.dropFirst(10))
        }
        return node
    }

    /// An indicator's numerator scaled, its value and `met` worked out again.
    static func scaled(_ node: JSONNode, by factor: Double) -> JSONNode {
        guard node["key"] != nil, let numerator = node["numerator"]?.int, let denominator = node["denominator"]?.int else { return node }
        let scaled = Int((Double(numerator) * factor).rounded(.toNearestOrAwayFromZero))
        let ratio = Ratio(scaled, of: denominator)
        var result = node.setting("numerator", to: .int(scaled))
            .setting("value", to: ratio.decimalText.flatMap(Double.init).map(JSONNode.double) ?? .null)
        if let threshold = node["threshold"]?.number.flatMap(Threshold.init(number:)) {
            result = result.setting("met", to: .bool(ratio.meets(threshold)))
        }
        return result
    }

    /// The verdict again from the weeks: every indicator met in each of the verdict's weeks.
    static func judged(_ readiness: JSONNode) -> JSONNode {
        guard let verdict = readiness["verdict"], let verdictWeeks = verdict["weeks"]?.array?.compactMap(\.string),
              let weeks = readiness["weeks"]?.array else { return readiness }
        let judged = weeks.filter { verdictWeeks.contains($0["week"]?.string ?? "") }
        let keys = (readiness["indicators"]?.array ?? []).filter { $0["threshold"]?.number != nil }.compactMap { $0["key"]?.string }
        let heldBack: [JSONNode] = keys.compactMap { key in
            let failing = judged.filter { week in
                week["indicators"]?.array?.first { $0["key"]?.string == key }?["met"]?.bool != true
            }.compactMap { $0["week"]?.string }
            return failing.isEmpty ? nil : .object([.init(key: "key", value: .string(key)),
                                                    .init(key: "weeks", value: .array(failing.map(JSONNode.string)))])
        }
        let ready = heldBack.isEmpty && verdict["missing_weeks"]?.int ?? 0 == 0
        let blocking = heldBack.compactMap { $0["key"] }
        return readiness.setting("verdict", to: verdict.setting("ready", to: .bool(ready)).setting("blocking", to: .array(blocking))
            .setting("held_back", to: .array(heldBack)))
    }
}
