import GRDB
import JournalCore

/// The whole move zhurnal proposes at the year's end: every student in a
/// class on the year's last day, with the decision the rules propose.
public struct PromotionProposal: Sendable {
    /// The academic year's first and last days (the periods' span).
    public let yearStart: SchoolDate
    public let yearEnd: SchoolDate
    /// The day the new stays begin: the day after the year's last day.
    public var effectiveDay: SchoolDate { yearEnd.adding(days: 1) }
    /// The order of a promotion of this year already applied, if any.
    public let earlierOrder: String?
    public var lines: [PromotionLine]

    public init(yearStart: SchoolDate, yearEnd: SchoolDate, earlierOrder: String?, lines: [PromotionLine]) {
        self.yearStart = yearStart
        self.yearEnd = yearEnd
        self.earlierOrder = earlierOrder
        self.lines = lines
    }

    /// Changes the decision of the student named by `who` (code or login).
    public mutating func change(_ who: String, to decision: PromotionDecision) throws {
        let key = who.trimmingSpaces
        guard let index = lines.firstIndex(where: { $0.studentCode == key })
                ?? lines.firstIndex(where: { $0.login == key }) else {
            throw JournalError.notFound(Phrase(ru: "ученик «\(key)» среди переводимых", en: "student \"\(key)\" among those promoted"))
        }
        lines[index].decision = decision
    }

    /// How many lines take each decision kind (`promote`, `conditional`, …).
    public var counts: [String: Int] {
        Dictionary(grouping: lines, by: \.decision.storedKind).mapValues(\.count)
    }
}

extension AppDatabase {
    /// The promotion proposal, for the secretary and the admin.
    public func promotionProposal(by requester: Requester) throws -> PromotionProposal {
        try read { db in
            try AccessCheck.require(requester, db, refusal: PromotionQueries.refusal, Permissions.mayPromoteStudents)
            return try PromotionQueries.proposal(db)
        }
    }
}

enum PromotionQueries {
    static let refusal = Phrase(ru: "перевод учащихся по приказу проводит секретарь или администратор",
                                en: "only the secretary or the administrator promotes students by order")

    static func yearSpan(_ db: Database) throws -> (start: SchoolDate, end: SchoolDate) {
        guard let row = try Row.fetchOne(db, sql: "SELECT min(start_day), max(end_day) FROM current_period"),
              let first = row[0] as SchoolDate?, let last = row[1] as SchoolDate? else {
            throw JournalError.notFound(Phrase(ru: "учебный год (нет ни одного периода)", en: "academic year (no periods)"))
        }
        return (first, last)
    }

    /// The order of the promotion of the year beginning `start` that stands.
    static func standingPromotion(_ db: Database, yearStart: SchoolDate) throws -> (id: Int64, order: String)? {
        try Row.fetchOne(db, sql: """
            SELECT id, order_number, order_date FROM promotion WHERE year_start = ? AND undone = 0 ORDER BY id DESC LIMIT 1
            """, arguments: [yearStart]).map { row in
            let date: SchoolDate = row["order_date"]
            return (row["id"], "№ \(row["order_number"] as String) от \(date.russian)")
        }
    }

    static func proposal(_ db: Database) throws -> PromotionProposal {
        let year = try yearSpan(db)
        let debts = try debtsByStudent(db)
        let lines = try Row.fetchAll(db, sql: """
            SELECT s.id, s.code, s.full_name, a.login, c.name AS class_name, c.grade
            FROM enrollment e JOIN student s ON s.id = e.student_id JOIN class c ON c.id = e.class_id
                LEFT JOIN account a ON a.id = s.account_id
            WHERE e.from_day <= :end AND (e.to_day IS NULL OR e.to_day >= :end)
            ORDER BY c.grade, c.name, s.full_name
            """, arguments: ["end": year.end]).map { row in
            let id: StudentID = row["id"]
            return PromotionLine(studentID: id, studentCode: row["code"], login: row["login"], fullName: row["full_name"],
                                 className: row["class_name"], grade: row["grade"], debts: debts[id] ?? [])
        }
        return PromotionProposal(yearStart: year.start, yearEnd: year.end,
                                 earlierOrder: try standingPromotion(db, yearStart: year.start)?.order, lines: lines)
    }

    /// Subjects whose year mark is a debt (2 or 1, н/а, незач), by student.
    private static func debtsByStudent(_ db: Database) throws -> [StudentID: [String]] {
        var debts: [StudentID: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT fm.student_id, s.name FROM final_mark fm JOIN current_period p ON p.id = fm.period_id AND p.kind = 'year'
                JOIN subject s ON s.id = fm.subject_id
            WHERE fm.value IN ('1', '2', 'н/а', 'незач') ORDER BY s.name
            """) {
            debts[row["student_id"], default: []].append(row["name"])
        }
        return debts
    }
}
