import JournalCore
import JournalStore

/// The body of a school's weekly report to its municipality: who the school
/// is, which week, the audit chain's head at the moment of the report, and the
/// readiness report of `ReportJSON` (the contract of readiness.md) over the
/// week and the weeks before it. `zhurnal report weekly` signs this text;
/// `zhurnal region` reads it back. The header fields come first, so that the
/// region learns whose file it is without reading the report.
public enum WeeklyReportJSON {
    public static let format = "zhurnal-weekly"
    public static let version = 1
    /// The weeks of the region's sparkline, and so the least a report covers.
    public static let seriesWeeks = 8

    /// The school as the region knows it: the code its key is listed under.
    public struct School: Hashable, Sendable {
        public var code: String
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// The report's window: the week starting `monday` and the weeks before it,
    /// eight or the verdict's number, whichever is more, as of `asOf`.
    public static func window(weekOf monday: SchoolDate, verdictWeeks: Int, asOf: SchoolTime) throws -> ReadinessWindow {
        let weeks = max(seriesWeeks, verdictWeeks)
        return try ReadinessWindow(from: monday.adding(days: -7 * (weeks - 1)), to: monday.adding(days: 6), asOf: asOf)
    }

    public static func render(_ report: ReadinessReport, school: School, week: String, auditHead: String) -> String {
        JSONOutput.object([
            ("format", .string(format)),
            ("version", .int(version)),
            ("school", .object([("code", .string(school.code)), ("name", .string(school.name))])),
            ("week", .string(week)),
            ("as_of", .string(report.window.asOf.iso)),
            ("audit_head", .string(auditHead)),
            ("readiness", ReportJSON.object(report)),
        ]).rendered() + "\n"
    }

    /// A school's weekly report as of `asOf`, from its journal: the body
    /// `zhurnal report weekly` signs. `schoolCode` is checked by the caller.
    public static func make(database: AppDatabase, schoolCode: String, asOf: SchoolTime) throws -> (week: String, body: String) {
        let school = try database.school()
        let monday = reportedMonday(asOf: asOf)
        let settings = try ReadinessSettings(database: database)
        let window = try window(weekOf: monday, verdictWeeks: settings.verdictWeeks, asOf: asOf)
        let report = try ReadinessCalculator(database: database)
            .report(profile: settings.profile, window: window, verdictWeeks: settings.verdictWeeks)
        let week = monday.isoWeekLabel
        return (week, render(report, school: School(code: schoolCode, name: school.name), week: week,
                             auditHead: try database.auditHead().description))
    }

    /// The last week that ended by `asOf`: sent on Monday morning, the report
    /// is of the week before; at the very end of Sunday, of that week.
    public static func reportedMonday(asOf: SchoolTime) -> SchoolDate {
        let monday = asOf.date.mondayOfWeek
        let endOfWeek = SchoolTime(date: monday.adding(days: 6), second: 86_399)
        return asOf >= endOfWeek ? monday : monday.adding(days: -7)
    }
}
