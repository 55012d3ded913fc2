import GRDB
import JournalCore

/// The rows behind a shortfall, for one slice of the school at a time. These do
/// read entry rows, but only the late ones of the lessons asked about.
extension AppDatabase {
    public func readinessLessons(from: SchoolDate, to: SchoolDate, asOf: SchoolTime, slice: LessonSlice,
                                 filter: ReadinessLessonFilter, limit: Int? = nil) throws -> [ReadinessLessonRow] {
        let condition: String
        switch filter {
        case .withoutPlanning:
            condition = "l.topic IS NULL AND l.homework IS NULL"
        case .withoutEntry(let kinds):
            let request = LessonCountRequest(from: from, to: to, asOf: asOf, journalKinds: kinds, onTimeKinds: EntryKindSet([]),
                                             deadline: .nextDayNoon, slice: slice)
            condition = "NOT \(LessonCountSQL(request: request).keptCondition)"
        }
        let made = """
            SELECT \(ReadinessListSQL.lessonColumns) FROM lesson l
            WHERE \(LessonSQL.countedCondition(slice: slice)) AND \(condition)
            """
        let order = "ORDER BY day, starts_at, class_id, group_id, lesson_number, lesson_id\(ReadinessListSQL.limit(limit))"
        return try read { db in
            // Owed lessons (not made yet) have nothing entered: they lack planning and every entry.
            if let arguments = try OwedLessons.arguments(db, from: from, to: to, asOf: asOf, slice: slice) {
                return try Row.fetchAll(db, sql: OwedLessonsSQL.with(missingOnly: true) + """
                    SELECT * FROM (\(made)
                    UNION ALL
                    SELECT \(ReadinessListSQL.owedLessonColumns) FROM owed o WHERE \(OwedLessons.countedCondition(slice)))
                    \(order)
                    """, arguments: arguments).map(ReadinessListSQL.lessonRow)
            }
            let arguments = ReadinessListSQL.arguments(from: from, to: to, asOf: asOf, slice: slice)
            return try Row.fetchAll(db, sql: "SELECT * FROM (\(made))\n\(order)", arguments: arguments).map(ReadinessListSQL.lessonRow)
        }
    }

    /// Entries of the kinds made by `asOf` but after their deadline, latest
    /// beyond the deadline first.
    public func lateEntries(from: SchoolDate, to: SchoolDate, asOf: SchoolTime, slice: LessonSlice,
                            kinds: EntryKindSet, deadline: DeadlineRule, limit: Int? = nil) throws -> [LateEntryRow] {
        let parts = ReadinessListSQL.lateEntryParts(kinds: kinds, deadline: deadline, slice: slice)
        guard !parts.isEmpty else { return [] }
        let sql = """
            \(DeadlineSQL.classDay(deadline).with)SELECT * FROM (\(parts.joined(separator: "\nUNION ALL\n")))
            WHERE entered_at > deadline
            ORDER BY entered_at - deadline DESC, day, starts_at, lesson_id\(ReadinessListSQL.limit(limit))
            """
        let arguments = ReadinessListSQL.arguments(from: from, to: to, asOf: asOf, slice: slice)
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                LateEntryRow(kind: JournalEntryKind(rawValue: row["kind"]) ?? .mark,
                             lesson: ReadinessListSQL.lessonRow(row), markID: row["mark_id"], studentID: row["student_id"],
                             enteredAt: row["entered_at"], deadline: row["deadline"])
            }
        }
    }

    /// Every class, group and subject, and the given accounts (a school has
    /// thousands of accounts; a drill-down names a few hundred teachers).
    public func readinessNames(accounts: some Collection<AccountID>) throws -> ReadinessNames {
        let ids = Set(accounts).map { String($0.rawValue) }.joined(separator: ",")
        return try read { db in
            var names = ReadinessNames()
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM class") { names.classes[row["id"]] = row["name"] }
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM teaching_group") { names.groups[row["id"]] = row["name"] }
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM subject") { names.subjects[row["id"]] = row["name"] }
            for row in try Row.fetchAll(db, sql: "SELECT id, full_name FROM account WHERE id IN (\(ids))") {
                names.accounts[row["id"]] = row["full_name"]
            }
            return names
        }
    }

    /// Students enrolled on `day` without a parent account that counts at `asOf`.
    public func studentsWithoutParentAccount(day: SchoolDate, asOf: SchoolTime, classID: ClassID? = nil) throws
        -> [ReadinessPersonRow] {
        let classCondition = classID == nil ? "" : " AND e.class_id = :class"
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.full_name, e.class_id FROM enrollment e JOIN student s ON s.id = e.student_id
                WHERE \(ClassHistorySQL.covers("e", ":day"))\(classCondition)
                  AND NOT EXISTS (SELECT 1 FROM guardian g JOIN account a ON a.id = g.parent_id
                                  WHERE g.student_id = s.id AND \(PopulationQueries.countedParent))
                ORDER BY e.class_id, s.full_name, s.id
                """, arguments: ["day": day, "asOf": asOf, "class": classID]).map { row in
                ReadinessPersonRow(id: row["id"], name: row["full_name"], classID: row["class_id"], login: nil, roles: [])
            }
        }
    }

    /// Accounts that count at `at` but were not activated by then.
    public func accountsNotActivated(at: SchoolTime) throws -> [ReadinessPersonRow] {
        try accounts(where: "\(PopulationQueries.countedAccount) AND (a.activated_at IS NULL OR a.activated_at > :at)",
                     arguments: ["at": at])
    }

    /// Accounts activated by `to` with no sign-in in `[from, to]`.
    public func accountsWithoutSignIn(from: SchoolTime, to: SchoolTime) throws -> [ReadinessPersonRow] {
        try accounts(where: """
            \(PopulationQueries.activatedAccount)
              AND a.id NOT IN (SELECT i.account_id FROM sign_in i WHERE i.at BETWEEN :from AND :at)
            """, arguments: ["from": from, "at": to])
    }

    private func accounts(where condition: String, arguments: StatementArguments) throws -> [ReadinessPersonRow] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT a.id, a.full_name, a.login, a.roles FROM account a WHERE \(condition) ORDER BY a.full_name, a.id",
                             arguments: arguments).map { row in
                ReadinessPersonRow(id: row["id"], name: row["full_name"], classID: nil, login: row["login"],
                                   roles: (try? Role.parseList(row["roles"])) ?? [])
            }
        }
    }
}

enum ReadinessListSQL {
    static let lessonColumns = """
        l.id AS lesson_id, l.day, l.lesson_number, l.starts_at, l.class_id, l.group_id, l.subject_id, l.teacher_id, \
        l.topic IS NOT NULL AS has_topic, l.homework IS NOT NULL AS has_homework
        """

    /// The same columns for an owed lesson `o`, which has no row yet.
    static let owedLessonColumns = """
        NULL AS lesson_id, o.day, o.lesson_number, o.starts_at, o.class_id, o.group_id, o.subject_id, o.teacher_id, \
        0 AS has_topic, 0 AS has_homework
        """

    static func lessonRow(_ row: Row) -> ReadinessLessonRow {
        ReadinessLessonRow(id: row["lesson_id"], day: row["day"], lessonNumber: row["lesson_number"],
                           startsAt: row["starts_at"], classID: row["class_id"], groupID: row["group_id"],
                           subjectID: row["subject_id"], teacherID: row["teacher_id"], hasTopic: row["has_topic"],
                           hasHomework: row["has_homework"])
    }

    static func arguments(from: SchoolDate, to: SchoolDate, asOf: SchoolTime, slice: LessonSlice) -> StatementArguments {
        StatementArguments(namedArguments(from: from, to: to, asOf: asOf, slice: slice))
    }

    static func namedArguments(from: SchoolDate, to: SchoolDate, asOf: SchoolTime,
                               slice: LessonSlice) -> [String: (any DatabaseValueConvertible)?] {
        ["from": from, "to": to, "asOf": asOf, "asOfDay": asOf.date, "slice": LessonSQL.sliceID(slice)]
    }

    static func limit(_ limit: Int?) -> String {
        limit.map { " LIMIT \(max(0, $0))" } ?? ""
    }

    /// One SELECT per entry kind, each giving the lesson columns, the entry's
    /// time and its deadline.
    static func lateEntryParts(kinds: EntryKindSet, deadline: DeadlineRule, slice: LessonSlice) -> [String] {
        let counted = LessonSQL.countedCondition(slice: slice)
        let due = DeadlineSQL.expression(deadline)
        let classDay = DeadlineSQL.classDay(deadline).join
        var parts: [String] = []
        let markKinds: [(Bool, String, String)] = [
            (kinds.inClassMarks, JournalEntryKind.markInClass.rawValue, "w.in_class <> 0"),
            (kinds.otherMarks, JournalEntryKind.markOutOfClass.rawValue, "w.in_class = 0"),
        ]
        for (wanted, kind, condition) in markKinds where wanted {
            parts.append("""
                SELECT '\(kind)' AS kind, \(lessonColumns), m.id AS mark_id, m.student_id, m.entered_at, \(due) AS deadline
                FROM lesson l\(classDay) JOIN mark m ON m.lesson_id = l.id JOIN work_type w ON w.id = m.work_type_id
                WHERE \(counted) AND m.entered_at <= :asOf AND \(condition)
                """)
        }
        if kinds.attendance {
            parts.append("""
                SELECT 'attendance' AS kind, \(lessonColumns), NULL AS mark_id, t.student_id, t.entered_at, \(due) AS deadline
                FROM lesson l\(classDay) JOIN attendance t ON t.lesson_id = l.id
                WHERE \(counted) AND t.entered_at <= :asOf
                """)
        }
        if kinds.held {
            parts.append("""
                SELECT 'held' AS kind, \(lessonColumns), NULL AS mark_id, NULL AS student_id, l.held_at AS entered_at,
                    \(due) AS deadline
                FROM lesson l\(classDay) WHERE \(counted) AND \(LessonSQL.heldEntry)
                """)
        }
        if kinds.comment {
            parts.append("""
                SELECT 'comment' AS kind, \(lessonColumns), NULL AS mark_id, NULL AS student_id, l.comment_at AS entered_at,
                    \(due) AS deadline
                FROM lesson l\(classDay) WHERE \(counted) AND \(LessonSQL.commentEntry)
                """)
        }
        return parts
    }
}

extension AppDatabase {
    /// Names of the given students, for drill-down lines.
    public func studentNames(_ ids: some Collection<StudentID>) throws -> [StudentID: String] {
        guard !ids.isEmpty else { return [:] }
        let list = Set(ids).map { String($0.rawValue) }.joined(separator: ",")
        return try read { db in
            var names: [StudentID: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, full_name FROM student WHERE id IN (\(list))") {
                names[row["id"]] = row["full_name"]
            }
            return names
        }
    }
}
