import GRDB
import JournalCore

/// What an applied promotion did.
public struct PromotionResult: Sendable {
    /// «№ 12 от 30.05.2027», and the number alone.
    public let order: String
    public let orderNumber: String
    public let effectiveDay: SchoolDate
    /// Students by decision kind (`promote`, `conditional`, `keep`, `leave`, `move`).
    public let counts: [String: Int]
    /// Classes created for the new grades («6А» where there was none).
    public let createdClasses: [String]
    /// Whether an admin forced a second promotion of the year.
    public let forced: Bool
}

extension AppDatabase {
    /// Applies the promotion by order in ONE transaction: the proposal is read
    /// afresh inside it, `changes` (student code or login → decision) applied,
    /// and every student's class history written with the order. Refused
    /// without an order number, and when the year was promoted already unless
    /// an admin forces it (`force`), which undoes the earlier one first.
    @discardableResult
    public func applyPromotion(order: PromotionOrder, changes: [(student: String, decision: PromotionDecision)] = [],
                               force: Bool = false, by requester: Requester) throws -> PromotionResult {
        try administration(by: requester, refusal: PromotionQueries.refusal, Permissions.mayPromoteStudents) { ctx in
            var proposal = try PromotionQueries.proposal(ctx.db)
            for change in changes { try proposal.change(change.student, to: change.decision) }
            return try PromotionApplier(ctx: ctx, proposal: proposal, order: order).apply(force: force)
        }
    }

    /// Applies the lines as the secretary left them on the screen (by student
    /// id), in one transaction, the same way.
    @discardableResult
    public func applyPromotion(order: PromotionOrder, lines: [PromotionLine], force: Bool = false,
                               by requester: Requester) throws -> PromotionResult {
        try administration(by: requester, refusal: PromotionQueries.refusal, Permissions.mayPromoteStudents) { ctx in
            var proposal = try PromotionQueries.proposal(ctx.db)
            let decided = Dictionary(lines.map { ($0.studentID, $0.decision) }, uniquingKeysWith: { _, last in last })
            for index in proposal.lines.indices {
                if let decision = decided[proposal.lines[index].studentID] { proposal.lines[index].decision = decision }
            }
            return try PromotionApplier(ctx: ctx, proposal: proposal, order: order).apply(force: force)
        }
    }
}

/// The writes of one promotion inside its transaction.
struct PromotionApplier {
    let ctx: AdministrationContext
    let proposal: PromotionProposal
    let order: PromotionOrder

    func apply(force: Bool) throws -> PromotionResult {
        guard order.date >= proposal.yearStart else {
            throw JournalError.conflict(Phrase(
                ru: "дата приказа \(order.date.russian) раньше начала учебного года \(proposal.yearStart.russian)",
                en: "the order's date \(order.date.iso) is before the year began on \(proposal.yearStart.iso)"))
        }
        let forced = try settleEarlierPromotion(force: force)
        guard !proposal.lines.isEmpty else {
            throw JournalError.conflict(Phrase(ru: "на \(proposal.yearEnd.russian) в классах нет ни одного ученика: переводить некого",
                                               en: "no student is in a class on \(proposal.yearEnd.iso): nobody to promote"))
        }
        var classes = try ClassDirectory(ctx: ctx)
        let promotionID = try insertPromotion(forced: forced)
        let stays = try currentStays()
        for line in proposal.lines {
            guard let stay = stays[line.studentID] else { continue }
            try applyLine(line, stay: stay, promotionID: promotionID, classes: &classes)
        }
        return PromotionResult(order: order.text, orderNumber: order.number, effectiveDay: proposal.effectiveDay, counts: proposal.counts,
                               createdClasses: classes.created, forced: forced)
    }

    /// A promotion of this year already stands: refused, unless an admin
    /// forces a new one, which first undoes the standing one (audited).
    private func settleEarlierPromotion(force: Bool) throws -> Bool {
        guard let earlier = try PromotionQueries.standingPromotion(ctx.db, yearStart: proposal.yearStart) else { return false }
        guard force else {
            throw JournalError.conflict(Phrase(
                ru: "перевод за этот учебный год уже проведён по приказу \(earlier.order); повторить его может только администратор (--force)",
                en: "this year's promotion was already made by order \(earlier.order); only the administrator may repeat it (--force)"))
        }
        if let actor = ctx.actor, !Permissions.mayForcePromotion(actor.roleList) {
            throw JournalError.forbidden(Phrase(ru: "повторный перевод за год проводит только администратор",
                                                en: "only the administrator may promote a year a second time"))
        }
        try PromotionUndo(ctx: ctx).undo(promotion: earlier.id)
        return true
    }

    private func insertPromotion(forced: Bool) throws -> Int64 {
        try ctx.db.execute(sql: """
            INSERT INTO promotion (year_start, order_number, order_date, effective_day, applied_at, applied_by, forced)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [proposal.yearStart, order.number, order.date, proposal.effectiveDay, ctx.now, ctx.actor?.id, forced])
        let id = ctx.db.lastInsertedRowID
        var summary = proposal.counts.mapValues { Optional(String($0)) }
        summary["order"] = order.text
        summary["year_start"] = proposal.yearStart.iso
        summary["effective"] = proposal.effectiveDay.iso
        summary["forced"] = forced ? "1" : "0"
        try ctx.audit(AuditEntry(action: .insert, table: "promotion", rowID: id, new: summary))
        return id
    }

    /// Each student's stay covering the year's last day.
    private func currentStays() throws -> [StudentID: StayRow] {
        var stays: [StudentID: StayRow] = [:]
        for r in try Row.fetchAll(ctx.db, sql: """
            SELECT e.id, e.student_id, e.class_id, c.code, c.name, e.from_day, e.to_day, e.order_text
            FROM enrollment e JOIN class c ON c.id = e.class_id
            WHERE e.from_day <= :end AND (e.to_day IS NULL OR e.to_day >= :end)
            """, arguments: ["end": proposal.yearEnd]) {
            let stay = StayRow(id: r["id"], studentID: r["student_id"], classID: r["class_id"], classCode: r["code"],
                               className: r["name"], from: r["from_day"], to: r["to_day"], order: r["order_text"])
            stays[stay.studentID] = stay
        }
        return stays
    }

    private func applyLine(_ line: PromotionLine, stay: StayRow, promotionID: Int64, classes: inout ClassDirectory) throws {
        let effective = proposal.effectiveDay
        var newStay: Int64?
        var target: ClassID?
        if case .leave = line.decision {
            let note = "\(order.text)" + (PromotionRules.leavingGrades.contains(line.grade) ? ", окончил \(line.grade) класс" : "")
            try stay.end(ctx, lastDay: proposal.yearEnd, orderNote: note)
            try MembershipEnd.end(ctx, student: line.studentID, from: effective, partGroupsOf: nil)
        } else {
            let classID = try classes.target(of: line, current: stay.classID)
            try stay.end(ctx, lastDay: proposal.yearEnd, orderNote: nil)
            try StayRow.insert(ctx, student: line.studentID, class: classID, from: effective, to: nil, order: orderText(line))
            newStay = try Int64.fetchOne(ctx.db.cachedStatement(sql: "SELECT id FROM enrollment WHERE student_id = ? AND from_day = ?"),
                                         arguments: [line.studentID, effective])
            target = classID
            if classID != stay.classID {
                try MembershipEnd.end(ctx, student: line.studentID, from: effective, partGroupsOf: stay.classID)
            }
        }
        try ctx.db.cachedStatement(sql: """
            INSERT INTO promotion_line (promotion_id, student_id, decision, from_class_id, to_class_id, ended_stay_id,
                                        ended_stay_order, ended_stay_to, new_stay_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [promotionID, line.studentID, line.decision.storedKind, stay.classID, target, stay.id,
                                     stay.order, stay.to, newStay])
    }

    /// The order as the new stay keeps it, with what it decided.
    private func orderText(_ line: PromotionLine) -> String {
        switch line.decision {
        case .conditional: "\(order.text), условно переведён"
        case .keep: "\(order.text), оставлен на повторное обучение"
        default: "\(order.text), перевод"
        }
    }
}
