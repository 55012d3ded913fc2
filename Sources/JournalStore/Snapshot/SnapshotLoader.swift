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
    /// stops the load with a message naming it. The snapshot is consumed: each
    /// table's rows are let go once they are in the database, so that a huge
    /// school is not held in memory beside SQLite's pages of it.
    public func load(_ snapshot: consuming SchoolSnapshot, options: LoadOptions) throws {
        var pending: SchoolSnapshot? = consume snapshot
        try BulkLoadSettings.during(writer) {
            try write { db in
                guard let snapshot = pending.take() else { return }
                try writeLoad(consume snapshot, options: options, db)
            }
        }
        // The whole school went through the write-ahead log: move it into the
        // database file and empty the log, so the next process to open the file
        // does not start by reading a log the size of the school. Another
        // process reading at this moment only postpones that; it is not an error.
        _ = try? writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }

    private func writeLoad(_ snapshot: consuming SchoolSnapshot, options: LoadOptions, _ db: Database) throws {
        let hasSchool = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM school)") ?? false
        try LessonDayStats.pause(db)
        if hasSchool {
            guard options.replace else { throw StoreError.notEmpty }
            try SnapshotLoader.clear(db)
        }
        let timeZone = snapshot.school.timeZone
        let indexes = try SuspendedIndexes.suspend(db)
        let now = clock.now(in: timeZone)
        var loader = SnapshotLoader(db: db, snapshot: snapshot, source: options.source, loadTime: now)
        try loader.loadAll()
        try indexes.restore(db)
        // A replaced school's rows went with foreign keys off: a table that
        // `clear` forgot would be left pointing at nothing.
        if hasSchool { try BulkLoadSettings.checkForeignKeys(db) }
        try loader.dayStats.insert(db)
        try LessonDayStats.resume(db)
        try SettingsStore.set(db, .demo, options.demo ? "1" : "0")
        try SettingsStore.setRaw(db, "demo_accounts", options.demoLogins.joined(separator: ";"))
        try AttemptedLogin.renewKey(db)
        try LessonMaterializer.markHistory(db, today: now.date)
        try HomeworkDueFill(db: db).run()
        try AuditLog.append(AuditEntry(action: .bulkLoad, table: "school", new: loader.summary), at: now, actor: nil, in: db)
    }
}

/// Inserts a snapshot table by table with prepared statements, keeping the maps
/// from external ids to row ids that later tables reference.
struct SnapshotLoader {
    let db: Database
    /// Emptied table by table as the rows go in.
    var snapshot: SchoolSnapshot
    /// The load's own time: what a record that does not say when it was saved gets.
    let loadTime: SchoolTime
    /// What the audit row says was loaded.
    let summary: [String: String?]
    var accounts: [String: Int64] = [:]
    fileprivate var subjects: [String: Int64] = [:]
    private var workTypes: [String: Int64] = [:]
    var classes: [String: Int64] = [:]
    var students: [String: Int64] = [:]
    private var periods: [String: Int64] = [:]
    /// Lessons' row ids by their place in `snapshot.lessons`, and the places by code.
    private var lessonRowIDs: [Int64] = []
    private var placeOfLesson: [String: Int] = [:]
    /// The day sums of the lessons inserted, written after the lessons (`LessonDayStats`).
    private(set) var dayStats = DayStatsSums()
    fileprivate var groups: [String: Int64] = [:]
    private var bells: [Int: Bell] = [:]

    init(db: Database, snapshot: consuming SchoolSnapshot, source: String, loadTime: SchoolTime) {
        self.db = db
        self.loadTime = loadTime
        summary = ["source": source, "lessons": String(snapshot.lessons.count), "marks": String(snapshot.marks.count),
                   "attendance": String(snapshot.attendance.count), "accounts": String(snapshot.accounts.count),
                   "students": String(snapshot.students.count)]
        self.snapshot = snapshot
    }

    /// Deletes every row of the school, children first.
    static func clear(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM setting WHERE key IN ('lessons_materialized_through', 'lessons_history_through')")
        for table in ["year_closing", "promotion_line", "promotion", "graduation_mark",
                      "announcement_read", "announcement", "message_read", "message", "thread_member", "message_thread",
                      "parent_notice", "class_event", "contact",
                      "lesson_day_stats", "audit", "sign_in", "sign_in_failure", "login_lock", "final_mark", "attendance", "mark",
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
        // Final marks and sign-ins refer to no lesson: they go in, and out of
        // memory, before the lessons, whose summaries are worked out beside
        // every mark (the load's biggest moment).
        try loadFinalMarks()
        try loadSignIns()
        try loadLessons()
        snapshot.lessons = []
        try loadEntries()
        placeOfLesson = [:]
        try loadClassTeacherRecords()
        try loadMessages()
    }

    private func loadSchool() throws {
        let school = snapshot.school
        try db.execute(sql: "INSERT INTO school (id, name, timezone, academic_year) VALUES (1, ?, ?, ?)",
                       arguments: [school.name, school.timeZoneID, school.academicYear])
    }

    private mutating func loadReferenceTables() throws {
        var period = try BulkInsert(db, sql: """
            INSERT INTO period (code, name, kind, start_day, end_day, locked, academic_year) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for p in snapshot.periods {
            period.bind(p.code)
            period.bind(p.name)
            period.bind(p.kind.rawValue)
            period.bind(p.start)
            period.bind(p.end)
            period.bind(p.locked)
            period.bind(snapshot.school.academicYear)
            periods[p.code] = try period.run()
        }
        try loadBells(snapshot.bells, into: "bell")
        for b in snapshot.bells { bells[b.lessonNumber] = b }
        var subject = try BulkInsert(db, sql: "INSERT INTO subject (code, name) VALUES (?, ?)")
        for s in snapshot.subjects {
            subject.bind(s.code)
            subject.bind(s.name)
            subjects[s.code] = try subject.run()
        }
        var workType = try BulkInsert(db, sql: "INSERT INTO work_type (code, name, weight, in_class, position) VALUES (?, ?, ?, ?, ?)")
        for (index, w) in snapshot.workTypes.enumerated() {
            workType.bind(w.code)
            workType.bind(w.name)
            workType.bind(w.weight.hundredths)
            workType.bind(w.inClass)
            workType.bind(index)
            workTypes[w.code] = try workType.run()
        }
    }

    private func loadBells(_ list: [Bell], into table: String) throws {
        var bell = try BulkInsert(db, sql: "INSERT INTO \(table) (lesson_number, start_min, end_min) VALUES (?, ?, ?)")
        for b in list {
            bell.bind(b.lessonNumber)
            bell.bind(b.start.minutes)
            bell.bind(b.end.minutes)
            try bell.run()
        }
    }

    private mutating func loadPeople() throws {
        var account = try BulkInsert(db, sql: """
            INSERT INTO account (login, full_name, roles, created_at, activated_at, disabled, disabled_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for a in snapshot.accounts {
            account.bind(a.login)
            account.bind(a.fullName)
            account.bind(Role.listText(a.roles))
            account.bind(a.createdAt)
            account.bind(a.activatedAt)
            account.bind(a.disabled)
            account.bind(a.disabled ? a.disabledAt : nil)
            accounts[a.login] = try account.run()
        }
        var schoolClass = try BulkInsert(db, sql: "INSERT INTO class (code, name, grade, homeroom_id) VALUES (?, ?, ?, ?)")
        for c in snapshot.classes {
            schoolClass.bind(c.code)
            schoolClass.bind(c.name)
            schoolClass.bind(c.grade)
            schoolClass.bind(try optionalID(c.homeroomLogin, accounts, "учётная запись"))
            classes[c.code] = try schoolClass.run()
        }
        var student = try BulkInsert(db, sql: "INSERT INTO student (code, full_name, account_id) VALUES (?, ?, ?)")
        for s in snapshot.students {
            student.bind(s.code)
            student.bind(s.fullName)
            student.bind(try optionalID(s.login, accounts, "учётная запись"))
            students[s.code] = try student.run()
        }
        var stay = try BulkInsert(db, sql: """
            INSERT INTO enrollment (student_id, class_id, from_day, to_day, order_text) VALUES (?, ?, ?, ?, ?)
            """)
        for e in snapshot.enrollments {
            stay.bind(try id(e.studentCode, students, "ученик"))
            stay.bind(try id(e.classCode, classes, "класс"))
            stay.bind(e.from)
            stay.bind(e.to)
            stay.bind(normalizedText(e.order))
            try stay.run()
        }
        var guardian = try BulkInsert(db, sql: "INSERT INTO guardian (parent_id, student_id) VALUES (?, ?)")
        for g in snapshot.guardians {
            guardian.bind(try id(g.parentLogin, accounts, "учётная запись"))
            guardian.bind(try id(g.studentCode, students, "ученик"))
            try guardian.run()
        }
    }

    private mutating func loadGroups() throws {
        var group = try BulkInsert(db, sql: """
            INSERT INTO teaching_group (code, name, kind, class_id, subject_id, grading) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for g in snapshot.groups {
            group.bind(g.code)
            group.bind(g.name)
            group.bind(g.kind.rawValue)
            group.bind(try optionalID(g.classCode, classes, "класс"))
            group.bind(try optionalID(g.subjectCode, subjects, "предмет"))
            group.bind(g.grading.rawValue)
            groups[g.code] = try group.run()
        }
        var member = try BulkInsert(db, sql: "INSERT INTO group_member (group_id, student_id, from_day, to_day) VALUES (?, ?, ?, ?)")
        for m in snapshot.groupMembers {
            member.bind(try id(m.groupCode, groups, "группа"))
            member.bind(try id(m.studentCode, students, "ученик"))
            member.bind(m.from)
            member.bind(m.to)
            try member.run()
        }
    }

    private func loadCalendar() throws {
        var day = try BulkInsert(db, sql: "INSERT INTO calendar_day (day, kind, weekday, class_id, note) VALUES (?, ?, ?, ?, ?)")
        for d in snapshot.calendar {
            day.bind(d.date)
            day.bind(d.kind.rawValue)
            day.bind(d.weekday)
            day.bind(try optionalID(d.classCode, classes, "класс"))
            day.bind(normalizedText(d.note))
            try day.run()
        }
        try loadBells(snapshot.shortBells, into: "bell_short")
    }

    private func loadTimetable() throws {
        var entry = try BulkInsert(db, sql: """
            INSERT INTO timetable (class_id, group_id, weekday, lesson_number, subject_id, teacher_id, room, valid_from, valid_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for t in snapshot.timetable {
            entry.bind(try optionalID(t.classCode, classes, "класс"))
            entry.bind(try optionalID(t.groupCode, groups, "группа"))
            entry.bind(t.weekday)
            entry.bind(t.lessonNumber)
            entry.bind(try id(t.subjectCode, subjects, "предмет"))
            entry.bind(try id(t.teacherLogin, accounts, "учётная запись"))
            entry.bind(t.room)
            entry.bind(t.validFrom)
            entry.bind(t.validTo)
            try entry.run()
        }
        var plan = try BulkInsert(db, sql: """
            INSERT INTO plan_item (class_id, group_id, subject_id, seq, topic, hours) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for p in snapshot.plans {
            plan.bind(try optionalID(p.classCode, classes, "класс"))
            plan.bind(try optionalID(p.groupCode, groups, "группа"))
            plan.bind(try id(p.subjectCode, subjects, "предмет"))
            plan.bind(p.seq)
            plan.bind(p.topic)
            plan.bind(p.hours)
            try plan.run()
        }
        var curriculum = try BulkInsert(db, sql: """
            INSERT INTO curriculum (class_id, group_id, subject_id, hours_x100) VALUES (?, ?, ?, ?)
            """)
        for c in snapshot.curriculum {
            curriculum.bind(try optionalID(c.classCode, classes, "класс"))
            curriculum.bind(try optionalID(c.groupCode, groups, "группа"))
            curriculum.bind(try id(c.subjectCode, subjects, "предмет"))
            curriculum.bind(c.hours.hundredths)
            try curriculum.run()
        }
    }

    /// Lessons whose code is a canonical number keep it as their row id (and store
    /// no code); they go first, so that the others' automatic ids cannot take a
    /// number one of them needs. Each goes in with its entry summary.
    private mutating func loadLessons() throws {
        var insert = try BulkInsert(db, sql: """
            INSERT INTO lesson (id, code, class_id, group_id, subject_id, teacher_id, substitute_for, day, lesson_number,
                                starts_at, ends_at, topic, homework, held_at, comment, comment_at, cancelled, cancel_reason,
                                homework_due_day, homework_due_number, day_end, mic_n, mic_first, mic_last, mic_ok_noon, mic_ok_24h, mic_ok_end,
                                moc_n, moc_first, moc_last, moc_ok_noon, moc_ok_24h, moc_ok_end,
                                att_n, att_first, att_last, att_ok_noon, att_ok_24h, att_ok_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let times = try lessonTimes()
        var places: [String: Int] = [:]
        places.reserveCapacity(snapshot.lessons.count)
        for (place, lesson) in snapshot.lessons.enumerated() { places[lesson.code] = place }
        let summaries = LessonSummaries(snapshot, times: times, placeOfLesson: places).summaries
        lessonRowIDs = Array(repeating: 0, count: snapshot.lessons.count)
        for numbered in [true, false] {
            for (place, lesson) in snapshot.lessons.enumerated() where (LessonCode.rowID(fromCode: lesson.code) != nil) == numbered {
                let row = try StoredLesson(lesson, times[place], summaries[place], self)
                row.bind(to: &insert)
                lessonRowIDs[place] = try insert.run()
                dayStats.add(row.facts)
            }
        }
        placeOfLesson = places
    }

    /// Each lesson's times are its bells: on a `short` day of the school or of
    /// its class, the shortened ones where they have its number.
    private func lessonTimes() throws -> [(start: SchoolTime, end: SchoolTime)] {
        let shortBells = Dictionary(snapshot.shortBells.map { ($0.lessonNumber, $0) }) { first, _ in first }
        let shortDays = Set(snapshot.calendar.filter { $0.kind == .short }.map { ShortDay(date: $0.date, classCode: $0.classCode) })
        return try snapshot.lessons.map { lesson in
            let isShort = !shortDays.isEmpty && (shortDays.contains(ShortDay(date: lesson.date, classCode: nil))
                || (lesson.classCode.map { shortDays.contains(ShortDay(date: lesson.date, classCode: $0)) } ?? false))
            guard let bell = (isShort ? shortBells[lesson.lessonNumber] : nil) ?? bells[lesson.lessonNumber] else {
                throw JournalError.notFound(Phrase(ru: "звонок для урока № \(lesson.lessonNumber)",
                                                   en: "bell for lesson \(lesson.lessonNumber)"))
            }
            return (SchoolTime(date: lesson.date, time: bell.start), SchoolTime(date: lesson.date, time: bell.end))
        }
    }

    /// A lesson as its row stores it: references resolved to row ids, texts
    /// trimmed, the times from the bells, its entry summary.
    private struct StoredLesson {
        let lesson: Lesson
        let rowID: Int64?
        let classID: Int64?
        let groupID: Int64?
        let subjectID: Int64
        let teacherID: Int64
        let substituteFor: Int64?
        let times: (start: SchoolTime, end: SchoolTime)
        let topic: String?
        let homework: String?
        let comment: String?
        let summary: LessonSummaries.Summary

        init(_ lesson: Lesson, _ times: (start: SchoolTime, end: SchoolTime), _ summary: LessonSummaries.Summary,
             _ loader: SnapshotLoader) throws {
            self.lesson = lesson
            rowID = LessonCode.rowID(fromCode: lesson.code)
            classID = try loader.optionalID(lesson.classCode, loader.classes, "класс")
            groupID = try loader.optionalID(lesson.groupCode, loader.groups, "группа")
            subjectID = try loader.id(lesson.subjectCode, loader.subjects, "предмет")
            teacherID = try loader.id(lesson.teacherLogin, loader.accounts, "учётная запись")
            substituteFor = try loader.optionalID(lesson.substituteFor, loader.accounts, "учётная запись")
            self.times = times
            topic = normalizedText(lesson.topic)
            homework = normalizedText(lesson.homework)
            comment = normalizedText(lesson.comment)
            self.summary = summary
        }

        var commentAt: SchoolTime? { comment == nil ? nil : lesson.commentAt }

        func bind(to insert: inout BulkInsert) {
            insert.bind(rowID)
            insert.bind(rowID == nil ? lesson.code : nil)
            insert.bind(classID)
            insert.bind(groupID)
            insert.bind(subjectID)
            insert.bind(teacherID)
            insert.bind(substituteFor)
            insert.bind(lesson.date)
            insert.bind(lesson.lessonNumber)
            insert.bind(times.start)
            insert.bind(times.end)
            insert.bind(topic)
            insert.bind(homework)
            insert.bind(lesson.heldAt)
            insert.bind(comment)
            insert.bind(commentAt)
            insert.bind(lesson.cancelled)
            insert.bind(lesson.cancelled ? normalizedText(lesson.cancelReason) : nil)
            // A due lesson only with homework: the default rule fills the others after the load.
            insert.bind(homework == nil ? nil : lesson.homeworkDue?.date)
            insert.bind(homework == nil ? nil : lesson.homeworkDue?.lessonNumber)
            insert.bind(summary.dayEnd)
            for tally in [summary.inClassMarks, summary.otherMarks, summary.attendance] {
                insert.bind(Int(tally.count))
                insert.bind(tally.firstTime)
                insert.bind(tally.lastTime)
                insert.bind(Int(tally.onTimeByNoon))
                insert.bind(Int(tally.onTimeByDay))
                insert.bind(Int(tally.onTimeByDayEnd))
            }
        }

        var facts: DayStatsSums.LessonFacts {
            DayStatsSums.LessonFacts(day: lesson.date, classID: classID, groupID: groupID, teacherID: teacherID,
                                     subjectID: subjectID, startsAt: times.start, cancelled: lesson.cancelled,
                                     isPlanned: topic != nil || homework != nil, heldAt: lesson.heldAt, commentAt: commentAt,
                                     summary: summary)
        }
    }

    /// The row id of the lesson `code` names.
    private func lessonID(_ code: String) throws -> Int64 {
        guard let place = placeOfLesson[code] else { throw Self.unknown(code, "урок") }
        return lessonRowIDs[place]
    }

    private mutating func loadEntries() throws {
        var mark = try BulkInsert(db, sql: """
            INSERT INTO mark (lesson_id, student_id, value, work_type_id, comment, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for m in snapshot.marks {
            mark.bind(try lessonID(m.lessonCode))
            mark.bind(try id(m.studentCode, students, "ученик"))
            mark.bind(m.value.value)
            mark.bind(try id(m.workTypeCode, workTypes, "вид работы"))
            mark.bind(normalizedText(m.comment))
            mark.bind(m.enteredAt)
            mark.bind(try optionalID(m.enteredBy, accounts, "учётная запись"))
            try mark.run()
        }
        snapshot.marks = []
        var attendance = try BulkInsert(db, sql: """
            INSERT INTO attendance (lesson_id, student_id, code, entered_at, entered_by, note) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for a in snapshot.attendance {
            attendance.bind(try lessonID(a.lessonCode))
            attendance.bind(try id(a.studentCode, students, "ученик"))
            attendance.bind(a.code.rawValue)
            attendance.bind(a.enteredAt)
            attendance.bind(try optionalID(a.enteredBy, accounts, "учётная запись"))
            attendance.bind(normalizedText(a.note))
            try attendance.run()
        }
        snapshot.attendance = []
    }

    private mutating func loadFinalMarks() throws {
        var finalMark = try BulkInsert(db, sql: """
            INSERT INTO final_mark (student_id, subject_id, period_id, value, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for f in snapshot.finalMarks {
            finalMark.bind(try id(f.studentCode, students, "ученик"))
            finalMark.bind(try id(f.subjectCode, subjects, "предмет"))
            finalMark.bind(try id(f.periodCode, periods, "период"))
            finalMark.bind(f.value.text)
            finalMark.bind(f.enteredAt)
            finalMark.bind(try optionalID(f.enteredBy, accounts, "учётная запись"))
            try finalMark.run()
        }
        snapshot.finalMarks = []
    }

    private mutating func loadSignIns() throws {
        var signIn = try BulkInsert(db, sql: "INSERT INTO sign_in (account_id, at) VALUES (?, ?)")
        for s in snapshot.signIns {
            signIn.bind(try id(s.login, accounts, "учётная запись"))
            signIn.bind(s.at)
            try signIn.run()
        }
        snapshot.signIns = []
    }

    func id(_ code: String, _ map: [String: Int64], _ what: String) throws -> Int64 {
        guard let id = map[code] else { throw Self.unknown(code, what) }
        return id
    }

    /// A code the snapshot refers to but does not define.
    static func unknown(_ code: String, _ what: String) -> JournalError {
        .notFound(Phrase(ru: "\(what) «\(code)»", en: "\(what) \"\(code)\""))
    }

    func optionalID(_ code: String?, _ map: [String: Int64], _ what: String) throws -> Int64? {
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
