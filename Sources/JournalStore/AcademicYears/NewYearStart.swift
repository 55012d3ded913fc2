import GRDB
import JournalCore

/// What starting a new academic year made.
public struct NewYearOutcome: Hashable, Sendable {
    /// «2026/2027», and the year it was made from.
    public var academicYear: String
    public var copiedFrom: String
    /// The new year's periods, earliest first.
    public var periods: [Period]
    /// Timetable rows of the closing year ended at its last day and copied.
    public var timetableRows: Int
    public var curriculumRows: Int
    /// КТП carried over (one per class or group and subject) and their topics.
    public var plans: Int
    public var planTopics: Int
    /// Official days off and moved working days put into the school calendar.
    public var calendarDays: Int
    /// Started by an admin without a standing promotion of the closing year.
    public var forced: Bool
}

extension AppDatabase {
    /// Starts the academic year `code` («2026/2027») in the same database, in
    /// ONE transaction, audited: new periods (`NewYearCalendar`), the closing
    /// year's curriculum and КТП kept as that year's (`curriculum_year`,
    /// `plan_item_year`), the timetable ended at the year's last day and
    /// copied from the new year's first day, the timetable and curriculum
    /// marked drafts for the deputy, each КТП carried over for its teacher to
    /// confirm, the official days off put into the calendar, and
    /// `school.academic_year` set to the new year. Accounts stay as they are.
    ///
    /// Refused unless the current year is closed, `code` is the year after
    /// it and is not in the database yet; refused too without a standing
    /// promotion of the closing year, unless an admin forces it (`force`).
    public func startNewYear(_ code: String, force: Bool = false, by requester: Requester) throws -> NewYearOutcome {
        try administration(by: requester, refusal: NewYearStart.refusal, Permissions.mayStartYear) { ctx in
            try NewYearStart(ctx: ctx).start(code, force: force)
        }
    }
}

/// The writes of one new year's start inside its transaction.
struct NewYearStart {
    static let refusal = Phrase(ru: "начинать новый учебный год может секретарь или администратор",
                                en: "only the secretary or the administrator starts a new academic year")

    let ctx: AdministrationContext
    var db: Database { ctx.db }

    func start(_ text: String, force: Bool) throws -> NewYearOutcome {
        let current = try String.fetchOne(db, sql: "SELECT academic_year FROM school") ?? ""
        let year = try checkedYear(text, current: current)
        let closing = try Row.fetchAll(db, sql: "SELECT * FROM current_period ORDER BY start_day, end_day DESC, id").map(PeriodQueries.info)
        guard let closingStart = closing.map(\.period.start).min(), let closingEnd = closing.map(\.period.end).max() else {
            throw JournalError.notFound(Phrase(ru: "периоды учебного года \(current)", en: "the periods of the academic year \(current)"))
        }
        let forced = try checkPromotion(closingYear: current, yearStart: closingStart, force: force)
        let periods = try insertPeriods(NewYearCalendar.periods(of: year, from: closing.map(\.period)), year: year.text)
        let newStart = periods.map(\.start).min() ?? closingEnd.adding(days: 1)
        let newEnd = periods.map(\.end).max() ?? newStart
        let curriculum = try keepAsPastYear(current)
        let timetable = try copyTimetable(closingEnd: closingEnd, newStart: newStart, year: year.text, from: current)
        let plans = try carryPlans(year: year.text, from: current)
        try markDrafts(year: year.text, from: current, timetable: timetable, curriculum: curriculum)
        let days = try addOfficialDays(from: newStart, to: newEnd, periods: periods)
        try db.execute(sql: "UPDATE school SET academic_year = ?", arguments: [year.text])
        try ctx.audit(AuditEntry(action: .update, table: "school", rowID: 1, old: ["academic_year": current], new: ["academic_year": year.text]))
        try db.execute(sql: "INSERT INTO year_start (academic_year, copied_from, started_at, started_by, forced) VALUES (?, ?, ?, ?, ?)",
                       arguments: [year.text, current, ctx.now, ctx.actor?.id, forced])
        try ctx.audit(AuditEntry(action: .insert, table: "year_start", rowID: nil, new: [
            "academic_year": year.text, "copied_from": current, "forced": forced ? "1" : "0", "periods": String(periods.count),
            "timetable": String(timetable), "curriculum": String(curriculum), "plans": String(plans.units),
            "plan_topics": String(plans.topics), "calendar_days": String(days),
        ]))
        return NewYearOutcome(academicYear: year.text, copiedFrom: current, periods: periods, timetableRows: timetable,
                              curriculumRows: curriculum, plans: plans.units, planTopics: plans.topics, calendarDays: days, forced: forced)
    }

    /// `text` as the year after `current`, not yet in the database, while `current` is closed.
    private func checkedYear(_ text: String, current: String) throws -> AcademicYearCode {
        guard let year = AcademicYearCode(text) else {
            throw JournalError.other(Phrase(ru: "учебный год «\(text)» записан неверно: нужно ГГГГ/ГГГГ, например 2026/2027",
                                            en: "the academic year \"\(text)\" is malformed: YYYY/YYYY is needed, e.g. 2026/2027"))
        }
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM period WHERE academic_year = ?)", arguments: [year.text]) == true
            || year.text == current {
            throw JournalError.other(Phrase(ru: "учебный год \(year.text) уже есть в базе: второй раз его не начинают",
                                               en: "the academic year \(year.text) is in the database already: it is not started twice"))
        }
        guard let currentCode = AcademicYearCode(current), currentCode.next == year else {
            let next = AcademicYearCode(current)?.next.text ?? "—"
            throw JournalError.other(Phrase(
                ru: "новым может быть только год, следующий за текущим \(current): \(next), а не \(year.text)",
                en: "only the year after the current \(current) may start: \(next), not \(year.text)"))
        }
        guard try YearClosingRecord.state(db, academicYear: current) != nil else {
            throw JournalError.other(Phrase(
                ru: "учебный год \(current) не закрыт: сначала закройте его (zhurnal year close), затем начинайте \(year.text)",
                en: "the academic year \(current) is not closed: close it first (zhurnal year close), then start \(year.text)"))
        }
        return year
    }

    /// The closing year's promotion must stand: without it the new year would
    /// begin with last year's classes. An admin may force it, and it is audited.
    private func checkPromotion(closingYear: String, yearStart: SchoolDate, force: Bool) throws -> Bool {
        guard try PromotionQueries.standingPromotion(db, yearStart: yearStart) == nil else { return false }
        guard force else {
            throw JournalError.other(Phrase(
                ru: "за \(closingYear) не проведён перевод учащихся по приказу (zhurnal year promote); "
                    + "начать год без перевода может только администратор (--force)",
                en: "the students of \(closingYear) were not promoted by order (zhurnal year promote); "
                    + "only the administrator may start the year without it (--force)"))
        }
        if let actor = ctx.actor, !Permissions.mayForceNewYear(actor.roleList) {
            throw JournalError.forbidden(Phrase(ru: "начать год без перевода учащихся может только администратор",
                                                en: "only the administrator starts a year without the promotion"))
        }
        return true
    }

    private func insertPeriods(_ periods: [Period], year: String) throws -> [Period] {
        for p in periods {
            try db.execute(sql: """
                INSERT INTO period (code, name, kind, start_day, end_day, locked, academic_year) VALUES (?, ?, ?, ?, ?, 0, ?)
                """, arguments: [p.code, p.name, p.kind.rawValue, p.start, p.end, year])
            try ctx.audit(AuditEntry(action: .insert, table: "period", rowID: db.lastInsertedRowID, new: [
                "code": p.code, "name": p.name, "kind": p.kind.rawValue, "start": p.start.iso, "end": p.end.iso, "academic_year": year,
            ]))
        }
        return periods.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
    }

    /// The curriculum and the КТП as the closing year leaves them: its own
    /// from now on. Returns the curriculum's rows (the new year's draft).
    private func keepAsPastYear(_ year: String) throws -> Int {
        try db.execute(sql: "DELETE FROM curriculum_year WHERE academic_year = ?", arguments: [year])
        try db.execute(sql: "DELETE FROM plan_item_year WHERE academic_year = ?", arguments: [year])
        try db.execute(sql: """
            INSERT INTO curriculum_year (academic_year, class_id, group_id, subject_id, hours_x100)
                SELECT ?, class_id, group_id, subject_id, hours_x100 FROM curriculum ORDER BY id
            """, arguments: [year])
        let curriculum = db.changesCount
        try db.execute(sql: """
            INSERT INTO plan_item_year (academic_year, class_id, group_id, subject_id, seq, topic, hours)
                SELECT ?, class_id, group_id, subject_id, seq, topic, hours FROM plan_item ORDER BY class_id, group_id, subject_id, seq
            """, arguments: [year])
        try ctx.audit(AuditEntry(action: .insert, table: "curriculum_year", rowID: nil,
                                 new: ["academic_year": year, "curriculum": String(curriculum), "plan_items": String(db.changesCount)]))
        return curriculum
    }

    /// Rows valid on the closing year's last day end there and start again on
    /// the new year's first day; rows that begin after that day stay as they are.
    private func copyTimetable(closingEnd: SchoolDate, newStart: SchoolDate, year: String, from old: String) throws -> Int {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT id FROM timetable WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to >= ?1) ORDER BY id
            """, arguments: [closingEnd])
        for id in ids {
            try db.execute(sql: """
                INSERT INTO timetable (class_id, group_id, weekday, lesson_number, subject_id, teacher_id, room, valid_from, valid_to)
                    SELECT class_id, group_id, weekday, lesson_number, subject_id, teacher_id, room, ?, NULL FROM timetable WHERE id = ?
                """, arguments: [newStart, id])
            try db.execute(sql: "UPDATE timetable SET valid_to = ? WHERE id = ?", arguments: [closingEnd, id])
        }
        try ctx.audit(AuditEntry(action: .insert, table: "timetable", rowID: nil, new: [
            "academic_year": year, "copied_from": old, "rows": String(ids.count), "ended": closingEnd.iso, "from": newStart.iso,
        ]))
        return ids.count
    }

    private func carryPlans(year: String, from old: String) throws -> (units: Int, topics: Int) {
        try db.execute(sql: """
            INSERT INTO plan_carryover (academic_year, class_id, group_id, subject_id, copied_from, topics)
                SELECT ?, class_id, group_id, subject_id, ?, count(*) FROM plan_item
                GROUP BY class_id, group_id, subject_id ORDER BY class_id, group_id, subject_id
            """, arguments: [year, old])
        let units = db.changesCount
        let topics = try Int.fetchOne(db, sql: "SELECT count(*) FROM plan_item") ?? 0
        try ctx.audit(AuditEntry(action: .insert, table: "plan_carryover", rowID: nil, new: [
            "academic_year": year, "copied_from": old, "plans": String(units), "topics": String(topics),
        ]))
        return (units, topics)
    }

    private func markDrafts(year: String, from old: String, timetable: Int, curriculum: Int) throws {
        for (part, rows) in [(YearDraftPart.timetable, timetable), (.curriculum, curriculum)] {
            try db.execute(sql: "INSERT INTO year_draft (academic_year, part, copied_from, rows) VALUES (?, ?, ?, ?)",
                           arguments: [year, part.rawValue, old, rows])
            try ctx.audit(AuditEntry(action: .insert, table: "year_draft", rowID: nil,
                                     new: ["academic_year": year, "part": part.rawValue, "copied_from": old, "rows": String(rows)]))
        }
    }

    /// The official days off of the new year into the school calendar, where
    /// the school has no line of its own for that day yet.
    private func addOfficialDays(from first: SchoolDate, to last: SchoolDate, periods: [Period]) throws -> Int {
        let terms = periods.filter { $0.kind != .year }
        var added = 0
        for day in NewYearCalendar.officialDays(from: first, to: last, terms: terms) {
            try db.execute(sql: """
                INSERT INTO calendar_day (day, kind, weekday, class_id, note)
                    SELECT ?, ?, ?, NULL, ? WHERE NOT EXISTS (SELECT 1 FROM calendar_day WHERE day = ? AND class_id IS NULL)
                """, arguments: [day.date, day.kind.rawValue, day.weekday, day.note, day.date])
            added += db.changesCount
        }
        try ctx.audit(AuditEntry(action: .insert, table: "calendar_day", rowID: nil,
                                 new: ["from": first.iso, "to": last.iso, "official_days": String(added)]))
        return added
    }
}
