import GRDB
import JournalCore

/// A final mark of the period with where its student stands at the period's
/// end, for «Успеваемость и качество» and the final-mark remarks.
public struct FinalMarkFact: Hashable, Sendable {
    public var student: StudentStanding
    public var subjectID: SubjectID
    public var value: FinalMarkValue
    public var enteredAt: SchoolTime
    public var enteredBy: AccountID?
}

extension AppDatabase {
    /// The period's final marks entered by as of, of students enrolled in it.
    /// A teacher's request keeps the classes and subjects they taught in it.
    public func finalMarkFacts(_ scope: ReportScope, period: PeriodID, periodName: String,
                               by requester: Requester) throws -> [FinalMarkFact] {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Успеваемость и качество", en: "Progress"))
            let facts = try FinalMarkSQL.facts(db, scope, period: period)
            guard !facts.isEmpty else {
                throw JournalError.notFound(Phrase(ru: "итоговые отметки за период «\(periodName)» (их ещё не выставляли)",
                                                   en: "final marks of the period \"\(periodName)\" (none set yet)"))
            }
            return facts
        }
    }
}

enum FinalMarkSQL {
    static func facts(_ db: Database, _ scope: ReportScope, period: PeriodID) throws -> [FinalMarkFact] {
        let standings = try ReportFactSQL.standings(db, scope)
        var taught: Set<[Int64]>?
        if scope.teacherID != nil {
            taught = Set(try Row.fetchAll(db, sql: """
                SELECT DISTINCT ifnull(l.class_id, 0) AS c, l.subject_id FROM lesson l
                WHERE l.day BETWEEN :from AND :to AND \(ReportScope.lessonFilter)
                """, arguments: scope.arguments).map { [$0["c"], $0["subject_id"]] })
        }
        var arguments = scope.arguments
        arguments += ["period": period]
        // A cursor read by column position: a quarter of a big school has 5·10⁴ final marks.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT student_id, subject_id, value, entered_at, entered_by FROM final_mark
            WHERE period_id = :period AND entered_at <= :asOf AND (:subject IS NULL OR subject_id = :subject)
            """, arguments: arguments)
        var facts: [FinalMarkFact] = []
        // The few texts a school writes («5», «н/а», «зач»), each parsed once: parsing lowercases.
        var parsed: [String: FinalMarkValue?] = [:]
        func value(_ text: String) -> FinalMarkValue? {
            if let known = parsed[text] { return known }
            let value = try? FinalMarkValue(parsing: text)
            parsed[text] = .some(value)
            return value
        }
        while let r = try rows.next() {
            guard let standing = standings[StudentID(r[0] as Int64)], scope.classID == nil || scope.classID == standing.classID,
                  let value = value(r[2]) else { continue }
            let subject = SubjectID(r[1] as Int64)
            if let taught, !taught.contains([standing.classID.rawValue, subject.rawValue]) { continue }
            facts.append(FinalMarkFact(student: standing, subjectID: subject, value: value, enteredAt: SchoolTime(seconds: Int(r[3] as Int64)),
                                       enteredBy: (r[4] as Int64?).map(AccountID.init)))
        }
        return facts
    }
}
