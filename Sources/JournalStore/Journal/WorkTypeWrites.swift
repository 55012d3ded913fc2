import GRDB
import JournalCore

extension AppDatabase {
    /// Adds a work type at the end of the list: the admin, audited. The code
    /// is made from the list (`type10`, …) unless given. Returns the code.
    @discardableResult
    public func addWorkType(name: String, weight: Weight, inClass: Bool, code: String? = nil, by requester: Requester) throws -> String {
        try administration(by: requester, refusal: WorkTypeRules.refusal, Permissions.mayManageWorkTypes) { ctx in
            let name = try WorkTypeRules.checkedName(name, ctx.db, except: nil)
            let position = (try Int.fetchOne(ctx.db, sql: "SELECT max(position) FROM work_type") ?? 0) + 1
            var newCode = code ?? "type\(position)"
            var suffix = position
            while code == nil, try Bool.fetchOne(ctx.db, sql: "SELECT 1 FROM work_type WHERE code = ?", arguments: [newCode]) == true {
                suffix += 1
                newCode = "type\(suffix)"
            }
            if try Bool.fetchOne(ctx.db, sql: "SELECT 1 FROM work_type WHERE code = ?", arguments: [newCode]) == true {
                throw JournalError.conflict(Phrase(ru: "вид работ с кодом «\(newCode)» уже есть", en: "work type \"\(newCode)\" exists"))
            }
            try ctx.db.execute(sql: "INSERT INTO work_type (code, name, weight, in_class, position) VALUES (?, ?, ?, ?, ?)",
                               arguments: [newCode, name, weight.hundredths, inClass, position])
            try ctx.audit(AuditEntry(action: .insert, table: "work_type", rowID: ctx.db.lastInsertedRowID,
                                     new: ["code": newCode, "name": name, "weight": weight.text, "in_class": inClass ? "1" : "0"]))
            return newCode
        }
    }

    /// Renames a work type or changes its weight (nil: unchanged): the admin,
    /// audited. A new weight changes every average at once, closed periods'
    /// too — their final marks, already set, stay as they are.
    @discardableResult
    public func editWorkType(_ code: String, name: String? = nil, weight: Weight? = nil, by requester: Requester) throws -> Bool {
        try administration(by: requester, refusal: WorkTypeRules.refusal, Permissions.mayManageWorkTypes) { ctx in
            guard let row = try Row.fetchOne(ctx.db, sql: "SELECT id, name, weight FROM work_type WHERE code = ?", arguments: [code]) else {
                throw JournalError.notFound(Phrase(ru: "вид работ «\(code)»", en: "work type \"\(code)\""))
            }
            let id: Int64 = row["id"]
            let oldName: String = row["name"]
            let oldWeight: Int = row["weight"]
            let newName = try name.map { try WorkTypeRules.checkedName($0, ctx.db, except: id) } ?? oldName
            let newWeight = weight?.hundredths ?? oldWeight
            guard newName != oldName || newWeight != oldWeight else { return false }
            try ctx.db.execute(sql: "UPDATE work_type SET name = ?, weight = ? WHERE id = ?", arguments: [newName, newWeight, id])
            let text = { (h: Int) in (try? Weight(hundredths: h))?.text }
            try ctx.audit(AuditEntry(action: .update, table: "work_type", rowID: id,
                                     old: ["name": oldName, "weight": text(oldWeight)],
                                     new: ["name": newName, "weight": text(newWeight)]))
            return true
        }
    }
}

enum WorkTypeRules {
    static let refusal = Phrase(ru: "виды работ и веса меняет администратор", en: "only the administrator changes work types and weights")

    /// A name: not empty, at most 60 characters, not another type's.
    static func checkedName(_ name: String, _ db: Database, except id: Int64?) throws -> String {
        guard let name = normalizedText(name) else { throw JournalError.emptyValue(field: Phrase(ru: "название вида работ", en: "work type name")) }
        guard name.count <= 60 else {
            throw JournalError.other(Phrase(ru: "название длиннее 60 знаков", en: "the name is longer than 60 characters"))
        }
        // SQLite's lower() knows only Latin letters: the comparison is Swift's.
        let others = try String.fetchAll(db, sql: "SELECT name FROM work_type WHERE id IS NOT ?", arguments: [id])
        if others.contains(where: { $0.lowercased() == name.lowercased() }) {
            throw JournalError.conflict(Phrase(ru: "вид работ «\(name)» уже есть", en: "work type \"\(name)\" already exists"))
        }
        return name
    }
}
