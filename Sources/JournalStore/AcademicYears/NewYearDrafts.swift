import GRDB
import JournalCore

/// What of a new year was copied from the year before for the deputy to confirm.
public enum YearDraftPart: String, Hashable, Sendable, CaseIterable {
    case timetable, curriculum

    /// «расписание», «учебный план».
    public var title: Phrase {
        switch self {
        case .timetable: Phrase(ru: "расписание", en: "timetable")
        case .curriculum: Phrase(ru: "учебный план", en: "curriculum")
        }
    }
}

/// A copied part of the current year: a draft until confirmed.
public struct YearDraftState: Hashable, Sendable {
    public var part: YearDraftPart
    public var academicYear: String
    /// «2025/2026».
    public var copiedFrom: String
    public var rows: Int
    public var confirmedAt: SchoolTime?
    /// The full name of who confirmed it; nil for the server operator.
    public var confirmedBy: String?

    public var isDraft: Bool { confirmedAt == nil }
}

/// A КТП carried over into the current year: waiting for its teacher until confirmed.
public struct PlanCarryoverState: Hashable, Sendable {
    public var copiedFrom: String
    public var topics: Int
    public var confirmedAt: SchoolTime?
    public var confirmedBy: String?

    public var isWaiting: Bool { confirmedAt == nil }
}

extension AppDatabase {
    /// The current year's copied timetable and curriculum, if it was started
    /// from the year before (empty for a year loaded from a bundle).
    public func yearDrafts() throws -> [YearDraftState] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.*, a.full_name AS confirmed_by_name FROM year_draft d JOIN school s ON s.academic_year = d.academic_year
                LEFT JOIN account a ON a.id = d.confirmed_by ORDER BY d.part DESC
                """).compactMap { r in
                YearDraftPart(rawValue: r["part"]).map { part in
                    YearDraftState(part: part, academicYear: r["academic_year"], copiedFrom: r["copied_from"], rows: r["rows"],
                                   confirmedAt: r["confirmed_at"], confirmedBy: r["confirmed_by_name"])
                }
            }
        }
    }

    /// The current year's draft of `part`, if there is one.
    public func yearDraft(_ part: YearDraftPart) throws -> YearDraftState? {
        try yearDrafts().first { $0.part == part }
    }

    /// The deputy (or the admin) confirms the copied timetable or curriculum
    /// of the current year, audited. Refused when there is no draft or it was
    /// confirmed already. The part stays editable as before.
    @discardableResult
    public func confirmYearDraft(_ part: YearDraftPart, by requester: Requester) throws -> YearDraftState {
        try administration(by: requester, refusal: Phrase(ru: "утверждает расписание и учебный план завуч или администратор",
                                                          en: "only the deputy or the administrator confirms the timetable and the curriculum"),
                           Permissions.mayConfirmYearDraft) { ctx in
            let year = try String.fetchOne(ctx.db, sql: "SELECT academic_year FROM school") ?? ""
            guard let row = try Row.fetchOne(ctx.db, sql: "SELECT * FROM year_draft WHERE academic_year = ? AND part = ?",
                                             arguments: [year, part.rawValue]) else {
                throw JournalError.notFound(Phrase(ru: "черновик: \(part.title.ru) \(year) не копировался из прошлого года",
                                                   en: "draft: the \(part.title.en) of \(year) was not copied from the year before"))
            }
            guard (row["confirmed_at"] as SchoolTime?) == nil else {
                throw JournalError.conflict(Phrase(ru: "\(part.title.ru) \(year) уже утверждён", en: "the \(part.title.en) of \(year) is confirmed already"))
            }
            try ctx.db.execute(sql: "UPDATE year_draft SET confirmed_at = ?, confirmed_by = ? WHERE academic_year = ? AND part = ?",
                               arguments: [ctx.now, ctx.actor?.id, year, part.rawValue])
            try ctx.audit(AuditEntry(action: .update, table: "year_draft", rowID: nil, old: ["confirmed": "0"],
                                     new: ["academic_year": year, "part": part.rawValue, "confirmed": "1"]))
            return YearDraftState(part: part, academicYear: year, copiedFrom: row["copied_from"], rows: row["rows"],
                                  confirmedAt: ctx.now, confirmedBy: ctx.actor?.fullName)
        }
    }

    /// The carry-over of `unit`'s КТП into the current year, if it was carried over.
    public func planCarryover(_ unit: PlanUnit) throws -> PlanCarryoverState? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT c.*, a.full_name AS confirmed_by_name FROM plan_carryover c JOIN school s ON s.academic_year = c.academic_year
                LEFT JOIN account a ON a.id = c.confirmed_by
                WHERE \(PlanCarryoverSQL.owner(unit)) AND c.subject_id = ?2
                """, arguments: [PlanCarryoverSQL.ownerID(unit), unit.subject]).map(PlanCarryoverSQL.state)
        }
    }

    /// The current year's carried-over КТП not yet confirmed, by unit.
    public func waitingPlanCarryovers() throws -> [PlanUnit: PlanCarryoverState] {
        try read { db in
            var states: [PlanUnit: PlanCarryoverState] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT c.*, NULL AS confirmed_by_name FROM plan_carryover c JOIN school s ON s.academic_year = c.academic_year
                WHERE c.confirmed_at IS NULL
                """) {
                let owner: ClassOrGroup = (r["group_id"] as GroupID?).map { .group($0) } ?? .wholeClass(r["class_id"])
                states[PlanUnit(owner, subject: r["subject_id"])] = PlanCarryoverSQL.state(r)
            }
            return states
        }
    }

    /// The teacher who teaches it (or the deputy, or the admin — those who may
    /// change the КТП) confirms the carried-over КТП of `unit`, audited.
    @discardableResult
    public func confirmPlanCarryover(_ unit: PlanUnit, by requester: Requester) throws -> PlanCarryoverState {
        try write { db in
            let now = try now(db)
            let actor = try PlanRights.require(requester, db, unit: unit, today: now.date)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT c.* FROM plan_carryover c JOIN school s ON s.academic_year = c.academic_year
                WHERE \(PlanCarryoverSQL.owner(unit)) AND c.subject_id = ?2
                """, arguments: [PlanCarryoverSQL.ownerID(unit), unit.subject]) else {
                throw JournalError.notFound(Phrase(ru: "перенесённое КТП этого года", en: "a carried-over plan of this year"))
            }
            guard (row["confirmed_at"] as SchoolTime?) == nil else {
                throw JournalError.conflict(Phrase(ru: "КТП уже подтверждено", en: "the plan is confirmed already"))
            }
            let id: Int64 = row["id"]
            try db.execute(sql: "UPDATE plan_carryover SET confirmed_at = ?, confirmed_by = ? WHERE id = ?", arguments: [now, actor?.id, id])
            try AuditLog.append(AuditEntry(action: .update, table: "plan_carryover", rowID: id, old: ["confirmed": "0"],
                                           new: ["confirmed": "1", "academic_year": row["academic_year"]]),
                                at: now, actor: actor?.id, in: db)
            return PlanCarryoverState(copiedFrom: row["copied_from"], topics: row["topics"], confirmedAt: now, confirmedBy: actor?.fullName)
        }
    }
}

enum PlanCarryoverSQL {
    static func owner(_ unit: PlanUnit) -> String {
        unit.owner.groupID == nil ? "c.class_id = ?1 AND c.group_id IS NULL" : "c.group_id = ?1"
    }

    static func ownerID(_ unit: PlanUnit) -> Int64 {
        unit.owner.groupID?.rawValue ?? unit.owner.classID?.rawValue ?? 0
    }

    static func state(_ r: Row) -> PlanCarryoverState {
        PlanCarryoverState(copiedFrom: r["copied_from"], topics: r["topics"], confirmedAt: r["confirmed_at"], confirmedBy: r["confirmed_by_name"])
    }
}
