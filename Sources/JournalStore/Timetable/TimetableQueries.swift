import GRDB
import JournalCore

/// What «Расписание» reads: a week of a class's, a teacher's or a room's
/// timetable, the lists to choose from, and the conflicts of a change before
/// it is saved. The deputy and the administrator keep the timetable.
extension AppDatabase {
    static let timetableRefusal = Phrase(ru: "расписание ведёт завуч или администратор",
                                         en: "only the deputy or the administrator keeps the timetable")

    /// The rows of `owner`'s week containing `date`: each weekday's rows as they
    /// are valid on that weekday's date.
    public func timetableWeek(_ owner: TimetableOwner, on date: SchoolDate, by requester: Requester) throws -> TimetableWeek {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.timetableRefusal, Permissions.mayManageSchedule)
            return try TimetableReader(db: db).week(owner, on: date)
        }
    }

    /// What the slot's change would collide with (nothing is written).
    public func timetableConflicts(_ edit: TimetableCellEdit, by requester: Requester) throws -> [TimetableConflict] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.timetableRefusal, Permissions.mayManageSchedule)
            return try TimetableEditCheck(db: db, edit: edit).conflicts()
        }
    }

    /// The classes (code, name), the active teachers, the subjects (code,
    /// name), the rooms in the timetable, and each class's groups: the pick
    /// lists of the timetable screens.
    public func timetableChoices(by requester: Requester) throws -> TimetableChoices {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.timetableRefusal, Permissions.mayManageSchedule)
            var choices = TimetableChoices()
            choices.classes = try Row.fetchAll(db, sql: "SELECT code, name FROM class ORDER BY grade, name").map { ($0[0], $0[1]) }
            choices.teachers = try TimetableReader(db: db).teachers()
            choices.subjects = try Row.fetchAll(db, sql: "SELECT code, name FROM subject ORDER BY name").map { ($0[0], $0[1]) }
            choices.rooms = try String.fetchAll(db, sql: "SELECT DISTINCT room FROM timetable WHERE room IS NOT NULL AND room <> '' ORDER BY room")
            for row in try Row.fetchAll(db, sql: """
                SELECT c.code AS class_code, g.code, g.name FROM teaching_group g JOIN class c ON c.id = g.class_id ORDER BY g.name
                """) {
                choices.groups[row["class_code"], default: []].append((row["code"], row["name"]))
            }
            return choices
        }
    }

    /// The main bells, or the shortened day's.
    public func bells(shortened: Bool, by requester: Requester) throws -> [Bell] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.timetableRefusal, Permissions.mayManageSchedule)
            return try TimetableReader(db: db).bells(shortened: shortened)
        }
    }
}

/// The pick lists of the timetable screens.
public struct TimetableChoices: Sendable {
    public var classes: [(code: String, name: String)] = []
    public var teachers: [TeacherChoice] = []
    public var subjects: [(code: String, name: String)] = []
    public var rooms: [String] = []
    /// Class code → its groups (code, name).
    public var groups: [String: [(code: String, name: String)]] = [:]

    public init() {}
}

struct TimetableReader {
    let db: Database

    func week(_ owner: TimetableOwner, on date: SchoolDate) throws -> TimetableWeek {
        let (condition, argument) = try filter(owner)
        let cells = try Row.fetchAll(db, sql: """
            SELECT t.id, t.weekday, t.lesson_number, c.code AS class_code, c.name AS class_name, g.code AS group_code,
                   g.name AS group_name, s.code AS subject_code, s.name AS subject_name, a.login, a.full_name, t.room,
                   t.valid_from, t.valid_to
            FROM timetable t LEFT JOIN class c ON c.id = t.class_id LEFT JOIN teaching_group g ON g.id = t.group_id
            JOIN subject s ON s.id = t.subject_id JOIN account a ON a.id = t.teacher_id
            WHERE \(condition) AND t.valid_from <= :monday + t.weekday - 1
              AND ifnull(t.valid_to, :monday + t.weekday - 1) >= :monday + t.weekday - 1
            ORDER BY t.weekday, t.lesson_number, g.name, c.name
            """, arguments: ["key": argument, "monday": date.mondayOfWeek]).map(Self.cell)
        let numbers = try Int.fetchAll(db, sql: "SELECT lesson_number FROM bell ORDER BY lesson_number")
        return TimetableWeek(owner: owner, date: date, cells: cells, lessonNumbers: numbers)
    }

    /// The owner as a condition on `t` with one named argument `:key`.
    private func filter(_ owner: TimetableOwner) throws -> (String, any DatabaseValueConvertible) {
        switch owner {
        case .schoolClass(let code):
            let id = try SchoolReferences.schoolClass(db, code).id
            return ("(t.class_id = :key OR t.group_id IN (SELECT id FROM teaching_group WHERE class_id = :key))", id)
        case .teacher(let login):
            guard let id = try AccountID.fetchOne(db, sql: "SELECT id FROM account WHERE login = ?", arguments: [login]) else {
                throw JournalError.notFound(Phrase(ru: "учитель «\(login)»", en: "teacher \"\(login)\""))
            }
            return ("t.teacher_id = :key", id)
        case .room(let room):
            return ("t.room = :key", room)
        }
    }

    static func cell(_ row: Row) -> TimetableCell {
        TimetableCell(rowID: row["id"], weekday: row["weekday"], number: row["lesson_number"], classCode: row["class_code"],
                      className: row["class_name"], groupCode: row["group_code"], groupName: row["group_name"],
                      subjectCode: row["subject_code"], subjectName: row["subject_name"], teacherLogin: row["login"],
                      teacherName: row["full_name"], room: row["room"], validFrom: row["valid_from"], validTo: row["valid_to"])
    }

    func teachers() throws -> [TeacherChoice] {
        try AccountRow.fetchAll(db, sql: "SELECT * FROM account WHERE disabled = 0 AND instr(roles, 'teacher') > 0 ORDER BY full_name")
            .filter { $0.roleList.contains(.teacher) }
            .map { TeacherChoice(login: $0.login, fullName: $0.fullName) }
    }

    func bells(shortened: Bool) throws -> [Bell] {
        try Row.fetchAll(db, sql: "SELECT lesson_number, start_min, end_min FROM \(shortened ? "bell_short" : "bell") ORDER BY lesson_number")
            .map { Bell(lessonNumber: $0[0], start: TimeOfDay(minutes: $0[1]), end: TimeOfDay(minutes: $0[2])) }
    }
}
