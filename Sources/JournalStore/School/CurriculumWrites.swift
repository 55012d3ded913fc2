import GRDB
import JournalCore

extension AppDatabase {
    /// Sets the curriculum's hours a week of `unit` (nil: removes its line):
    /// the deputy or the admin, audited. Returns false when nothing changed.
    @discardableResult
    public func setCurriculumHours(_ unit: PlanUnit, _ hours: WeeklyHours?, by requester: Requester) throws -> Bool {
        try administration(by: requester, refusal: Phrase(ru: "учебный план меняет завуч или администратор",
                                                          en: "only the deputy or the administrator changes the curriculum"),
                           Permissions.mayEditAnyPlan) { ctx in
            try PlanTable(db: ctx.db, unit: unit).checkExists()
            let owner = unit.owner.groupID == nil ? "class_id = ?1 AND group_id IS NULL" : "group_id = ?1"
            let ownerID = unit.owner.groupID?.rawValue ?? unit.owner.classID?.rawValue ?? 0
            let old = try Row.fetchOne(ctx.db, sql: "SELECT id, hours_x100 FROM curriculum WHERE \(owner) AND subject_id = ?2",
                                       arguments: [ownerID, unit.subject])
            let oldHours: Int? = old?["hours_x100"]
            guard oldHours != hours?.hundredths else { return false }
            let text = { (h: Int?) in h.map { WeeklyHours(hundredths: $0).text } }
            switch (old, hours) {
            case (let old?, let hours?):
                try ctx.db.execute(sql: "UPDATE curriculum SET hours_x100 = ? WHERE id = ?", arguments: [hours.hundredths, old["id"] as Int64])
                try ctx.audit(AuditEntry(action: .update, table: "curriculum", rowID: old["id"], old: ["hours": text(oldHours)],
                                         new: ["hours": hours.text]))
            case (let old?, nil):
                try ctx.db.execute(sql: "DELETE FROM curriculum WHERE id = ?", arguments: [old["id"] as Int64])
                try ctx.audit(AuditEntry(action: .delete, table: "curriculum", rowID: old["id"], old: ["hours": text(oldHours)]))
            case (nil, let hours?):
                let classID: ClassID? = switch unit.owner {
                case .wholeClass(let id): id
                case .group(let id): try ClassID.fetchOne(ctx.db, sql: "SELECT class_id FROM teaching_group WHERE id = ?", arguments: [id])
                }
                try ctx.db.execute(sql: "INSERT INTO curriculum (class_id, group_id, subject_id, hours_x100) VALUES (?, ?, ?, ?)",
                                   arguments: [classID, unit.owner.groupID, unit.subject, hours.hundredths])
                try ctx.audit(AuditEntry(action: .insert, table: "curriculum", rowID: ctx.db.lastInsertedRowID,
                                         new: ["class_id": classID.map { String($0.rawValue) },
                                               "group_id": unit.owner.groupID.map { String($0.rawValue) },
                                               "subject_id": String(unit.subject.rawValue), "hours": hours.text]))
            case (nil, nil):
                return false
            }
            return true
        }
    }
}
