import GRDB
import JournalCore

/// What closing the year did.
public struct YearClosingOutcome: Hashable, Sendable {
    public var academicYear: String
    /// Periods the closing locked (the year itself at least, while it was open).
    public var lockedPeriods: Int
    /// The checklist's lines left open: more than 0 only when an administrator forced it.
    public var openItems: Int
}

extension AppDatabase {
    /// Closes the academic year: locks every period of it, so that nothing of
    /// the year can change (`PeriodLocks`), and records the closing. Refused
    /// while the checklist has lines, unless `force` and the requester is an
    /// administrator (or the server operator); a forced closing is audited
    /// with the open lines' count. A second closing is refused.
    ///
    /// `year` («2025/2026») names a past year an administrator closes again
    /// after reopening it; nil or the current year: the current one.
    public func closeYear(year requested: String? = nil, force: Bool, by requester: Requester) throws -> YearClosingOutcome {
        try administration(by: requester, refusal: Phrase(ru: "закрывать учебный год может секретарь, завуч или администратор",
                                                          en: "only the secretary, the deputy or the administrator closes the year"),
                           Permissions.mayCloseYear) { ctx in
            let year = try YearClosingRecord.year(ctx, requested)
            if let state = try YearClosingRecord.state(ctx.db, academicYear: year.code) {
                throw JournalError.other(YearClosingRecord.alreadyClosed(year.code, state))
            }
            if !year.isCurrent { return try YearClosingRecord.closePast(ctx, year.code) }
            let checklist = try YearEndQuery(db: ctx.db, now: ctx.now).checklist()
            if !checklist.isEmpty {
                guard force else { throw JournalError.other(YearClosingRecord.notReady(year.code, checklist)) }
                if let actor = ctx.actor, !Permissions.mayForceYear(actor.roleList) {
                    throw JournalError.forbidden(Phrase(ru: "закрыть год с незакрытыми пунктами может только администратор",
                                                        en: "only the administrator closes a year with open items"))
                }
            }
            return try YearClosingRecord.close(ctx, year.code, openItems: checklist.items.count)
        }
    }

    /// Reopens a closed year (the administrator): unlocks the periods its
    /// closing locked, audited. Returns how many periods were unlocked.
    /// `year` («2025/2026») names a past year; nil: the current one.
    @discardableResult
    public func reopenYear(year requested: String? = nil, by requester: Requester) throws -> Int {
        try administration(by: requester, refusal: Phrase(ru: "открыть закрытый учебный год может только администратор",
                                                          en: "only the administrator reopens a closed year"),
                           Permissions.mayForceYear) { ctx in
            let year = try YearClosingRecord.year(ctx, requested).code
            guard let row = try Row.fetchOne(ctx.db, sql: "SELECT * FROM year_closing WHERE academic_year = ?", arguments: [year]) else {
                throw JournalError.other(Phrase(ru: "учебный год \(year) не закрыт: открывать нечего",
                                                   en: "the academic year \(year) is not closed: nothing to reopen"))
            }
            let ids = (row["locked_periods"] as String).split(separator: ",").compactMap { Int64($0) }
            var unlocked = 0
            for id in ids where try Bool.fetchOne(ctx.db, sql: "SELECT locked FROM period WHERE id = ?", arguments: [id]) == true {
                try ctx.db.execute(sql: "UPDATE period SET locked = 0, locked_at = NULL, locked_by = NULL WHERE id = ?", arguments: [id])
                try ctx.audit(AuditEntry(action: .update, table: "period", rowID: id, old: ["locked": "1"], new: ["locked": "0"]))
                unlocked += 1
            }
            try ctx.db.execute(sql: "DELETE FROM year_closing WHERE academic_year = ?", arguments: [year])
            try ctx.audit(AuditEntry(action: .delete, table: "year_closing", rowID: nil,
                                     old: ["academic_year": year, "forced": (row["forced"] as Bool) ? "1" : "0",
                                           "open_items": String(row["open_items"] as Int)]))
            return unlocked
        }
    }
}

/// The `year_closing` row and the words about it.
enum YearClosingRecord {
    static func state(_ db: Database, academicYear: String) throws -> YearClosingState? {
        try Row.fetchOne(db, sql: """
            SELECT y.*, a.full_name AS closed_by_name FROM year_closing y LEFT JOIN account a ON a.id = y.closed_by
            WHERE y.academic_year = ?
            """, arguments: [academicYear]).map { r in
            YearClosingState(closedAt: r["closed_at"], closedBy: r["closed_by_name"], forced: r["forced"], openItems: r["open_items"])
        }
    }

    /// Refuses a change of a period's lock while the year is closed: the
    /// administrator reopens the year first.
    static func checkYearOpen(_ db: Database, year: String? = nil) throws {
        let year = try year ?? String.fetchOne(db, sql: "SELECT academic_year FROM school") ?? ""
        if let state = try state(db, academicYear: year) {
            let closed = alreadyClosed(year, state)
            throw JournalError.other(Phrase(ru: closed.ru + "; открыть его может администратор (zhurnal year reopen)",
                                               en: closed.en + "; the administrator may reopen it (zhurnal year reopen)"))
        }
    }

    /// The year a closing or a reopening is about: `requested`, which must
    /// be in the database, or the current one.
    static func year(_ ctx: AdministrationContext, _ requested: String?) throws -> (code: String, isCurrent: Bool) {
        let current = try String.fetchOne(ctx.db, sql: "SELECT academic_year FROM school") ?? ""
        guard let requested, !requested.trimmingSpaces.isEmpty else { return (current, true) }
        let code = AcademicYearCode(requested)?.text ?? requested.trimmingSpaces
        if code == current { return (current, true) }
        guard try Bool.fetchOne(ctx.db, sql: "SELECT EXISTS (SELECT 1 FROM period WHERE academic_year = ?)", arguments: [code]) == true else {
            throw JournalError.notFound(Phrase(ru: "учебный год \(code) (в базе нет его периодов)", en: "academic year \(code) (no periods in the database)"))
        }
        return (code, false)
    }

    /// Closes `year`: locks its open periods and records the closing, audited.
    static func close(_ ctx: AdministrationContext, _ year: String, openItems: Int) throws -> YearClosingOutcome {
        let locked = try Int64.fetchAll(ctx.db, sql: """
            SELECT p.id FROM period p, school s WHERE ifnull(p.academic_year, s.academic_year) = ? AND p.locked = 0 ORDER BY p.start_day, p.id
            """, arguments: [year])
        for id in locked {
            try ctx.db.execute(sql: "UPDATE period SET locked = 1, locked_at = ?, locked_by = ? WHERE id = ?",
                               arguments: [ctx.now, ctx.actor?.id, id])
            try ctx.audit(AuditEntry(action: .update, table: "period", rowID: id, old: ["locked": "0"], new: ["locked": "1"]))
        }
        try ctx.db.execute(sql: """
            INSERT INTO year_closing (academic_year, closed_at, closed_by, forced, open_items, locked_periods)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [year, ctx.now, ctx.actor?.id, openItems > 0, openItems, locked.map(String.init).joined(separator: ",")])
        try ctx.audit(AuditEntry(action: .insert, table: "year_closing", rowID: nil,
                                 new: ["academic_year": year, "forced": openItems > 0 ? "1" : "0", "open_items": String(openItems)]))
        return YearClosingOutcome(academicYear: year, lockedPeriods: locked.count, openItems: openItems)
    }

    /// Closes a past year again after an administrator reopened it: the
    /// administrator alone; its checklist is not asked (it speaks of the
    /// current year only).
    static func closePast(_ ctx: AdministrationContext, _ year: String) throws -> YearClosingOutcome {
        if let actor = ctx.actor, !Permissions.mayForceYear(actor.roleList) {
            throw JournalError.forbidden(Phrase(ru: "закрыть прошлый учебный год снова может только администратор",
                                                en: "only the administrator closes a past year again"))
        }
        return try close(ctx, year, openItems: 0)
    }

    static func alreadyClosed(_ year: String, _ state: YearClosingState) -> Phrase {
        let who = state.closedBy.map { ", \(PersonName.short($0))" } ?? ""
        return Phrase(ru: "учебный год \(year) уже закрыт \(state.closedAt.russian)\(who)",
                      en: "the academic year \(year) is already closed on \(state.closedAt.russian)\(who)")
    }

    static func notReady(_ year: String, _ checklist: YearEndChecklist) -> Phrase {
        let ru = checklist.counts.filter { $0.lines > 0 }.map { "\($0.kind.title.ru) — \($0.lines)" }.joined(separator: ", ")
        let en = checklist.counts.filter { $0.lines > 0 }.map { "\($0.kind.title.en): \($0.lines)" }.joined(separator: ", ")
        return Phrase(ru: "учебный год \(year) нельзя закрыть: в списке закрытия осталось пунктов: \(checklist.items.count) (\(ru)). "
                          + "Закройте их (zhurnal year check) или, если так решено, администратор закрывает год с --force",
                      en: "the academic year \(year) cannot be closed: \(checklist.items.count) items are open (\(en)). "
                          + "Close them (zhurnal year check) or, if so decided, the administrator closes the year with --force")
    }
}
