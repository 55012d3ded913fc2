import GRDB
import JournalCore

/// A class the user heads.
public struct HeadedClass: Hashable, Sendable {
    public var id: ClassID
    public var name: String
}

extension AppDatabase {
    /// The classes whose homeroom teacher `user` is, by name.
    public func headedClasses(by user: ActingUser) throws -> [HeadedClass] {
        try read { db in
            _ = try AccessCheck.account(db, user)
            return try Row.fetchAll(db, sql: "SELECT id, name FROM class WHERE homeroom_id = ?", arguments: [user.accountID])
                .map { HeadedClass(id: $0["id"], name: $0["name"]) }
                .sortedByRussianName(\.name)
        }
    }

    /// «Мой класс» for the week of `week` (any day of it): the students with
    /// every mark and absence of the class's lessons that week, their and their
    /// parents' contacts, and today's absences.
    public func myClassOverview(_ classID: ClassID, week: SchoolDate, by user: ActingUser) throws -> MyClassOverview {
        try read { db in
            let name = try ClassTeacherGuard(db: db, user: user).checkMayRead(classID)
            let now = try now(db)
            return try MyClassReader(db: db, classID: classID, className: name, monday: week.mondayOfWeek, now: now).read()
        }
    }

    /// The class's events of the month of `month` (any day of it), by date and time.
    public func classEvents(_ classID: ClassID, month: SchoolDate, by user: ActingUser) throws -> [ClassEvent] {
        try read { db in
            _ = try ClassTeacherGuard(db: db, user: user).checkMayRead(classID)
            let first = SchoolDate(year: month.year, month: month.month, day: 1) ?? month
            let last = first.adding(days: SchoolDate.daysInMonth(year: month.year, month: month.month) - 1)
            return try Row.fetchAll(db, sql: """
                SELECT id, day, start_min, title, place FROM class_event WHERE class_id = ? AND day BETWEEN ? AND ?
                ORDER BY day, ifnull(start_min, -1), id
                """, arguments: [classID, first, last]).map(ClassEventRows.event)
        }
    }

    /// The notices sent about the class's students, newest first, with
    /// whether each parent has read them.
    public func sentNotices(_ classID: ClassID, by user: ActingUser) throws -> [SentNotice] {
        try read { db in
            _ = try ClassTeacherGuard(db: db, user: user).checkMayRead(classID)
            return try Row.fetchAll(db, sql: """
                SELECT n.id, s.full_name AS student, a.full_name AS parent, n.text, n.sent_at, n.read_at
                FROM parent_notice n JOIN student s ON s.id = n.student_id JOIN account a ON a.id = n.parent_id
                WHERE n.class_id = ? ORDER BY n.sent_at DESC, n.id DESC LIMIT 500
                """, arguments: [classID]).map { row in
                SentNotice(id: row["id"], student: row["student"], parent: row["parent"], text: row["text"],
                           sentAt: SchoolTime(seconds: row["sent_at"]), readAt: (row["read_at"] as Int?).map(SchoolTime.init(seconds:)))
            }
        }
    }

    /// The notices addressed to `user` as a parent: the unread ones, and the
    /// last read ones after them. Only ever their own.
    public func parentNotices(by user: ActingUser) throws -> [ParentNotice] {
        try read { db in
            _ = try AccessCheck.account(db, user)
            return try Row.fetchAll(db, sql: """
                SELECT n.id, s.full_name AS student, ifnull(a.full_name, '') AS sender, n.text, n.sent_at, n.read_at
                FROM parent_notice n JOIN student s ON s.id = n.student_id LEFT JOIN account a ON a.id = n.sent_by
                WHERE n.parent_id = ? ORDER BY n.read_at IS NOT NULL, n.sent_at DESC, n.id DESC LIMIT 50
                """, arguments: [user.accountID]).map { row in
                ParentNotice(id: row["id"], student: row["student"], from: row["sender"], text: NoticeText.clean(row["text"]),
                             sentAt: SchoolTime(seconds: row["sent_at"]), readAt: (row["read_at"] as Int?).map(SchoolTime.init(seconds:)))
            }
        }
    }
}

/// Who may open a class in «Мой класс», and who may change what in it.
struct ClassTeacherGuard {
    let db: Database
    let user: ActingUser

    private static let refusal = Phrase(ru: "это не ваш класс: «Мой класс» открыт классному руководителю",
                                        en: "this is not your class: «My class» is for its class teacher")

    /// The class's name, if `user` may read it.
    @discardableResult
    func checkMayRead(_ classID: ClassID) throws -> String {
        let (roles, isHomeroom, name) = try facts(classID)
        guard Permissions.mayReadClassOverview(roles: roles, isHomeroom: isHomeroom) else {
            throw JournalError.forbidden(Self.refusal)
        }
        return name
    }

    /// The acting account, if `user` may write the class's excuses, events and notices.
    func checkMayKeep(_ classID: ClassID) throws -> AccountRow {
        let (_, isHomeroom, _) = try facts(classID)
        let account = try AccessCheck.account(db, user)
        guard Permissions.mayKeepClass(roles: account.roleList, isHomeroom: isHomeroom) else {
            throw JournalError.forbidden(Self.refusal)
        }
        return account
    }

    private func facts(_ classID: ClassID) throws -> (roles: [Role], isHomeroom: Bool, name: String) {
        let roles = try AccessCheck.account(db, user).roleList
        guard let row = try Row.fetchOne(db, sql: "SELECT name, homeroom_id FROM class WHERE id = ?", arguments: [classID]) else {
            throw JournalError.forbidden(Self.refusal)
        }
        return (roles, (row["homeroom_id"] as AccountID?) == user.accountID, row["name"])
    }
}

enum ClassEventRows {
    static func event(_ row: Row) -> ClassEvent {
        ClassEvent(id: row["id"], date: row["day"], time: (row["start_min"] as Int?).map(TimeOfDay.init(minutes:)),
                   title: NoticeText.clean(row["title"]), place: (row["place"] as String?).map(NoticeText.clean))
    }
}

/// Reads one class's week.
struct MyClassReader {
    let db: Database
    let classID: ClassID
    let className: String
    let monday: SchoolDate
    let now: SchoolTime

    func read() throws -> MyClassOverview {
        let sunday = monday.adding(days: 6)
        let roster = try LessonRoster.students(db, .wholeClass(classID), from: min(monday, now.date), to: max(sunday, now.date))
        let entries = try weekEntries(to: sunday)
        let contacts = try studentContacts()
        let parents = try parentsByStudent()
        let students = roster.map { student in
            MyClassStudent(id: student.id, fullName: student.fullName, entries: entries[student.id] ?? [],
                           contact: contacts[student.id] ?? PersonContact(), parents: parents[student.id] ?? [])
        }
        return MyClassOverview(classID: classID, className: className, week: monday, today: now.date, students: students,
                               todayAbsences: try todayAbsences(), lessonNow: try lessonNow())
    }

    /// Every mark and absence of the class's lessons in the week (its groups'
    /// lessons included: they carry the class).
    private func weekEntries(to sunday: SchoolDate) throws -> [StudentID: [MyClassEntry]] {
        var result: [StudentID: [MyClassEntry]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT m.student_id, l.id, l.day, l.lesson_number, sub.name AS subject, m.value AS mark,
                   NULL AS code, NULL AS note, m.entered_at AS at
            FROM lesson l JOIN mark m ON m.lesson_id = l.id JOIN subject sub ON sub.id = l.subject_id
            WHERE l.class_id = ?1 AND l.day BETWEEN ?2 AND ?3 AND l.cancelled = 0
            UNION ALL
            SELECT a.student_id, l.id, l.day, l.lesson_number, sub.name, NULL, a.code, a.note, a.entered_at
            FROM lesson l JOIN attendance a ON a.lesson_id = l.id JOIN subject sub ON sub.id = l.subject_id
            WHERE l.class_id = ?1 AND l.day BETWEEN ?2 AND ?3 AND l.cancelled = 0
            ORDER BY 3, 4, 9
            """, arguments: [classID, monday, sunday]) {
            let entry = MyClassEntry(lesson: row["id"], date: row["day"], lessonNumber: row["lesson_number"], subject: row["subject"],
                                     mark: row["mark"], absence: (row["code"] as String?).flatMap(AttendanceCode.init(rawValue:)),
                                     note: row["note"])
            result[row["student_id"], default: []].append(entry)
        }
        return result
    }

    private func todayAbsences() throws -> [MyClassAbsence] {
        try Row.fetchAll(db, sql: """
            SELECT a.student_id, s.full_name, l.lesson_number, sub.name AS subject, a.code
            FROM lesson l JOIN attendance a ON a.lesson_id = l.id JOIN student s ON s.id = a.student_id
            JOIN subject sub ON sub.id = l.subject_id
            WHERE l.class_id = ? AND l.day = ? AND l.cancelled = 0
            """, arguments: [classID, now.date]).compactMap { row in
            AttendanceCode(rawValue: row["code"]).map {
                MyClassAbsence(student: row["student_id"], fullName: row["full_name"], lessonNumber: row["lesson_number"],
                               subject: row["subject"], code: $0)
            }
        }
        .sorted { $0.fullName == $1.fullName ? $0.lessonNumber < $1.lessonNumber : RussianOrder.areInIncreasingOrder($0.fullName, $1.fullName) }
    }

    /// The class's lesson whose bell times hold now, if any.
    private func lessonNow() throws -> Int? {
        let minute = now.timeOfDay.minutes
        return try Int.fetchOne(db, sql: """
            SELECT l.lesson_number FROM lesson l JOIN bell b ON b.lesson_number = l.lesson_number
            WHERE l.class_id = ? AND l.day = ? AND l.cancelled = 0 AND b.start_min <= ? AND b.end_min >= ? LIMIT 1
            """, arguments: [classID, now.date, minute, minute])
    }

    private func studentContacts() throws -> [StudentID: PersonContact] {
        var result: [StudentID: PersonContact] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.* FROM contact c JOIN enrollment e ON e.student_id = c.student_id WHERE e.class_id = ?
            """, arguments: [classID]) {
            result[row["student_id"]] = ContactRows.contact(row)
        }
        return result
    }

    private func parentsByStudent() throws -> [StudentID: [MyClassParent]] {
        var result: [StudentID: [MyClassParent]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT g.student_id, a.id, a.full_name, c.phone, c.email, c.address, c.consent_day
            FROM enrollment e JOIN guardian g ON g.student_id = e.student_id JOIN account a ON a.id = g.parent_id
            LEFT JOIN contact c ON c.account_id = a.id
            WHERE e.class_id = ? ORDER BY a.full_name
            """, arguments: [classID]) {
            result[row["student_id"], default: []].append(
                MyClassParent(id: row["id"], fullName: row["full_name"], contact: ContactRows.contact(row)))
        }
        return result
    }
}

enum ContactRows {
    static func contact(_ row: Row) -> PersonContact {
        PersonContact(phone: (row["phone"] as String?).map(NoticeText.clean), email: (row["email"] as String?).map(NoticeText.clean),
                      address: (row["address"] as String?).map(NoticeText.clean), consentDate: row["consent_day"])
    }

    static func values(_ contact: PersonContact) -> [String: String?] {
        ["phone": contact.phone, "email": contact.email, "address": contact.address, "consent_day": contact.consentDate?.iso]
    }
}

extension AppDatabase {
    /// The class teacher of the class with the most students among those
    /// marked 1–5 (from the 5th grade; the first grades get no marks), and
    /// that class: what `zhurnal-bench --part myclass` opens.
    public func largestHeadedClass() throws -> (login: String, classID: ClassID)? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT a.login, c.id FROM class c JOIN account a ON a.id = c.homeroom_id
                ORDER BY c.grade >= 5 DESC, (SELECT count(*) FROM enrollment e WHERE e.class_id = c.id AND e.to_day IS NULL) DESC, c.id LIMIT 1
                """).map { ($0["login"], $0["id"]) }
        }
    }
}
