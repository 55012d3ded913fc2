import GRDB
import JournalCore

/// How a bulk load was asked for.
public struct LoadOptions: Sendable {
    /// Replace a school already in the database (everything of it, the audit log
    /// included; the load itself is then the first audit row).
    public var replace: Bool
    /// Remember that this is a demo school (passwords equal logins).
    public var demo: Bool
    /// What the audit row says the data came from (a bundle's folder, "generate").
    public var source: String
    /// In a demo school, the accounts the login screen offers, in order.
    public var demoLogins: [String]

    public init(replace: Bool = false, demo: Bool = false, source: String, demoLogins: [String] = []) {
        self.replace = replace
        self.demo = demo
        self.source = source
        self.demoLogins = demoLogins
    }
}

extension AppDatabase {
    /// Loads a whole school in one transaction: all of it or, on any error,
    /// nothing. The snapshot is expected to be valid (SchoolBundle checks bundles
    /// row by row with file and line); a reference that does not resolve still
    /// stops the load with a message naming it.
    public func load(_ snapshot: SchoolSnapshot, options: LoadOptions) throws {
        try write { db in
            let hasSchool = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM school)") ?? false
            try LessonDayStats.pause(db)
            if hasSchool {
                guard options.replace else { throw StoreError.notEmpty }
                try SnapshotLoader.clear(db)
            }
            let indexes = try SuspendedIndexes.suspend(db)
            var loader = SnapshotLoader(db: db, snapshot: snapshot)
            try loader.loadAll()
            try indexes.restore(db)
            try LessonStats.rebuildAll(db)
            try LessonDayStats.rebuild(db)
            try SettingsStore.set(db, .demo, options.demo ? "1" : "0")
            try SettingsStore.setRaw(db, "demo_accounts", options.demoLogins.joined(separator: ";"))
            try AttemptedLogin.renewKey(db)
            let now = clock.now(in: snapshot.school.timeZone)
            try LessonMaterializer.markHistory(db, today: now.date)
            try AuditLog.append(AuditEntry(action: .bulkLoad, table: "school", new: loader.summary(source: options.source)),
                                at: now, actor: nil, in: db)
        }
        // The whole school went through the write-ahead log: move it into the
        // database file and empty the log, so the next process to open the file
        // does not start by reading a log the size of the school. Another
        // process reading at this moment only postpones that; it is not an error.
        _ = try? writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }
}

/// Inserts a snapshot table by table with prepared statements, keeping the maps
/// from external ids to row ids that later tables reference.
struct SnapshotLoader {
    let db: Database
    let snapshot: SchoolSnapshot
    private var accounts: [String: Int64] = [:]
    private var subjects: [String: Int64] = [:]
    private var workTypes: [String: Int64] = [:]
    private var classes: [String: Int64] = [:]
    private var students: [String: Int64] = [:]
    private var periods: [String: Int64] = [:]
    private var lessons: [String: Int64] = [:]
    private var groups: [String: Int64] = [:]
    private var bells: [Int: Bell] = [:]

    init(db: Database, snapshot: SchoolSnapshot) {
        self.db = db
        self.snapshot = snapshot
    }

    /// Deletes every row of the school, children first.
    static func clear(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM setting WHERE key IN ('lessons_materialized_through', 'lessons_history_through')")
        for table in ["lesson_day_stats", "audit", "sign_in", "sign_in_failure", "login_lock", "final_mark", "attendance", "mark",
                      "lesson", "curriculum", "plan_item", "timetable", "group_member", "teaching_group", "enrollment", "guardian",
                      "student", "calendar_day", "class", "account", "work_type", "subject", "bell_short", "bell", "period", "school"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
    }

    mutating func loadAll() throws {
        try loadSchool()
        try loadReferenceTables()
        try loadPeople()
        try loadGroups()
        try loadCalendar()
        try loadTimetable()
        try loadLessons()
        try loadEntries()
        try loadSignIns()
    }

    func summary(source: String) -> [String: String?] {
        ["source": source, "lessons": String(snapshot.lessons.count), "marks": String(snapshot.marks.count),
         "attendance": String(snapshot.attendance.count), "accounts": String(snapshot.accounts.count),
         "students": String(snapshot.students.count)]
    }

    private func loadSchool() throws {
        let school = snapshot.school
        try db.execute(sql: "INSERT INTO school (id, name, timezone, academic_year) VALUES (1, ?, ?, ?)",
                       arguments: [school.name, school.timeZoneID, school.academicYear])
    }

    private mutating func loadReferenceTables() throws {
        let period = try db.makeStatement(sql: """
            INSERT INTO period (code, name, kind, start_day, end_day, locked) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for p in snapshot.periods {
            try period.execute(arguments: [p.code, p.name, p.kind.rawValue, p.start, p.end, p.locked])
            periods[p.code] = db.lastInsertedRowID
        }
        let bell = try db.makeStatement(sql: "INSERT INTO bell (lesson_number, start_min, end_min) VALUES (?, ?, ?)")
        for b in snapshot.bells {
            try bell.execute(arguments: [b.lessonNumber, b.start.minutes, b.end.minutes])
            bells[b.lessonNumber] = b
        }
        let subject = try db.makeStatement(sql: "INSERT INTO subject (code, name) VALUES (?, ?)")
        for s in snapshot.subjects {
            try subject.execute(arguments: [s.code, s.name])
            subjects[s.code] = db.lastInsertedRowID
        }
        let workType = try db.makeStatement(sql: """
            INSERT INTO work_type (code, name, weight, in_class, position) VALUES (?, ?, ?, ?, ?)
            """)
        for (index, w) in snapshot.workTypes.enumerated() {
            try workType.execute(arguments: [w.code, w.name, w.weight.hundredths, w.inClass, index])
            workTypes[w.code] = db.lastInsertedRowID
        }
    }

    private mutating func loadPeople() throws {
        let account = try db.makeStatement(sql: """
            INSERT INTO account (login, full_name, roles, created_at, activated_at, disabled, disabled_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for a in snapshot.accounts {
            try account.execute(arguments: [a.login, a.fullName, Role.listText(a.roles), a.createdAt, a.activatedAt, a.disabled,
                                            a.disabled ? a.disabledAt : nil])
            accounts[a.login] = db.lastInsertedRowID
        }
        let schoolClass = try db.makeStatement(sql: "INSERT INTO class (code, name, grade, homeroom_id) VALUES (?, ?, ?, ?)")
        for c in snapshot.classes {
            try schoolClass.execute(arguments: [c.code, c.name, c.grade, try optionalID(c.homeroomLogin, accounts, "учётная запись")])
            classes[c.code] = db.lastInsertedRowID
        }
        let student = try db.makeStatement(sql: "INSERT INTO student (code, full_name, account_id) VALUES (?, ?, ?)")
        for s in snapshot.students {
            try student.execute(arguments: [s.code, s.fullName, try optionalID(s.login, accounts, "учётная запись")])
            students[s.code] = db.lastInsertedRowID
        }
        let stay = try db.makeStatement(sql: """
            INSERT INTO enrollment (student_id, class_id, from_day, to_day, order_text) VALUES (?, ?, ?, ?, ?)
            """)
        for e in snapshot.enrollments {
            try stay.execute(arguments: [try id(e.studentCode, students, "ученик"), try id(e.classCode, classes, "класс"),
                                         e.from, e.to, normalizedText(e.order)])
        }
        let guardian = try db.makeStatement(sql: "INSERT INTO guardian (parent_id, student_id) VALUES (?, ?)")
        for g in snapshot.guardians {
            try guardian.execute(arguments: [try id(g.parentLogin, accounts, "учётная запись"),
                                             try id(g.studentCode, students, "ученик")])
        }
    }

    private mutating func loadGroups() throws {
        let group = try db.makeStatement(sql: """
            INSERT INTO teaching_group (code, name, kind, class_id, subject_id, grading) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for g in snapshot.groups {
            try group.execute(arguments: [g.code, g.name, g.kind.rawValue, try optionalID(g.classCode, classes, "класс"),
                                          try optionalID(g.subjectCode, subjects, "предмет"), g.grading.rawValue])
            groups[g.code] = db.lastInsertedRowID
        }
        let member = try db.makeStatement(sql: """
            INSERT INTO group_member (group_id, student_id, from_day, to_day) VALUES (?, ?, ?, ?)
            """)
        for m in snapshot.groupMembers {
            try member.execute(arguments: [try id(m.groupCode, groups, "группа"), try id(m.studentCode, students, "ученик"),
                                           m.from, m.to])
        }
    }

    private func loadCalendar() throws {
        let day = try db.makeStatement(sql: """
            INSERT INTO calendar_day (day, kind, weekday, class_id, note) VALUES (?, ?, ?, ?, ?)
            """)
        for d in snapshot.calendar {
            try day.execute(arguments: [d.date, d.kind.rawValue, d.weekday, try optionalID(d.classCode, classes, "класс"),
                                        normalizedText(d.note)])
        }
        let bell = try db.makeStatement(sql: "INSERT INTO bell_short (lesson_number, start_min, end_min) VALUES (?, ?, ?)")
        for b in snapshot.shortBells {
            try bell.execute(arguments: [b.lessonNumber, b.start.minutes, b.end.minutes])
        }
    }

    private func loadTimetable() throws {
        let entry = try db.makeStatement(sql: """
            INSERT INTO timetable (class_id, group_id, weekday, lesson_number, subject_id, teacher_id, room, valid_from, valid_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for t in snapshot.timetable {
            try entry.execute(arguments: [try optionalID(t.classCode, classes, "класс"), try optionalID(t.groupCode, groups, "группа"),
                                          t.weekday, t.lessonNumber,
                                          try id(t.subjectCode, subjects, "предмет"),
                                          try id(t.teacherLogin, accounts, "учётная запись"), t.room, t.validFrom, t.validTo])
        }
        let plan = try db.makeStatement(sql: """
            INSERT INTO plan_item (class_id, group_id, subject_id, seq, topic, hours) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for p in snapshot.plans {
            try plan.execute(arguments: [try optionalID(p.classCode, classes, "класс"), try optionalID(p.groupCode, groups, "группа"),
                                         try id(p.subjectCode, subjects, "предмет"),
                                         p.seq, p.topic, p.hours])
        }
        let curriculum = try db.makeStatement(sql: """
            INSERT INTO curriculum (class_id, group_id, subject_id, hours_x100) VALUES (?, ?, ?, ?)
            """)
        for c in snapshot.curriculum {
            try curriculum.execute(arguments: [try optionalID(c.classCode, classes, "класс"), try optionalID(c.groupCode, groups, "группа"),
                                               try id(c.subjectCode, subjects, "предмет"), c.hours.hundredths])
        }
    }

    /// Lessons whose code is a canonical number keep it as their row id (and store
    /// no code); they go first, so that the others' automatic ids cannot take a
    /// number one of them needs. A lesson's times are its bells: on a `short`
    /// day of the school or of its class, the shortened ones where they have
    /// its number.
    private mutating func loadLessons() throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO lesson (id, code, class_id, group_id, subject_id, teacher_id, substitute_for, day, lesson_number,
                                starts_at, ends_at, topic, homework, held_at, comment, comment_at, cancelled, cancel_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let numbered = snapshot.lessons.filter { LessonCode.rowID(fromCode: $0.code) != nil }
        let named = snapshot.lessons.filter { LessonCode.rowID(fromCode: $0.code) == nil }
        let shortBells = Dictionary(snapshot.shortBells.map { ($0.lessonNumber, $0) }) { first, _ in first }
        let shortDays = Set(snapshot.calendar.filter { $0.kind == .short }.map { ShortDay(date: $0.date, classCode: $0.classCode) })
        for lesson in numbered + named {
            let isShort = shortDays.contains(ShortDay(date: lesson.date, classCode: nil))
                || (lesson.classCode.map { shortDays.contains(ShortDay(date: lesson.date, classCode: $0)) } ?? false)
            guard let bell = (isShort ? shortBells[lesson.lessonNumber] : nil) ?? bells[lesson.lessonNumber] else {
                throw JournalError.notFound(Phrase(ru: "звонок для урока № \(lesson.lessonNumber)",
                                                   en: "bell for lesson \(lesson.lessonNumber)"))
            }
            let rowID = LessonCode.rowID(fromCode: lesson.code)
            try insert.execute(arguments: [
                rowID, rowID == nil ? lesson.code : nil,
                try optionalID(lesson.classCode, classes, "класс"), try optionalID(lesson.groupCode, groups, "группа"),
                try id(lesson.subjectCode, subjects, "предмет"), try id(lesson.teacherLogin, accounts, "учётная запись"),
                try optionalID(lesson.substituteFor, accounts, "учётная запись"), lesson.date, lesson.lessonNumber,
                SchoolTime(date: lesson.date, time: bell.start), SchoolTime(date: lesson.date, time: bell.end),
                normalizedText(lesson.topic), normalizedText(lesson.homework), lesson.heldAt,
                normalizedText(lesson.comment), normalizedText(lesson.comment) == nil ? nil : lesson.commentAt,
                lesson.cancelled, lesson.cancelled ? normalizedText(lesson.cancelReason) : nil,
            ])
            lessons[lesson.code] = db.lastInsertedRowID
        }
    }

    private func loadEntries() throws {
        let mark = try db.makeStatement(sql: """
            INSERT INTO mark (lesson_id, student_id, value, work_type_id, comment, entered_at, entered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for m in snapshot.marks {
            try mark.execute(arguments: [try id(m.lessonCode, lessons, "урок"), try id(m.studentCode, students, "ученик"),
                                         m.value.value, try id(m.workTypeCode, workTypes, "вид работы"),
                                         normalizedText(m.comment), m.enteredAt,
                                         try optionalID(m.enteredBy, accounts, "учётная запись")])
        }
        let attendance = try db.makeStatement(sql: """
            INSERT INTO attendance (lesson_id, student_id, code, entered_at, entered_by) VALUES (?, ?, ?, ?, ?)
            """)
        for a in snapshot.attendance {
            try attendance.execute(arguments: [try id(a.lessonCode, lessons, "урок"), try id(a.studentCode, students, "ученик"),
                                               a.code.rawValue, a.enteredAt,
                                               try optionalID(a.enteredBy, accounts, "учётная запись")])
        }
        let finalMark = try db.makeStatement(sql: """
            INSERT INTO final_mark (student_id, subject_id, period_id, value, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for f in snapshot.finalMarks {
            try finalMark.execute(arguments: [try id(f.studentCode, students, "ученик"), try id(f.subjectCode, subjects, "предмет"),
                                              try id(f.periodCode, periods, "период"), f.value.text, f.enteredAt,
                                              try optionalID(f.enteredBy, accounts, "учётная запись")])
        }
    }

    private func loadSignIns() throws {
        let signIn = try db.makeStatement(sql: "INSERT INTO sign_in (account_id, at) VALUES (?, ?)")
        for s in snapshot.signIns {
            try signIn.execute(arguments: [try id(s.login, accounts, "учётная запись"), s.at])
        }
    }

    private func id(_ code: String, _ map: [String: Int64], _ what: String) throws -> Int64 {
        guard let id = map[code] else {
            throw JournalError.notFound(Phrase(ru: "\(what) «\(code)»", en: "\(what) \"\(code)\""))
        }
        return id
    }

    private func optionalID(_ code: String?, _ map: [String: Int64], _ what: String) throws -> Int64? {
        guard let code else { return nil }
        return try id(code, map, what)
    }
}

/// A shortened day of the whole school (`classCode` nil) or of one class.
private struct ShortDay: Hashable {
    var date: SchoolDate
    var classCode: String?
}

/// A lesson's external id. Lessons made by zhurnal have none of their own: their
/// row id, written in decimal, is their id in a bundle.
public enum LessonCode {
    /// The row id a code stands for when it is a canonical positive decimal
    /// (`17`, not `017` or `+17`), else nil.
    public static func rowID(fromCode code: String) -> Int64? {
        guard let first = code.utf8.first, first != UInt8(ascii: "0"), code.utf8.count <= 15,
              code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int64(code)
    }

    static func code(rowID: Int64, stored: String?) -> String {
        stored ?? String(rowID)
    }
}
