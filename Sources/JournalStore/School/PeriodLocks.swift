import GRDB
import JournalCore

/// Closed periods (закрытый период): once the deputy or the administrator has
/// closed a quarter, nothing dated inside it may change — marks, attendance,
/// topics, homework, "held", comments, final marks, substitutions and
/// cancellations, the class history and group membership, the calendar. Every
/// write asks here, and the refusal names the period.
enum PeriodLocks {
    /// Refuses when `day` is inside a closed period.
    static func checkOpen(_ db: Database, on day: SchoolDate) throws {
        try checkOpen(db, from: day, to: day)
    }

    /// Refuses when any day of `from`...`to` (`to` nil: from `from` on) is
    /// inside a closed period, naming the earliest such period.
    static func checkOpen(_ db: Database, from: SchoolDate, to: SchoolDate?) throws {
        if let name = try String.fetchOne(db.cachedStatement(sql: """
            SELECT name FROM period WHERE locked = 1 AND start_day <= ifnull(?, 2147483647) AND end_day >= ?
            ORDER BY start_day, end_day LIMIT 1
            """), arguments: [to, from]) {
            throw JournalError.periodLocked(name)
        }
    }

    /// Refuses a final mark of a period that is closed itself or lies inside a
    /// closed one (the year): a closed first quarter does not close the year's
    /// final marks.
    static func checkFinalMarksOpen(_ db: Database, of period: PeriodInfo) throws {
        if let name = try String.fetchOne(db.cachedStatement(sql: """
            SELECT name FROM period WHERE locked = 1 AND start_day <= ? AND end_day >= ?
            ORDER BY id = ? DESC, start_day LIMIT 1
            """), arguments: [period.period.start, period.period.end, period.id]) {
            throw JournalError.periodLocked(name)
        }
    }
}

/// A period with who closed it and when, for `zhurnal period list`.
public struct PeriodLockState: Hashable, Sendable {
    public var info: PeriodInfo
    public var lockedAt: SchoolTime?
    /// The full name of who closed it; nil for the server operator or a bundle.
    public var lockedBy: String?
}

extension AppDatabase {
    /// Every period of the current academic year, earliest first, with its lock.
    public func periodLocks() throws -> [PeriodLockState] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.*, a.full_name AS locked_by_name FROM current_period p LEFT JOIN account a ON a.id = p.locked_by
                ORDER BY p.start_day, p.end_day DESC, p.id
                """).map { r in
                PeriodLockState(info: PeriodQueries.info(r), lockedAt: r["locked_at"], lockedBy: r["locked_by_name"])
            }
        }
    }

    /// Closes (`locked` true) or reopens the period with bundle id `code`: the
    /// deputy or the administrator. Returns false when it already was so.
    @discardableResult
    public func setPeriodLocked(_ code: String, _ locked: Bool, by requester: Requester) throws -> Bool {
        try administration(by: requester, refusal: Phrase(ru: "закрывать и открывать периоды может завуч или администратор",
                                                          en: "only the deputy or the administrator closes and reopens periods"),
                           Permissions.mayManageSchedule) { ctx in
            guard let row = try Row.fetchOne(ctx.db, sql: "SELECT id, locked, academic_year FROM period WHERE code = ?", arguments: [code]) else {
                throw JournalError.notFound(Phrase(ru: "период «\(code)»", en: "period \"\(code)\""))
            }
            guard row["locked"] as Bool != locked else { return false }
            if !locked { try YearClosingRecord.checkYearOpen(ctx.db, year: row["academic_year"]) }
            let id: Int64 = row["id"]
            try ctx.db.execute(sql: "UPDATE period SET locked = ?, locked_at = ?, locked_by = ? WHERE id = ?",
                               arguments: [locked, locked ? ctx.now : nil, locked ? ctx.actor?.id : nil, id])
            try ctx.audit(AuditEntry(action: .update, table: "period", rowID: id,
                                     old: ["locked": locked ? "0" : "1"], new: ["locked": locked ? "1" : "0"]))
            return true
        }
    }
}
