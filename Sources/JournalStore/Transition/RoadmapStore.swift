import GRDB
import JournalCore

/// The school's roadmap as the store keeps it.
public struct TransitionPlan: Hashable, Sendable {
    /// The template it was started from (`kchr`, `mo`, `crimea`), which is
    /// also the readiness profile its indicator items are measured by.
    public var templateID: String
    public var startedAt: SchoolTime
    public var items: [RoadmapItem]
}

extension AppDatabase {
    static let transitionReadRefusal = Phrase(ru: "переход на ББЖ видят администратор, завуч и директор",
                                              en: "only the administrator, the deputy and the director see the transition")
    static let transitionWriteRefusal = Phrase(ru: "переход на ББЖ ведут администратор и завуч; директор его только читает",
                                               en: "only the administrator and the deputy keep the transition; the director reads it")

    /// The roadmap, or nil before the school has started one.
    public func transitionPlan(by requester: Requester) throws -> TransitionPlan? {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.transitionReadRefusal, Permissions.mayReadSchoolReports)
            guard let plan = try Row.fetchOne(db, sql: "SELECT template, started_at FROM transition_plan") else { return nil }
            return TransitionPlan(templateID: plan["template"], startedAt: plan["started_at"], items: try RoadmapRows.all(db))
        }
    }

    /// Starts the roadmap from `template`, its deadlines put in the school's
    /// academic year. A school that has one already keeps it unless
    /// `replacing` (then the old items go, each audited).
    @discardableResult
    public func startTransition(from template: RoadmapTemplate, replacing: Bool = false, by requester: Requester) throws -> TransitionPlan {
        try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Self.transitionWriteRefusal, Permissions.mayManageTransition)?.id
            let now = try now(db)
            let audit = { (entry: AuditEntry) in try AuditLog.append(entry, at: now, actor: actor, in: db) }
            if let existing = try String.fetchOne(db, sql: "SELECT template FROM transition_plan") {
                guard replacing else {
                    throw JournalError.conflict(Phrase(
                        ru: "дорожная карта уже начата (шаблон \(existing)); чтобы начать заново, подтвердите замену",
                        en: "the roadmap is started already (template \(existing)); confirm replacing it to start again"))
                }
                for item in try RoadmapRows.all(db) {
                    try db.execute(sql: "DELETE FROM roadmap_item WHERE id = ?", arguments: [item.id.rawValue])
                    try audit(AuditEntry(action: .delete, table: "roadmap_item", rowID: item.id.rawValue, old: RoadmapRows.values(item)))
                }
                try db.execute(sql: "DELETE FROM transition_plan")
                try audit(AuditEntry(action: .delete, table: "transition_plan", rowID: 1, old: ["template": existing]))
            }
            try db.execute(sql: "INSERT INTO transition_plan (id, template, started_at, started_by) VALUES (1, ?, ?, ?)",
                           arguments: [template.id, now, actor])
            try audit(AuditEntry(action: .insert, table: "transition_plan", rowID: 1, new: ["template": template.id]))
            let startYear = try RoadmapRows.academicStartYear(db, today: now.date)
            for (position, item) in template.items.enumerated() {
                let deadline = item.deadline?.date(inAcademicYearStarting: startYear)
                try db.execute(sql: """
                    INSERT INTO roadmap_item (position, stage, title, deadline, responsible, result, indicator, threshold, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [position + 1, item.stage, item.title, deadline, item.responsible, item.result,
                                     item.indicator, item.threshold, now, actor])
                let stored = RoadmapItem(id: RoadmapItemID(db.lastInsertedRowID), position: position + 1, stage: item.stage,
                                         title: item.title, deadline: deadline, responsible: item.responsible, result: item.result,
                                         indicator: item.indicator, threshold: item.threshold)
                try audit(AuditEntry(action: .insert, table: "roadmap_item", rowID: stored.id.rawValue, new: RoadmapRows.values(stored)))
            }
            return TransitionPlan(templateID: template.id, startedAt: now, items: try RoadmapRows.all(db))
        }
    }

    /// Changes one measure (deadline, responsible, document, status, comment),
    /// checked by `RoadmapItemEdit.applied(to:)`, audited with old and new values.
    @discardableResult
    public func editRoadmapItem(_ id: RoadmapItemID, _ edit: RoadmapItemEdit, by requester: Requester) throws -> RoadmapItem {
        try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Self.transitionWriteRefusal, Permissions.mayManageTransition)?.id
            guard let item = try RoadmapRows.all(db, id: id).first else {
                throw JournalError.notFound(Phrase(ru: "пункт дорожной карты № \(id)", en: "roadmap item \(id)"))
            }
            let edited = try edit.applied(to: item)
            guard edited != item else { return item }
            let now = try now(db)
            try db.execute(sql: """
                UPDATE roadmap_item SET title = ?, result = ?, deadline = ?, responsible = ?, document_number = ?, document_date = ?,
                    status = ?, comment = ?, updated_at = ?, updated_by = ? WHERE id = ?
                """, arguments: [edited.title, edited.result, edited.deadline, edited.responsible, edited.documentNumber,
                                 edited.documentDate, edited.status.rawValue, edited.comment, now, actor, id.rawValue])
            try AuditLog.append(AuditEntry(action: .update, table: "roadmap_item", rowID: id.rawValue,
                                           old: RoadmapRows.values(item), new: RoadmapRows.values(edited)), at: now, actor: actor, in: db)
            return edited
        }
    }
}

extension AppDatabase {
    /// Adds the school's own measure after the item at `position` (at the
    /// end when nil), in `stage`; the items after it move down one number.
    @discardableResult
    public func addRoadmapItem(title: String, stage: String, deadline: SchoolDate?, responsible: String, result: String,
                               after position: Int? = nil, by requester: Requester) throws -> RoadmapItem {
        let title = title.trimmingSpaces
        guard !title.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "мероприятие", en: "measure")) }
        return try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Self.transitionWriteRefusal, Permissions.mayManageTransition)?.id
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM transition_plan") == true else { throw RoadmapRows.notStarted }
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM roadmap_item") ?? 0
            let place = min(max(0, position ?? count), count) + 1
            let now = try now(db)
            try db.execute(sql: "UPDATE roadmap_item SET position = position + 1 WHERE position >= ?", arguments: [place])
            try db.execute(sql: """
                INSERT INTO roadmap_item (position, stage, title, deadline, responsible, result, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [place, stage.trimmingSpaces, title, deadline, responsible.trimmingSpaces, result.trimmingSpaces, now, actor])
            let item = try RoadmapRows.all(db, id: RoadmapItemID(db.lastInsertedRowID))[0]
            try AuditLog.append(AuditEntry(action: .insert, table: "roadmap_item", rowID: item.id.rawValue, new: RoadmapRows.values(item)),
                                at: now, actor: actor, in: db)
            return item
        }
    }

    /// Removes a measure; the items after it move up one number.
    public func removeRoadmapItem(_ id: RoadmapItemID, by requester: Requester) throws {
        try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Self.transitionWriteRefusal, Permissions.mayManageTransition)?.id
            guard let item = try RoadmapRows.all(db, id: id).first else {
                throw JournalError.notFound(Phrase(ru: "пункт дорожной карты № \(id)", en: "roadmap item \(id)"))
            }
            try db.execute(sql: "DELETE FROM roadmap_item WHERE id = ?", arguments: [id.rawValue])
            try db.execute(sql: "UPDATE roadmap_item SET position = position - 1 WHERE position > ?", arguments: [item.position])
            try AuditLog.append(AuditEntry(action: .delete, table: "roadmap_item", rowID: id.rawValue, old: RoadmapRows.values(item)),
                                at: try now(db), actor: actor, in: db)
        }
    }
}

/// Reading and describing `roadmap_item` rows.
enum RoadmapRows {
    static func all(_ db: Database, id: RoadmapItemID? = nil) throws -> [RoadmapItem] {
        try Row.fetchAll(db, sql: "SELECT * FROM roadmap_item WHERE id = ifnull(?, id) ORDER BY position, id",
                         arguments: [id?.rawValue]).map { row in
            RoadmapItem(id: RoadmapItemID(row["id"]), position: row["position"], stage: row["stage"], title: row["title"],
                        deadline: row["deadline"], responsible: row["responsible"], result: row["result"],
                        documentNumber: row["document_number"], documentDate: row["document_date"],
                        status: RoadmapStatus(rawValue: row["status"]) ?? .open, comment: row["comment"],
                        indicator: row["indicator"], threshold: row["threshold"])
        }
    }

    static let notStarted = JournalError.other(Phrase(
        ru: "дорожная карта не начата: начните её по шаблону (zhurnal transition start --template kchr|mo|crimea или F4 на экране)",
        en: "no roadmap yet: start it from a template (zhurnal transition start --template kchr|mo|crimea, or F4 on the screen)"))

    /// The fields an audit row keeps.
    static func values(_ item: RoadmapItem) -> [String: String?] {
        ["title": item.title, "stage": item.stage, "result": item.result, "position": String(item.position), "deadline": item.deadline?.iso, "responsible": item.responsible,
         "document_number": item.documentNumber, "document_date": item.documentDate?.iso, "status": item.status.rawValue,
         "comment": item.comment]
    }

    /// The calendar year the school's academic year starts in: that of its
    /// first period; without periods, the year of the latest 1 August.
    static func academicStartYear(_ db: Database, today: SchoolDate) throws -> Int {
        let first = try SchoolDate.fetchOne(db, sql: "SELECT min(start_day) FROM current_period") ?? today
        return first.month >= 8 ? first.year : first.year - 1
    }
}
