import GRDB
import JournalCore

/// Accounts the secretary creates: a teacher's, a parent's, a whole class's
/// parents' at once, and links between parents and children. Only the
/// teacher and parent roles are given here; roles of power stay with the
/// administrator's «Учётки». Every new account gets a one-time code, shown
/// once and kept only as a hash (`OneTimeCode`, `PasswordHasher`); hashing
/// is done before the transaction, so that other writers do not wait for it.
extension AppDatabase {
    /// A teacher's account; returns its one-time code.
    public func addTeacher(login: String, fullName: String, by requester: Requester) throws -> IssuedCode {
        let (login, name) = try AccountFields.check(login: login, fullName: fullName)
        let code = OneTimeCode.make()
        let hash = try hashOrRefuse(code)
        try peopleChange(by: requester) { ctx in
            _ = try NewAccount.insert(ctx, login: login, fullName: name, roles: [.teacher], hash: hash)
        }
        return IssuedCode(login: login, fullName: name, code: code, holder: .staff)
    }

    /// A parent's account linked to `children` (student codes); a blank
    /// login is made from the name. Returns the one-time code.
    public func addParent(login: String?, fullName: String, children: [String], by requester: Requester) throws -> IssuedCode {
        guard let name = normalizedText(fullName) else { throw JournalError.emptyValue(field: Phrase(ru: "ФИО родителя", en: "the parent's full name")) }
        let typed = normalizedText(login)
        if let typed { try LoginRules.check(typed) }
        let code = OneTimeCode.make()
        let hash = try hashOrRefuse(code)
        let chosen = try peopleChange(by: requester) { ctx -> String in
            let login = try typed ?? NewAccount.freeLogin(ctx.db, LoginSuggestion.make(fullName: name))
            let id = try NewAccount.insert(ctx, login: login, fullName: name, roles: [.parent], hash: hash)
            for child in children { try GuardianLinks.link(ctx, parent: id, login: login, student: child) }
            return login
        }
        return IssuedCode(login: chosen, fullName: name, code: code, holder: .parent(children: ""))
    }

    public func linkParent(_ login: String, to student: String, by requester: Requester) throws {
        try peopleChange(by: requester) { ctx in
            let parent = try GuardianLinks.parent(ctx.db, login)
            try GuardianLinks.link(ctx, parent: parent.id, login: parent.login, student: student)
        }
    }

    public func unlinkParent(_ login: String, from student: String, by requester: Requester) throws {
        try peopleChange(by: requester) { ctx in
            let parent = try GuardianLinks.parent(ctx.db, login)
            let child = try SchoolReferences.student(ctx.db, student)
            try ctx.db.execute(sql: "DELETE FROM guardian WHERE parent_id = ? AND student_id = ?", arguments: [parent.id, child.id])
            guard ctx.db.changesCount > 0 else {
                throw JournalError.notFound(Phrase(ru: "связь «\(login)» — ученик \(child.fullName)", en: "link \(login) — \(child.fullName)"))
            }
            try ctx.audit(AuditEntry(action: .delete, table: "guardian", studentID: child.id, accountID: parent.id,
                                     old: ["parent": login, "student": student]))
        }
    }

    /// A parent's account for every student of the class on `day` who has
    /// none linked: named «Родитель: <ФИО ученика>» until the parent gives
    /// their own name, login `p.` and the student's. Returns the codes, shown
    /// once (or printed as slips).
    public func createParentAccounts(class classCode: String, on day: SchoolDate, by requester: Requester) throws -> [IssuedCode] {
        let expected = try read { db in
            try AccessCheck.require(requester, db, refusal: PeopleRights.refusal, Permissions.mayKeepPeople)
            return try ClassPeople.studentsWithoutParent(db, classCode, on: day).count
        }
        let codes = try (0..<expected).map { _ in try FreshCode(self) }
        return try peopleChange(by: requester) { ctx in
            let students = try ClassPeople.studentsWithoutParent(ctx.db, classCode, on: day)
            guard students.count <= codes.count else { throw JournalError.databaseBusy }
            return try zip(students, codes).map { student, fresh in
                let name = "Родитель: \(student.fullName)"
                let login = try NewAccount.freeLogin(ctx.db, LoginSuggestion.make(fullName: student.fullName, prefix: "p."))
                let id = try NewAccount.insert(ctx, login: login, fullName: name, roles: [.parent], hash: fresh.hash)
                try GuardianLinks.link(ctx, parent: id, login: login, student: student.code)
                return IssuedCode(login: login, fullName: name, code: fresh.code, holder: .parent(children: student.fullName))
            }
        }
    }
}

/// A one-time code and its hash, made outside the transaction.
struct FreshCode {
    let code: String
    let hash: String

    init(_ database: AppDatabase) throws {
        code = OneTimeCode.make()
        hash = try database.hashOrRefuse(code)
    }
}

enum AccountFields {
    static func check(login: String, fullName: String) throws -> (String, String) {
        let login = login.trimmingSpaces
        guard !login.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "логин", en: "login")) }
        try LoginRules.check(login)
        guard let name = normalizedText(fullName) else { throw JournalError.emptyValue(field: Phrase(ru: "ФИО", en: "full name")) }
        return (login, name)
    }
}

/// Inserting an account inside a people change.
enum NewAccount {
    static func insert(_ ctx: AdministrationContext, login: String, fullName: String, roles: [Role], hash: String) throws -> AccountID {
        if let taken = try LoginLookup.existing(login, ctx.db) { throw LoginLookup.taken(login, by: taken) }
        try ctx.db.execute(sql: """
            INSERT INTO account (login, full_name, roles, created_at, password_hash, must_change_password)
            VALUES (?, ?, ?, ?, ?, 1)
            """, arguments: [login, fullName, Role.listText(roles), ctx.now, hash])
        let id = AccountID(ctx.db.lastInsertedRowID)
        try ctx.audit(AuditEntry(action: .insert, table: "account", rowID: id.rawValue, accountID: id,
                                 new: ["login": login, "full_name": fullName, "roles": Role.listText(roles)]))
        return id
    }

    /// `base`, or `base2`, `base3`… whichever is free.
    static func freeLogin(_ db: Database, _ base: String) throws -> String {
        var candidate = base
        var number = 2
        while try LoginLookup.existing(candidate, db) != nil {
            candidate = "\(base)\(number)"
            number += 1
        }
        return candidate
    }
}

enum GuardianLinks {
    static func parent(_ db: Database, _ login: String) throws -> AccountRow {
        let account = try AppDatabase.account(db, login)
        guard account.roleList.contains(.parent) else {
            throw JournalError.conflict(Phrase(ru: "«\(login)» — не родитель (нет роли parent)", en: "\"\(login)\" has no parent role"))
        }
        return account
    }

    static func link(_ ctx: AdministrationContext, parent: AccountID, login: String, student code: String) throws {
        let child = try SchoolReferences.student(ctx.db, code)
        let exists = try Bool.fetchOne(ctx.db, sql: "SELECT EXISTS (SELECT 1 FROM guardian WHERE parent_id = ? AND student_id = ?)",
                                       arguments: [parent, child.id]) ?? false
        guard !exists else {
            throw JournalError.conflict(Phrase(ru: "«\(login)» уже связан с учеником \(child.fullName)",
                                               en: "\(login) is already linked to \(child.fullName)"))
        }
        try ctx.db.execute(sql: "INSERT INTO guardian (parent_id, student_id) VALUES (?, ?)", arguments: [parent, child.id])
        try ctx.audit(AuditEntry(action: .insert, table: "guardian", studentID: child.id, accountID: parent,
                                 new: ["parent": login, "student": code]))
    }
}

/// The students of a class on a day, for the bulk accounts and the slips.
enum ClassPeople {
    struct Member {
        let id: StudentID
        let code: String
        let fullName: String
        let accountID: AccountID?
    }

    static func members(_ db: Database, _ classCode: String, on day: SchoolDate) throws -> [Member] {
        let target = try SchoolReferences.schoolClass(db, classCode)
        return try Row.fetchAll(db, sql: """
            SELECT DISTINCT s.id, s.code, s.full_name, s.account_id FROM enrollment e JOIN student s ON s.id = e.student_id
            WHERE e.class_id = ? AND \(ClassHistorySQL.covers("e", "?"))
            """, arguments: [target.id, day, day]).map {
            Member(id: $0["id"], code: $0["code"], fullName: $0["full_name"], accountID: $0["account_id"])
        }.sortedByRussianName(\.fullName)
    }

    static func studentsWithoutParent(_ db: Database, _ classCode: String, on day: SchoolDate) throws -> [Member] {
        try members(db, classCode, on: day).filter { member in
            try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM guardian WHERE student_id = ?)", arguments: [member.id]) ?? false)
        }
    }
}

extension AppDatabase {
    /// Corrects the full name on a teacher's or a parent's account (the bulk
    /// parents' «Родитель: …» once the parent gives their name). Accounts
    /// with roles of power are renamed by the administrator only.
    public func renamePerson(login: String, fullName: String, by requester: Requester) throws {
        try peopleChange(by: requester) { ctx in
            let target = try AppDatabase.account(ctx.db, login)
            guard let name = normalizedText(fullName) else { throw JournalError.emptyValue(field: Phrase(ru: "ФИО", en: "full name")) }
            let power: Set<Role> = [.admin, .deputy, .director, .secretary]
            if let actor = ctx.actor, !actor.roleList.contains(.admin), !power.isDisjoint(with: target.roleList) {
                throw JournalError.forbidden(Phrase(ru: "ФИО администратора, завуча, директора или секретаря меняет администратор",
                                                    en: "only the administrator renames an administrator, deputy, director or secretary"))
            }
            guard name != target.fullName else { return }
            try ctx.db.execute(sql: "UPDATE account SET full_name = ? WHERE id = ?", arguments: [name, target.id])
            try ctx.audit(AuditEntry(action: .update, table: "account", rowID: target.id.rawValue, accountID: target.id,
                                     old: ["full_name": target.fullName], new: ["full_name": name]))
        }
    }
}
