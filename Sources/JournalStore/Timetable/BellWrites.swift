import GRDB
import JournalCore

/// The bells: the main schedule and the shortened day's (`bell_short`). A
/// change applies to the lessons made from then on; lessons already made keep
/// their times (the calendar retimes a day when the day itself changes).
extension AppDatabase {
    /// Sets lesson `number`'s times in the main bells or the shortened ones.
    public func setBell(number: Int, start: TimeOfDay, end: TimeOfDay, shortened: Bool, by requester: Requester) throws {
        try administration(by: requester, refusal: Self.timetableRefusal, Permissions.mayManageSchedule) { ctx in
            guard (0...12).contains(number) else { throw JournalError.invalidNumber(String(number)) }
            guard start < end else {
                throw JournalError.conflict(Phrase(ru: "урок \(number): начало \(start.text) не раньше конца \(end.text)",
                                                   en: "lesson \(number): the start \(start.text) is not before the end \(end.text)"))
            }
            let table = shortened ? "bell_short" : "bell"
            let old = try Row.fetchOne(ctx.db, sql: "SELECT start_min, end_min FROM \(table) WHERE lesson_number = ?", arguments: [number])
            try ctx.db.execute(sql: "INSERT OR REPLACE INTO \(table) (lesson_number, start_min, end_min) VALUES (?, ?, ?)",
                               arguments: [number, start.minutes, end.minutes])
            try ctx.audit(AuditEntry(action: old == nil ? .insert : .update, table: table, rowID: Int64(number),
                                     old: old.map(Self.bellTimes),
                                     new: ["start": start.text, "end": end.text]))
        }
    }

    /// Removes lesson `number` from the bells; the main bell of a number the
    /// timetable still uses is refused.
    public func removeBell(number: Int, shortened: Bool, by requester: Requester) throws {
        try administration(by: requester, refusal: Self.timetableRefusal, Permissions.mayManageSchedule) { ctx in
            let table = shortened ? "bell_short" : "bell"
            guard let old = try Row.fetchOne(ctx.db, sql: "SELECT start_min, end_min FROM \(table) WHERE lesson_number = ?",
                                             arguments: [number]) else {
                throw JournalError.notFound(Phrase(ru: "звонок на \(number)-й урок", en: "the bell of lesson \(number)"))
            }
            let today = ctx.now.date
            if !shortened, try Bool.fetchOne(ctx.db, sql: """
                SELECT EXISTS (SELECT 1 FROM timetable WHERE lesson_number = ? AND ifnull(valid_to, ?2) >= ?2)
                """, arguments: [number, today]) == true {
                throw JournalError.conflict(Phrase(ru: "\(number)-й урок есть в расписании: сначала уберите его из расписания",
                                                   en: "lesson \(number) is in the timetable: clear it there first"))
            }
            try ctx.db.execute(sql: "DELETE FROM \(table) WHERE lesson_number = ?", arguments: [number])
            try ctx.audit(AuditEntry(action: .delete, table: table, rowID: Int64(number),
                                     old: Self.bellTimes(old)))
        }
    }

    private static func bellTimes(_ row: Row) -> [String: String?] {
        ["start": TimeOfDay(minutes: row[0]).text, "end": TimeOfDay(minutes: row[1]).text]
    }
}
