import JournalCore
import ReadinessMetrics

/// Whose weekly report a file is, and for which week: the first fields of the
/// body, all the region needs to place a file before it reads the report.
public struct WeeklyHeader: Hashable, Sendable {
    public var schoolCode: String
    public var schoolName: String
    /// `2024-W36`
    public var week: String
    /// The moment the report saw the journal at, `2024-09-09T12:00:00` (school time).
    public var asOf: String
    /// `ЧИСЛО:ХЭШ`: the audit chain's head at that moment.
    public var auditHead: String

    static let fieldNames: Set<String> = ["format", "version", "school", "week", "as_of", "audit_head"]

    init(fields: [String: JSONNode]) throws {
        guard fields["format"]?.string == WeeklyReportJSON.format else {
            throw ReportProblem("нет признака format = «\(WeeklyReportJSON.format)»", "no format = \"\(WeeklyReportJSON.format)\"")
        }
        guard let version = fields["version"]?.int, version == WeeklyReportJSON.version else {
            throw ReportProblem("версия формата не \(WeeklyReportJSON.version): нужна более новая версия zhurnal",
                                "the format version is not \(WeeklyReportJSON.version): a newer zhurnal is needed")
        }
        guard let code = fields["school"]?["code"]?.string, !code.isEmpty else {
            throw ReportProblem("нет кода школы (school.code)", "no school code (school.code)")
        }
        guard let week = fields["week"]?.string, SchoolDate(isoWeekLabel: week) != nil else {
            throw ReportProblem("нет недели (week, вида 2024-W36)", "no week (week, like 2024-W36)")
        }
        guard let asOf = fields["as_of"]?.string, asOf.count >= 19 else {
            throw ReportProblem("нет момента отчёта (as_of)", "no moment of the report (as_of)")
        }
        schoolCode = code
        schoolName = fields["school"]?["name"]?.string ?? code
        self.week = week
        self.asOf = asOf
        auditHead = fields["audit_head"]?.string ?? ""
    }

    /// `09.09.2024 12:00`
    public var asOfText: String {
        let characters = Array(asOf)
        guard characters.count >= 16 else { return asOf }
        let part = { (range: Range<Int>) in String(characters[range]) }
        return part(8..<10) + "." + part(5..<7) + "." + part(0..<4) + " " + part(11..<16)
    }
}

/// What makes a signed file not a weekly report, in words.
struct ReportProblem: Error {
    var phrase: Phrase

    init(_ ru: String, _ en: String) {
        phrase = Phrase(ru: ru, en: en)
    }
}
