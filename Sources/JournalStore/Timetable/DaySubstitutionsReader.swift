import GRDB
import JournalCore

/// Reads one day for «Замены на день».
struct DaySubstitutionsReader {
    let db: Database
    let date: SchoolDate

    func day() throws -> DaySubstitutions {
        let timetabled = try timetabledSlots()
        let lessons = try Row.fetchAll(db, sql: """
            SELECT l.id, l.lesson_number, c.code AS class_code, c.name AS class_name, g.code AS group_code, g.name AS group_name,
                   s.code AS subject_code, s.name AS subject_name, a.login, a.full_name, sf.full_name AS replaced,
                   l.cancelled, l.cancel_reason,
                   EXISTS (SELECT 1 FROM teacher_absence x WHERE x.day = l.day AND x.teacher_id = ifnull(l.substitute_for, l.teacher_id)) AS absent,
                   l.class_id, l.group_id, l.subject_id
            FROM lesson l LEFT JOIN class c ON c.id = l.class_id LEFT JOIN teaching_group g ON g.id = l.group_id
            JOIN subject s ON s.id = l.subject_id JOIN account a ON a.id = l.teacher_id
            LEFT JOIN account sf ON sf.id = l.substitute_for
            WHERE l.day = :day
            ORDER BY l.lesson_number, c.grade, c.name, g.name, l.id
            """, arguments: ["day": date]).map { row in
            let title = [row["class_name"], row["subject_name"], row["group_name"]].compactMap { $0 as String? }.joined(separator: " · ")
            return DayLessonLine(lessonID: row["id"], number: row["lesson_number"], classCode: row["class_code"],
                                 groupCode: row["group_code"], title: title, subjectCode: row["subject_code"],
                                 teacherLogin: row["login"], teacherName: row["full_name"], substituteForName: row["replaced"],
                                 cancelled: row["cancelled"], cancelReason: row["cancel_reason"],
                                 scheduledTeacherAbsent: row["absent"],
                                 isExtra: !timetabled.contains(LessonSlot(classID: row["class_id"], groupID: row["group_id"],
                                                                          number: row["lesson_number"], subjectID: row["subject_id"])))
        }
        let absent = try Row.fetchAll(db, sql: """
            SELECT a.login, a.full_name FROM teacher_absence x JOIN account a ON a.id = x.teacher_id WHERE x.day = ? ORDER BY a.full_name
            """, arguments: [date]).map { TeacherChoice(login: $0[0], fullName: $0[1]) }
        let numbers = try Int.fetchAll(db, sql: "SELECT lesson_number FROM bell ORDER BY lesson_number")
        return DaySubstitutions(date: date, lessons: lessons, absentTeachers: absent, lessonNumbers: numbers)
    }

    /// The slots the timetable has on the day's weekday: a lesson in none
    /// of them is an extra one. One read of the weekday's rows, not one per lesson.
    private func timetabledSlots() throws -> Set<LessonSlot> {
        Set(try Row.fetchAll(db, sql: """
            SELECT class_id, group_id, lesson_number, subject_id FROM timetable
            WHERE weekday = ? AND valid_from <= ?2 AND ifnull(valid_to, ?2) >= ?2
            """, arguments: [date.weekday, date]).map { LessonSlot(classID: $0[0], groupID: $0[1], number: $0[2], subjectID: $0[3]) })
    }

    /// Free at `number`: no lesson then (cancelled ones aside), not absent.
    func free(number: Int, subject: SubjectID, except teacher: AccountID) throws -> [TeacherChoice] {
        let busy = Set(try AccountID.fetchAll(db, sql: """
            SELECT teacher_id FROM lesson WHERE day = ? AND lesson_number = ? AND cancelled = 0
            UNION SELECT teacher_id FROM teacher_absence WHERE day = ?1
            """, arguments: [date, number]))
        let sameSubject = Set(try AccountID.fetchAll(db, sql: """
            SELECT DISTINCT teacher_id FROM timetable WHERE subject_id = ? AND valid_from <= ?2 AND ifnull(valid_to, ?2) >= ?2
            """, arguments: [subject, date]))
        let free = try AccountRow.fetchAll(db, sql: "SELECT * FROM account WHERE disabled = 0 AND instr(roles, 'teacher') > 0 ORDER BY full_name")
            .filter { $0.roleList.contains(.teacher) && !busy.contains($0.id) && $0.id != teacher }
            .map { TeacherChoice(login: $0.login, fullName: $0.fullName, sameSubject: sameSubject.contains($0.id)) }
        return free.filter(\.sameSubject) + free.filter { !$0.sameSubject }
    }
}
