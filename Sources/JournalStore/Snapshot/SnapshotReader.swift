import GRDB
import JournalCore

extension AppDatabase {
    /// Reads the whole school back as values, in row-id order; the bundle writer
    /// decides the order of its files. Everything about every child: the
    /// operator's export, or the administrator's.
    public func snapshot(by requester: Requester) throws -> SchoolSnapshot {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Phrase(ru: "выгрузку всей школы делает администратор",
                                                                  en: "only the administrator exports the school"),
                                   Permissions.mayExportSchool)
            guard let school = try SchoolRow.fetchOne(db, key: 1)?.school else { throw StoreError.noSchool }
            var snapshot = SchoolSnapshot(school: school)
            let reader = try SnapshotReader(db: db)
            try reader.readReferenceTables(into: &snapshot)
            try reader.readPeople(into: &snapshot)
            try reader.readTimetable(into: &snapshot)
            try reader.readJournal(into: &snapshot)
            try reader.readClassTeacherRecords(into: &snapshot)
            try reader.readMessages(into: &snapshot)
            return snapshot
        }
    }
}

struct SnapshotReader {
    let db: Database
    /// A database of several academic years exports its current one only.
    var year: SnapshotYear = .all

    init(db: Database) throws {
        self.db = db
        year = try SnapshotYear.current(db)
    }

    func readReferenceTables(into s: inout SchoolSnapshot) throws {
        s.periods = try Row.fetchAll(db, sql: "SELECT * FROM current_period ORDER BY id").map { r in
            Period(code: r["code"], name: r["name"], kind: PeriodKind(rawValue: r["kind"]) ?? .quarter,
                   start: r["start_day"], end: r["end_day"], locked: r["locked"])
        }
        s.bells = try readBells("bell")
        s.shortBells = try readBells("bell_short")
        s.calendar = try Row.fetchAll(db, sql: """
            SELECT d.day, d.kind, d.weekday, c.code AS class_code, d.note
            FROM calendar_day d LEFT JOIN class c ON c.id = d.class_id WHERE \(year.calendarFilter) ORDER BY d.day, d.id
            """).map { r in
            CalendarDay(date: r["day"], kind: CalendarDayKind(rawValue: r["kind"]) ?? .holiday, weekday: r["weekday"],
                        classCode: r["class_code"], note: r["note"])
        }
        s.subjects = try Row.fetchAll(db, sql: "SELECT code, name FROM subject ORDER BY id").map { r in
            Subject(code: r["code"], name: r["name"])
        }
        s.workTypes = try Row.fetchAll(db, sql: "SELECT * FROM work_type ORDER BY position, id").map { r in
            WorkType(code: r["code"], name: r["name"], weight: (try? Weight(hundredths: r["weight"])) ?? .one,
                     inClass: r["in_class"])
        }
    }

    func readPeople(into s: inout SchoolSnapshot) throws {
        s.accounts = try AccountRow.fetchAll(db, sql: "SELECT * FROM account ORDER BY id").map(\.account)
        s.classes = try Row.fetchAll(db, sql: """
            SELECT c.code, c.name, c.grade, a.login FROM class c LEFT JOIN account a ON a.id = c.homeroom_id ORDER BY c.id
            """).map { r in SchoolClass(code: r["code"], name: r["name"], grade: r["grade"], homeroomLogin: r["login"]) }
        s.students = try Row.fetchAll(db, sql: """
            SELECT s.code, s.full_name, a.login FROM student s LEFT JOIN account a ON a.id = s.account_id ORDER BY s.id
            """).map { r in
            Student(code: r["code"], fullName: r["full_name"], login: r["login"])
        }
        s.enrollments = try Row.fetchAll(db, sql: """
            SELECT s.code, c.code AS class_code, e.from_day, e.to_day, e.order_text
            FROM enrollment e JOIN student s ON s.id = e.student_id JOIN class c ON c.id = e.class_id ORDER BY e.id
            """).map { r in
            Enrollment(studentCode: r["code"], classCode: r["class_code"], from: r["from_day"], to: r["to_day"], order: r["order_text"])
        }
        s.groups = try Row.fetchAll(db, sql: """
            SELECT g.code, g.name, g.kind, c.code AS class_code, sj.code AS subject_code, g.grading
            FROM teaching_group g LEFT JOIN class c ON c.id = g.class_id LEFT JOIN subject sj ON sj.id = g.subject_id
            ORDER BY g.id
            """).map { r in
            TeachingGroup(code: r["code"], name: r["name"], kind: GroupKind(rawValue: r["kind"]) ?? .part,
                          classCode: r["class_code"], subjectCode: r["subject_code"],
                          grading: GroupGrading(rawValue: r["grading"]) ?? .marks)
        }
        s.groupMembers = try Row.fetchAll(db, sql: """
            SELECT g.code AS group_code, s.code AS student_code, m.from_day, m.to_day
            FROM group_member m JOIN teaching_group g ON g.id = m.group_id JOIN student s ON s.id = m.student_id ORDER BY m.id
            """).map { r in
            GroupMembership(groupCode: r["group_code"], studentCode: r["student_code"], from: r["from_day"], to: r["to_day"])
        }
        s.guardians = try Row.fetchAll(db, sql: """
            SELECT a.login, s.code FROM guardian g JOIN account a ON a.id = g.parent_id JOIN student s ON s.id = g.student_id
            ORDER BY g.student_id, g.parent_id
            """).map { r in Guardian(parentLogin: r["login"], studentCode: r["code"]) }
        s.signIns = try Row.fetchAll(db, sql: """
            SELECT a.login, i.at FROM sign_in i JOIN account a ON a.id = i.account_id ORDER BY i.id
            """).map { r in SignIn(login: r["login"], at: r["at"]) }
    }

    func readTimetable(into s: inout SchoolSnapshot) throws {
        s.timetable = try Row.fetchAll(db, sql: """
            SELECT c.code AS class_code, g.code AS group_code, t.weekday, t.lesson_number, sj.code AS subject_code, a.login,
                   t.room, t.valid_from, t.valid_to
            FROM timetable t LEFT JOIN class c ON c.id = t.class_id LEFT JOIN teaching_group g ON g.id = t.group_id
            JOIN subject sj ON sj.id = t.subject_id JOIN account a ON a.id = t.teacher_id
            WHERE \(year.timetableFilter) ORDER BY t.id
            """).map { r in
            TimetableEntry(classCode: r["class_code"], groupCode: r["group_code"], weekday: r["weekday"],
                           lessonNumber: r["lesson_number"],
                           subjectCode: r["subject_code"], teacherLogin: r["login"], room: r["room"],
                           validFrom: r["valid_from"], validTo: r["valid_to"])
        }
        s.plans = try Row.fetchAll(db, sql: """
            SELECT c.code AS class_code, g.code AS group_code, sj.code AS subject_code, p.seq, p.topic, p.hours
            FROM plan_item p LEFT JOIN class c ON c.id = p.class_id LEFT JOIN teaching_group g ON g.id = p.group_id
            JOIN subject sj ON sj.id = p.subject_id
            ORDER BY p.class_id, p.group_id, p.subject_id, p.seq
            """).map { r in
            PlanItem(classCode: r["class_code"], groupCode: r["group_code"], subjectCode: r["subject_code"], seq: r["seq"],
                     topic: r["topic"], hours: r["hours"])
        }
        s.curriculum = try Row.fetchAll(db, sql: """
            SELECT c.code AS class_code, g.code AS group_code, sj.code AS subject_code, k.hours_x100
            FROM curriculum k LEFT JOIN class c ON c.id = k.class_id LEFT JOIN teaching_group g ON g.id = k.group_id
            JOIN subject sj ON sj.id = k.subject_id ORDER BY k.id
            """).map { r in
            CurriculumRow(classCode: r["class_code"], groupCode: r["group_code"], subjectCode: r["subject_code"],
                          hours: WeeklyHours(hundredths: r["hours_x100"]))
        }
    }

    func readJournal(into s: inout SchoolSnapshot) throws {
        let lessonCodes = try lessonCodeMap()
        let studentCodes = try codeMap("SELECT id, code FROM student")
        let logins = try codeMap("SELECT id, login FROM account")
        let classCodes = try codeMap("SELECT id, code FROM class")
        let groupCodes = try codeMap("SELECT id, code FROM teaching_group")
        let subjectCodes = try codeMap("SELECT id, code FROM subject")
        s.lessons = try Row.fetchAll(db, sql: """
            SELECT id, code, class_id, group_id, subject_id, teacher_id, substitute_for, day, lesson_number, topic, homework,
                   held_at, comment, comment_at, cancelled, cancel_reason, homework_due_day, homework_due_number
            FROM lesson l WHERE \(year.lessonFilter) ORDER BY id
            """).map { r in
            Lesson(code: lessonCodes[r["id"]]!, classCode: (r["class_id"] as Int64?).flatMap { classCodes[$0] },
                   groupCode: (r["group_id"] as Int64?).flatMap { groupCodes[$0] }, subjectCode: subjectCodes[r["subject_id"]]!,
                   teacherLogin: logins[r["teacher_id"]]!, substituteFor: (r["substitute_for"] as Int64?).flatMap { logins[$0] },
                   date: r["day"], lessonNumber: r["lesson_number"], topic: r["topic"], homework: r["homework"],
                   heldAt: r["held_at"], comment: r["comment"], commentAt: r["comment_at"], cancelled: r["cancelled"],
                   cancelReason: r["cancel_reason"], homeworkDue: Self.homeworkDue(r))
        }
        s.marks = try readMarks(lessonCodes, studentCodes, logins)
        s.attendance = try Row.fetchAll(db, sql: """
            SELECT lesson_id, student_id, code, entered_at, entered_by, note FROM attendance
            WHERE \(year.lessonIDFilter) ORDER BY id
            """).map { r in
            Attendance(lessonCode: lessonCodes[r["lesson_id"]]!, studentCode: studentCodes[r["student_id"]]!,
                       code: AttendanceCode(rawValue: r["code"]) ?? .absent, enteredAt: r["entered_at"],
                       enteredBy: (r["entered_by"] as Int64?).flatMap { logins[$0] }, note: r["note"])
        }
        let periodCodes = try codeMap("SELECT id, code FROM period")
        s.finalMarks = try Row.fetchAll(db, sql: """
            SELECT student_id, subject_id, period_id, value, entered_at, entered_by FROM final_mark
            WHERE \(year.periodIDFilter) ORDER BY id
            """).compactMap { r in
            guard let value = try? FinalMarkValue(parsing: r["value"]) else { return nil }
            return FinalMark(studentCode: studentCodes[r["student_id"]]!, subjectCode: subjectCodes[r["subject_id"]]!,
                             periodCode: periodCodes[r["period_id"]]!, value: value, enteredAt: r["entered_at"],
                             enteredBy: (r["entered_by"] as Int64?).flatMap { logins[$0] })
        }
    }

    private func readMarks(_ lessonCodes: [Int64: String], _ studentCodes: [Int64: String],
                           _ logins: [Int64: String]) throws -> [Mark] {
        let workTypeCodes = try codeMap("SELECT id, code FROM work_type")
        var marks: [Mark] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT lesson_id, student_id, value, work_type_id, comment, entered_at, entered_by FROM mark
            WHERE \(year.lessonIDFilter) ORDER BY id
            """)
        while let r = try rows.next() {
            guard let value = try? MarkValue(r["value"] as Int) else { continue }
            marks.append(Mark(lessonCode: lessonCodes[r["lesson_id"]]!, studentCode: studentCodes[r["student_id"]]!,
                              value: value, workTypeCode: workTypeCodes[r["work_type_id"]]!, enteredAt: r["entered_at"],
                              enteredBy: (r["entered_by"] as Int64?).flatMap { logins[$0] }, comment: r["comment"]))
        }
        return marks
    }

    /// A homework's due lesson, when both its day and its number are set.
    private static func homeworkDue(_ r: Row) -> HomeworkDue? {
        guard let day = r["homework_due_day"] as SchoolDate?, let number = r["homework_due_number"] as Int? else { return nil }
        return HomeworkDue(date: day, lessonNumber: number)
    }

    private func readBells(_ table: String) throws -> [Bell] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY lesson_number").map { r in
            Bell(lessonNumber: r["lesson_number"], start: TimeOfDay(minutes: r["start_min"]), end: TimeOfDay(minutes: r["end_min"]))
        }
    }

    private func lessonCodeMap() throws -> [Int64: String] {
        var map: [Int64: String] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT id, code FROM lesson") {
            let id: Int64 = r["id"]
            map[id] = LessonCode.code(rowID: id, stored: r["code"])
        }
        return map
    }

    private func codeMap(_ sql: String) throws -> [Int64: String] {
        var map: [Int64: String] = [:]
        for r in try Row.fetchAll(db, sql: sql) { map[r[0]] = r[1] }
        return map
    }
}
