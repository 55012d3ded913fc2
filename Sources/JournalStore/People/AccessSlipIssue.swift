import GRDB
import JournalCore

/// «Реквизиты доступа» of a class: every student of the class on the day
/// and every parent linked to one gets a NEW one-time code (the old code or
/// password stops working; each must choose a password at the first
/// sign-in). A student without an account gets one. The codes come back for
/// the printed slips only; the store keeps their hashes.
extension AppDatabase {
    public func issueAccessSlips(class classCode: String, on day: SchoolDate, by requester: Requester) throws -> AccessSlipSheet {
        let needed = try read { db in
            try AccessCheck.require(requester, db, refusal: PeopleRights.refusal, Permissions.mayKeepPeople)
            return try SlipHolders.all(db, classCode, on: day).count
        }
        let codes = try (0..<needed).map { _ in try FreshCode(self) }
        let schoolName = try schoolName()
        return try peopleChange(by: requester) { ctx in
            let className = try SchoolReferences.schoolClass(ctx.db, classCode).name
            let holders = try SlipHolders.all(ctx.db, classCode, on: day)
            guard holders.count <= codes.count else { throw JournalError.databaseBusy }
            let slips = try zip(holders, codes).map { holder, fresh in try holder.issue(ctx, fresh) }
            return AccessSlipSheet(schoolName: schoolName, className: className, slips: slips)
        }
    }
}

/// Who gets a slip: the students first, then their parents, each once.
enum SlipHolders {
    enum Holder {
        case student(ClassPeople.Member)
        case parent(AccountRow, children: [String])

        func issue(_ ctx: AdministrationContext, _ fresh: FreshCode) throws -> IssuedCode {
            switch self {
            case .student(let member):
                guard let accountID = member.accountID,
                      let account = try AccountRow.fetchOne(ctx.db, sql: "SELECT * FROM account WHERE id = ?", arguments: [accountID]) else {
                    let login = try NewAccount.freeLogin(ctx.db, LoginSuggestion.make(fullName: member.fullName))
                    let id = try NewAccount.insert(ctx, login: login, fullName: member.fullName, roles: [.student], hash: fresh.hash)
                    try ctx.db.execute(sql: "UPDATE student SET account_id = ? WHERE id = ?", arguments: [id, member.id])
                    try ctx.audit(AuditEntry(action: .update, table: "student", rowID: member.id.rawValue, studentID: member.id,
                                             old: ["account": nil], new: ["account": login]))
                    return IssuedCode(login: login, fullName: member.fullName, code: fresh.code, holder: .student)
                }
                try SlipHolders.reset(ctx, account, fresh)
                return IssuedCode(login: account.login, fullName: member.fullName, code: fresh.code, holder: .student)
            case .parent(let account, let children):
                try SlipHolders.reset(ctx, account, fresh)
                return IssuedCode(login: account.login, fullName: account.fullName, code: fresh.code,
                                  holder: .parent(children: children.joined(separator: ", ")))
            }
        }
    }

    static func all(_ db: Database, _ classCode: String, on day: SchoolDate) throws -> [Holder] {
        let members = try ClassPeople.members(db, classCode, on: day)
        var parents: [(AccountRow, [String])] = []
        var index: [AccountID: Int] = [:]
        for member in members {
            for account in try AccountRow.fetchAll(db, sql: """
                SELECT a.* FROM guardian g JOIN account a ON a.id = g.parent_id WHERE g.student_id = ? AND a.disabled = 0 ORDER BY a.login
                """, arguments: [member.id]) {
                if let at = index[account.id] {
                    parents[at].1.append(member.fullName)
                } else {
                    index[account.id] = parents.count
                    parents.append((account, [member.fullName]))
                }
            }
        }
        return members.map { .student($0) } + parents.map { .parent($0.0, children: $0.1) }
    }

    /// A new one-time code for an existing account; a lock after wrong
    /// passwords is lifted with it.
    static func reset(_ ctx: AdministrationContext, _ account: AccountRow, _ fresh: FreshCode) throws {
        try ctx.db.execute(sql: "UPDATE account SET password_hash = ?, must_change_password = 1 WHERE id = ?",
                           arguments: [fresh.hash, account.id])
        try ctx.db.execute(sql: "DELETE FROM login_lock WHERE login = ?", arguments: [account.login])
        try ctx.audit(AuditEntry(action: .update, table: "account", rowID: account.id.rawValue, accountID: account.id,
                                 new: ["password": "access slip", "must_change_password": "1"]))
    }
}
