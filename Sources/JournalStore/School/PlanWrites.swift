import GRDB
import JournalCore

/// A change to one КТП, as a screen key or an import asks for it.
public enum PlanEdit: Hashable, Sendable {
    /// A new topic after the topic `after` (0: at the top).
    case add(after: Int, topic: String, hours: Int)
    /// The topic `seq` gets new wording and hours.
    case change(seq: Int, topic: String, hours: Int)
    case delete(seq: Int)
    /// The topic `seq` goes one place up (`by` -1) or down (+1).
    case move(seq: Int, by: Int)
    /// The whole plan replaced (an import).
    case replace([PlanTopic])
}

extension AppDatabase {
    /// The КТП of `unit`, topic by topic.
    public func planTopics(_ unit: PlanUnit) throws -> [PlanTopic] {
        try read { try PlanTable(db: $0, unit: unit).topics() }
    }

    /// Applies one edit to the КТП of `unit` in one transaction: the deputy or
    /// the admin, or the teacher who teaches it. The plan is kept numbered
    /// 1, 2, 3…; every topic that changes is audited. Returns the plan after.
    @discardableResult
    public func editPlan(_ unit: PlanUnit, _ edit: PlanEdit, by requester: Requester) throws -> [PlanTopic] {
        try write { db in
            let now = try now(db)
            let actor = try PlanRights.require(requester, db, unit: unit, today: now.date)
            let table = PlanTable(db: db, unit: unit)
            try table.checkExists()
            let old = try table.topics()
            let new = try PlanTopic.renumbered(Self.applied(edit, to: old))
            try table.save(new, over: old) { try AuditLog.append($0, at: now, actor: actor?.id, in: db) }
            return new
        }
    }

    static func applied(_ edit: PlanEdit, to topics: [PlanTopic]) throws -> [PlanTopic] {
        var topics = topics
        func index(_ seq: Int) throws -> Int {
            guard let i = topics.firstIndex(where: { $0.seq == seq }) else {
                throw JournalError.notFound(Phrase(ru: "тема № \(seq) в КТП", en: "topic \(seq) of the plan"))
            }
            return i
        }
        func checked(_ topic: String, _ hours: Int) throws -> PlanTopic {
            if let problem = PlanTopic.problem(topic: topic, hours: hours) { throw JournalError.other(problem) }
            return PlanTopic(seq: 0, topic: topic.trimmingSpaces, hours: hours)
        }
        switch edit {
        case .add(let after, let topic, let hours):
            let at = after == 0 ? 0 : try index(after) + 1
            topics.insert(try checked(topic, hours), at: at)
        case .change(let seq, let topic, let hours):
            topics[try index(seq)] = try checked(topic, hours)
        case .delete(let seq):
            topics.remove(at: try index(seq))
        case .move(let seq, let by):
            let from = try index(seq)
            let to = from + by
            guard topics.indices.contains(to) else { return topics }
            topics.swapAt(from, to)
        case .replace(let all):
            topics = try all.map { try checked($0.topic, $0.hours) }
        }
        return topics
    }
}

/// The rows of one КТП.
struct PlanTable {
    let db: Database
    let unit: PlanUnit

    private var ownerSQL: String {
        unit.owner.groupID == nil ? "class_id = ?1 AND group_id IS NULL" : "group_id = ?1"
    }
    private var ownerID: Int64 {
        unit.owner.groupID?.rawValue ?? unit.owner.classID?.rawValue ?? 0
    }

    func topics() throws -> [PlanTopic] {
        try Row.fetchAll(db, sql: "SELECT seq, topic, hours FROM plan_item WHERE \(ownerSQL) AND subject_id = ?2 ORDER BY seq",
                         arguments: [ownerID, unit.subject]).map { PlanTopic(seq: $0[0], topic: $0[1], hours: $0[2]) }
    }

    /// Refuses a class, group or subject the school does not have.
    func checkExists() throws {
        switch unit.owner {
        case .wholeClass(let id):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM class WHERE id = ?", arguments: [id]) == true else {
                throw JournalError.notFound(Phrase(ru: "класс № \(id)", en: "class \(id)"))
            }
        case .group(let id):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM teaching_group WHERE id = ?", arguments: [id]) == true else {
                throw JournalError.notFound(Phrase(ru: "группа № \(id)", en: "group \(id)"))
            }
        }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM subject WHERE id = ?", arguments: [unit.subject]) == true else {
            throw JournalError.notFound(Phrase(ru: "предмет № \(unit.subject)", en: "subject \(unit.subject)"))
        }
    }

    /// Writes `new` (numbered from 1) over `old`, row by row: a row keeps its
    /// id while its place exists, so only real changes reach the audit log.
    func save(_ new: [PlanTopic], over old: [PlanTopic], audit: (AuditEntry) throws -> Void) throws {
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM plan_item WHERE \(ownerSQL) AND subject_id = ?2 ORDER BY seq",
                                     arguments: [ownerID, unit.subject])
        // Out of the unique index's way while the places are rewritten.
        try db.execute(sql: "UPDATE plan_item SET seq = -seq WHERE \(ownerSQL) AND subject_id = ?2", arguments: [ownerID, unit.subject])
        for (index, topic) in new.enumerated() {
            if index < ids.count {
                try db.execute(sql: "UPDATE plan_item SET seq = ?, topic = ?, hours = ? WHERE id = ?",
                               arguments: [topic.seq, topic.topic, topic.hours, ids[index]])
                if old[index] != topic {
                    try audit(AuditEntry(action: .update, table: "plan_item", rowID: ids[index], old: values(old[index]), new: values(topic)))
                }
            } else {
                let classID = try owningClass()
                try db.execute(sql: "INSERT INTO plan_item (class_id, group_id, subject_id, seq, topic, hours) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [classID, unit.owner.groupID, unit.subject, topic.seq, topic.topic, topic.hours])
                try audit(AuditEntry(action: .insert, table: "plan_item", rowID: db.lastInsertedRowID, new: values(topic)))
            }
        }
        for index in ids.indices.dropFirst(new.count) {
            try db.execute(sql: "DELETE FROM plan_item WHERE id = ?", arguments: [ids[index]])
            try audit(AuditEntry(action: .delete, table: "plan_item", rowID: ids[index], old: values(old[index])))
        }
    }

    /// The class a row names: the class itself, or a `part` group's class.
    private func owningClass() throws -> ClassID? {
        switch unit.owner {
        case .wholeClass(let id): id
        case .group(let id): try ClassID.fetchOne(db, sql: "SELECT class_id FROM teaching_group WHERE id = ?", arguments: [id])
        }
    }

    private func values(_ topic: PlanTopic) -> [String: String?] {
        ["class_id": unit.owner.classID.map { String($0.rawValue) }, "group_id": unit.owner.groupID.map { String($0.rawValue) },
         "subject_id": String(unit.subject.rawValue), "seq": String(topic.seq), "topic": topic.topic, "hours": String(topic.hours)]
    }
}
