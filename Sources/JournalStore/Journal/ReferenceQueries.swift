import GRDB
import JournalCore

enum PeriodQueries {
    static func period(_ db: Database, _ id: PeriodID) throws -> PeriodInfo? {
        try Row.fetchOne(db, sql: "SELECT * FROM period WHERE id = ?", arguments: [id]).map(info)
    }

    static func all(_ db: Database) throws -> [PeriodInfo] {
        try Row.fetchAll(db, sql: "SELECT * FROM current_period ORDER BY start_day, end_day DESC, id").map(info)
    }

    /// The periods of academic year `code`, earliest first.
    static func all(_ db: Database, inYear code: String) throws -> [PeriodInfo] {
        try Row.fetchAll(db, sql: """
            SELECT p.* FROM period p, school s WHERE ifnull(p.academic_year, s.academic_year) = ?
            ORDER BY p.start_day, p.end_day DESC, p.id
            """, arguments: [code]).map(info)
    }

    static func info(_ r: Row) -> PeriodInfo {
        PeriodInfo(id: r["id"], period: Period(code: r["code"], name: r["name"], kind: PeriodKind(rawValue: r["kind"]) ?? .quarter,
                                               start: r["start_day"], end: r["end_day"], locked: r["locked"]),
                   academicYear: r["academic_year"] ?? "")
    }
}

enum WorkTypeQueries {
    static func all(_ db: Database) throws -> [String: WorkType] {
        var types: [String: WorkType] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT code, name, weight, in_class FROM work_type") {
            types[r["code"]] = WorkType(code: r["code"], name: r["name"], weight: (try? Weight(hundredths: r["weight"])) ?? .one,
                                        inClass: r["in_class"])
        }
        return types
    }
}

extension AppDatabase {
    /// The current academic year's periods, earliest first (a year before its
    /// quarters). A past year's are `periods(inYear:)`.
    public func periods() throws -> [PeriodInfo] {
        try read { try PeriodQueries.all($0) }
    }

    /// The marking period a date belongs to: the shortest period containing it
    /// (a quarter rather than the year); during holidays, the one just ended;
    /// before the first, the first.
    public func currentPeriod(on date: SchoolDate) throws -> PeriodInfo? {
        let all = try periods()
        let length = { (p: PeriodInfo) in p.period.end.dayNumber - p.period.start.dayNumber }
        if let containing = all.filter({ $0.period.contains(date) && $0.period.kind != .year }).min(by: { length($0) < length($1) }) {
            return containing
        }
        let terms = all.filter { $0.period.kind != .year }
        return terms.last { $0.period.end < date } ?? terms.first ?? all.first
    }

    /// Work types in the order the school lists them.
    public func workTypes() throws -> [WorkType] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT code, name, weight, in_class FROM work_type ORDER BY position, id").map { r in
                WorkType(code: r["code"], name: r["name"], weight: (try? Weight(hundredths: r["weight"])) ?? .one, inClass: r["in_class"])
            }
        }
    }
}
