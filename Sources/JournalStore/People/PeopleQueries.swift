import GRDB
import JournalCore

/// The lists of «Ученики и сотрудники», read in one transaction for whoever
/// keeps the people (`Permissions.mayKeepPeople`).
extension AppDatabase {
    public func peopleDirectory(on day: SchoolDate, by requester: Requester) throws -> PeopleDirectory {
        try read { db in
            try AccessCheck.require(requester, db, refusal: PeopleRights.refusal, Permissions.mayKeepPeople)
            return PeopleDirectory(classes: try PeopleLists.classes(db, on: day), students: try PeopleLists.students(db, on: day),
                                   staff: try PeopleLists.staff(db), parents: try PeopleLists.parents(db))
        }
    }

    /// The school's own name, for the slips and the screen's title.
    public func schoolName() throws -> String {
        try school().name
    }

    /// Today in the school's time zone.
    public func schoolToday() throws -> SchoolDate {
        try read { db in try now(db).date }
    }
}

enum PeopleRights {
    static let refusal = Phrase(ru: "списки учеников и сотрудников ведут секретарь и администратор",
                                en: "only the secretary and the administrator keep the people of the school")
}

/// The SQL of the four lists.
enum PeopleLists {
    static func classes(_ db: Database, on day: SchoolDate) throws -> [ClassListing] {
        try Row.fetchAll(db, sql: """
            SELECT c.code, c.name, c.grade, a.login, a.full_name,
                   (SELECT count(*) FROM enrollment e WHERE e.class_id = c.id AND \(ClassHistorySQL.covers("e", "?1"))) AS n
            FROM class c LEFT JOIN account a ON a.id = c.homeroom_id ORDER BY c.grade, c.name
            """, arguments: [day]).map { r in
            ClassListing(code: r["code"], name: r["name"], grade: r["grade"], homeroomLogin: r["login"], homeroomName: r["full_name"],
                         studentCount: r["n"])
        }
    }

    static func students(_ db: Database, on day: SchoolDate) throws -> [StudentListing] {
        var stays: [StudentID: [(from: SchoolDate, to: SchoolDate?, code: String, name: String)]] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT e.student_id, e.from_day, e.to_day, c.code, c.name FROM enrollment e JOIN class c ON c.id = e.class_id
            ORDER BY e.student_id, e.from_day
            """) {
            stays[r["student_id"], default: []].append((r["from_day"], r["to_day"], r["code"], r["name"]))
        }
        var parents: [StudentID: [String]] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT g.student_id, a.login FROM guardian g JOIN account a ON a.id = g.parent_id ORDER BY a.login") {
            parents[r["student_id"], default: []].append(r["login"])
        }
        let list = try Row.fetchAll(db, sql: """
            SELECT s.id, s.code, s.full_name, a.login FROM student s LEFT JOIN account a ON a.id = s.account_id
            """).map { r -> StudentListing in
            let id: StudentID = r["id"]
            let all = stays[id] ?? []
            let stay = all.first { $0.from <= day && ($0.to.map { day <= $0 } ?? true) }
                ?? all.last { $0.from <= day } ?? all.first
            let left = stay?.to.flatMap { $0 < day ? $0 : nil }
            let next = all.first { $0.from > day && $0.from > (stay?.from ?? day) }.map { (className: $0.name, from: $0.from) }
            return StudentListing(code: r["code"], fullName: r["full_name"], classCode: stay?.code, className: stay?.name,
                                  since: stay?.from, leftAfter: left, login: r["login"], parentLogins: parents[id] ?? [], next: next)
        }
        return list.sortedByRussianName(\.fullName)
    }

    static func staff(_ db: Database) throws -> [StaffListing] {
        let staffRoles: Set<Role> = [.admin, .deputy, .director, .teacher, .secretary]
        return try AccountRow.fetchAll(db, sql: "SELECT * FROM account").compactMap { account -> StaffListing? in
            let roles = account.roleList
            guard !staffRoles.isDisjoint(with: roles) else { return nil }
            return StaffListing(login: account.login, fullName: account.fullName, roles: roles, disabled: account.disabled,
                                activated: account.activatedAt != nil)
        }.sortedByRussianName(\.fullName)
    }

    static func parents(_ db: Database) throws -> [ParentListing] {
        var children: [AccountID: [ParentChild]] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT g.parent_id, s.code, s.full_name FROM guardian g JOIN student s ON s.id = g.student_id") {
            children[r["parent_id"], default: []].append(ParentChild(studentCode: r["code"], fullName: r["full_name"]))
        }
        return try AccountRow.fetchAll(db, sql: "SELECT * FROM account").compactMap { account -> ParentListing? in
            guard account.roleList.contains(.parent) else { return nil }
            return ParentListing(login: account.login, fullName: account.fullName,
                                 children: (children[account.id] ?? []).sortedByRussianName(\.fullName),
                                 activated: account.activatedAt != nil)
        }.sortedByRussianName(\.fullName)
    }
}
