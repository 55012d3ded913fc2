import GRDB
import JournalCore

/// The classes a promotion moves students into, by name, created when
/// missing (5А → 6А: «6А» is made with grade 6 and the old class's homeroom
/// teacher, who usually goes up with the class).
struct ClassDirectory {
    let ctx: AdministrationContext
    private var byName: [String: ClassID] = [:]
    private var byCode: [String: ClassID] = [:]
    private(set) var created: [String] = []

    init(ctx: AdministrationContext) throws {
        self.ctx = ctx
        for row in try Row.fetchAll(ctx.db, sql: "SELECT id, code, name FROM class") {
            byName[row["name"], default: row["id"]] = row["id"]
            byCode[row["code"]] = row["id"]
        }
    }

    mutating func target(of line: PromotionLine, current: ClassID) throws -> ClassID {
        switch line.decision {
        case .keep, .leave: return current
        case .move(let name):
            guard let id = byName[name] ?? byCode[name] else {
                throw JournalError.notFound(Phrase(ru: "класс «\(name)» (перевод ученика \(line.fullName))",
                                                   en: "class \"\(name)\" (promotion of \(line.fullName))"))
            }
            return id
        case .promote, .conditional:
            guard let name = line.nextClassName else {
                throw JournalError.conflict(Phrase(ru: "ученик \(line.fullName) в \(line.grade) классе: переводить некуда, он выбывает",
                                                   en: "\(line.fullName) is in grade \(line.grade): there is no next grade"))
            }
            if let id = byName[name] { return id }
            return try create(name, grade: line.grade + 1, homeroomOf: current)
        }
    }

    private mutating func create(_ name: String, grade: Int, homeroomOf previous: ClassID) throws -> ClassID {
        let code = try ClassFields.freeCode(ctx.db, for: name)
        try ctx.db.execute(sql: """
            INSERT INTO class (code, name, grade, homeroom_id) SELECT ?, ?, ?, homeroom_id FROM class WHERE id = ?
            """, arguments: [code, name, grade, previous])
        let id = ClassID(ctx.db.lastInsertedRowID)
        try ctx.audit(AuditEntry(action: .insert, table: "class", rowID: id.rawValue,
                                 new: ["code": code, "name": name, "grade": String(grade), "by": "promotion"]))
        byName[name] = id
        byCode[code] = id
        created.append(name)
        return id
    }
}

/// Undoes a standing promotion before an admin's forced second one: each new
/// stay removed, each ended stay given back its end and its order text, the
/// promotion marked undone. Every change is audited. Group memberships the
/// first promotion ended stay ended (they belong to the year that is over).
struct PromotionUndo {
    let ctx: AdministrationContext

    func undo(promotion id: Int64) throws {
        let rows = try Row.fetchAll(ctx.db, sql: """
            SELECT student_id, ended_stay_id, ended_stay_order, ended_stay_to, new_stay_id FROM promotion_line WHERE promotion_id = ?
            """, arguments: [id])
        // the lines stay as the record of what was done; the stays they began go
        try ctx.db.execute(sql: "UPDATE promotion_line SET new_stay_id = NULL WHERE promotion_id = ?", arguments: [id])
        for row in rows {
            let student: StudentID = row["student_id"]
            if let newStay: Int64 = row["new_stay_id"] {
                try ctx.db.execute(sql: "DELETE FROM enrollment WHERE id = ?", arguments: [newStay])
                try ctx.audit(AuditEntry(action: .delete, table: "enrollment", rowID: newStay, studentID: student,
                                         old: ["promotion": String(id)]))
            }
            let endedID: Int64 = row["ended_stay_id"]
            let order: String? = row["ended_stay_order"]
            let to: SchoolDate? = row["ended_stay_to"]
            try ctx.db.execute(sql: "UPDATE enrollment SET to_day = ?, order_text = ? WHERE id = ?", arguments: [to, order, endedID])
            try ctx.audit(AuditEntry(action: .update, table: "enrollment", rowID: endedID, studentID: student,
                                     new: ["to": to?.iso, "order": order, "undone_promotion": String(id)]))
        }
        try ctx.db.execute(sql: "UPDATE promotion SET undone = 1 WHERE id = ?", arguments: [id])
        try ctx.audit(AuditEntry(action: .update, table: "promotion", rowID: id, old: ["undone": "0"], new: ["undone": "1"]))
    }
}
