import GRDB
import JournalCore

extension AppDatabase {
    /// The school's marking periods, earliest first.
    public func periods() throws -> [Period] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM period ORDER BY start_day, end_day DESC, id").map { r in
                Period(code: r["code"], name: r["name"], kind: PeriodKind(rawValue: r["kind"]) ?? .quarter,
                       start: r["start_day"], end: r["end_day"], locked: r["locked"])
            }
        }
    }
}
