import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The promotion by order on a small school: 5А (with a debtor) and 6А go up,
/// 9А and 11А leave; the secretary keeps one student back; the whole move is
/// one transaction written into the class histories with the order, audited;
/// a second promotion of the year is refused unless the admin forces it.
@Suite struct PromotionTests {
    let db: AppDatabase
    let today = JournalSchool.wednesday
    let secretary: Requester
    var yearEnd: SchoolDate { today.adding(days: 60) }
    var effective: SchoolDate { today.adding(days: 61) }
    var order: PromotionOrder { get throws { try PromotionOrder(number: "12", date: today.adding(days: 55)) } }

    init() throws {
        var school = GroupSchool.snapshot(today: today)
        let start = today.adding(days: -60)
        school.classes += [SchoolClass(code: "9a", name: "9А", grade: 9, homeroomLogin: nil),
                           SchoolClass(code: "11a", name: "11А", grade: 11, homeroomLogin: nil)]
        school.enrol(Student(code: "s20", fullName: "Ершов Антон Ильич", login: nil), in: "9a", from: start)
        school.enrol(Student(code: "s30", fullName: "Юдина Ксения Олеговна", login: nil), in: "11a", from: start)
        school.finalMarks.append(FinalMark(studentCode: "s2", subjectCode: "math", periodCode: "year", value: .mark(2),
                                           enteredAt: SchoolTime(date: today, time: TimeOfDay(text: "09:00")!), enteredBy: "ivanova"))
        db = try AppDatabase.inMemory(clock: JournalSchool.clock(today, "12:30"))
        try db.load(school, options: LoadOptions(source: "test"))
        secretary = .user(try #require(try db.actingUser(login: "secretary")))
    }

    func auditCount(_ table: String) throws -> Int {
        try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = ?", arguments: [table]) ?? 0 }
    }

    func decision(_ proposal: PromotionProposal, _ code: String) -> PromotionDecision? {
        proposal.lines.first { $0.studentCode == code }?.decision
    }

    @Test func theProposalMovesEachClassUpLetsGraduatesGoAndMakesTheDebtorConditional() throws {
        let proposal = try db.promotionProposal(by: secretary)
        #expect(proposal.yearEnd == yearEnd && proposal.effectiveDay == effective && proposal.earlierOrder == nil)
        #expect(proposal.lines.count == 10)   // 5А's seven (Шилов left), 6А's Жуков, 9А, 11А
        let s1 = try #require(proposal.lines.first { $0.studentCode == "s1" })
        #expect(s1.decision == .promote && s1.targetClassName == "6А")
        let s2 = try #require(proposal.lines.first { $0.studentCode == "s2" })
        #expect(s2.decision == .conditional && s2.debts == ["Математика"] && s2.targetClassName == "6А")
        #expect(proposal.lines.first { $0.studentCode == "s9" }?.targetClassName == "7А")
        #expect(decision(proposal, "s20") == .leave && decision(proposal, "s30") == .leave)
        #expect(proposal.lines.first { $0.studentCode == "s30" }?.choices == [.leave, .keep])
    }

    @Test func applyingWritesEveryClassHistoryWithTheOrderInOneAuditedMove() throws {
        let result = try db.applyPromotion(order: try order, changes: [("s3", .keep)], by: secretary)
        let text = "№ 12 от \(today.adding(days: 55).russian)"
        #expect(result.createdClasses == ["7А"] && result.counts["keep"] == 1 && result.counts["leave"] == 2)
        #expect(try db.classHistory(of: "s1", by: secretary).last == Enrollment(studentCode: "s1", classCode: "6a", from: effective,
                                                                               order: "\(text), перевод"))
        #expect(try db.classHistory(of: "s1", by: secretary).dropLast().last?.to == yearEnd)
        #expect(try db.classHistory(of: "s2", by: secretary).last?.order == "\(text), условно переведён")
        #expect(try db.classHistory(of: "s3", by: secretary).last == Enrollment(studentCode: "s3", classCode: "5a", from: effective,
                                                                               order: "\(text), оставлен на повторное обучение"))
        let graduate = try db.classHistory(of: "s30", by: secretary)
        #expect(graduate.count == 1 && graduate[0].to == yearEnd && graduate[0].order == "выбытие: \(text), окончил 11 класс")
        let sevenA = try db.writer.read { try String.fetchOne($0, sql: "SELECT code FROM class WHERE name = '7А'") }
        #expect(try db.classHistory(of: "s9", by: secretary).last?.classCode == sevenA)
        #expect(try auditCount("promotion") == 1 && auditCount("class") == 1)
        #expect(try auditCount("enrollment") == 10 + 8)   // every stay ended, the eight staying gain a new one
        let lines = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM promotion_line") }
        #expect(lines == 10)
    }

    @Test func aSecondPromotionOfTheYearIsRefusedAndOnlyTheAdminMayForceIt() throws {
        try db.applyPromotion(order: try order, by: secretary)
        let first = try db.classHistory(of: "s1", by: secretary)
        let again = try PromotionOrder(number: "13", date: today.adding(days: 56))
        #expect(throws: JournalError.conflict(Phrase(
            ru: "перевод за этот учебный год уже проведён по приказу № 12 от \(today.adding(days: 55).russian); повторить его может только администратор (--force)",
            en: "this year's promotion was already made by order № 12 от \(today.adding(days: 55).russian); only the administrator may repeat it (--force)"))) {
            try db.applyPromotion(order: again, by: secretary)
        }
        #expect(throws: JournalError.forbidden(Phrase(ru: "повторный перевод за год проводит только администратор",
                                                       en: "only the administrator may promote a year a second time"))) {
            try db.applyPromotion(order: again, force: true, by: secretary)
        }
        #expect(try db.classHistory(of: "s1", by: secretary) == first)
        #expect(try db.promotionProposal(by: secretary).earlierOrder == "№ 12 от \(today.adding(days: 55).russian)")
        let admin = Requester.user(try #require(try db.actingUser(login: "admin")))
        try db.applyPromotion(order: again, changes: [("s1", .keep)], force: true, by: admin)
        let history = try db.classHistory(of: "s1", by: secretary)
        #expect(history.count == 2 && history[1].classCode == "5a" && history[1].order?.hasPrefix("№ 13") == true)
        #expect(try auditCount("promotion") == 3)   // the first, its undoing, the forced one
        let forced = try db.writer.read { try Bool.fetchOne($0, sql: "SELECT forced FROM promotion WHERE undone = 0") }
        #expect(forced == true)
    }

    /// A school replaced after its promotion (import --replace) leaves no
    /// promotion or graduation mark pointing at students that are gone.
    @Test func aReplacedSchoolTakesItsPromotionAndGraduationMarksAlong() throws {
        try db.applyPromotion(order: try order, by: secretary)
        let admin = try #require(try db.actingUser(login: "admin"))
        try db.setGraduationMark(student: StudentID(1), subject: SubjectID(1), yearPeriod: PeriodID(3), kind: .exam, value: .mark(4),
                                 by: admin)
        try db.load(GroupSchool.snapshot(today: today), options: LoadOptions(replace: true, source: "test"))
        let left = try db.writer.read { db in
            try ["promotion", "promotion_line", "graduation_mark"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1 }
        }
        #expect(left == [0, 0, 0])
        #expect(try db.promotionProposal(by: .serverOperator).earlierOrder == nil)
    }

    /// An exam mark belongs to its «Учебный год»: the same student, subject
    /// and kind may have another in a later year (the 9th grade's and the
    /// 11th's), and each year's marks screen reads its own.
    @Test func graduationMarksAreKeptPerAcademicYear() throws {
        let admin = try #require(try db.actingUser(login: "admin"))
        try db.setGraduationMark(student: StudentID(1), subject: SubjectID(1), yearPeriod: PeriodID(3), kind: .exam, value: .mark(4),
                                 by: admin)
        try db.writer.write { db in
            try db.execute(sql: """
                INSERT INTO period (code, name, kind, start_day, end_day, academic_year) VALUES ('year-next', 'Следующий год', 'year', ?, ?, 'next')
                """, arguments: [effective, effective.adding(days: 270)])
            try db.execute(sql: """
                INSERT INTO graduation_mark (student_id, subject_id, kind, year_period_id, value, entered_at)
                VALUES (1, 1, 'exam', ?, '5', 0)
                """, arguments: [db.lastInsertedRowID])
        }
        let marks = try db.yearMarks(.wholeClass(ClassID(1)), subject: SubjectID(1), yearPeriod: PeriodID(3), by: admin)
        #expect(marks.exam[StudentID(1)] == .mark(4))
    }

    @Test func noOrderNumberNoPromotionAndOnlyTheSecretaryOrAdminPromote() throws {
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "номер приказа о переводе (--order)", en: "number of the promotion order (--order)"))) {
            _ = try PromotionOrder(number: "  ", date: today)
        }
        let teacher = Requester.user(try #require(try db.actingUser(login: "ivanova")))
        #expect(throws: JournalError.forbidden(PromotionQueries.refusal)) { try db.applyPromotion(order: try order, by: teacher) }
        #expect(throws: JournalError.forbidden(PromotionQueries.refusal)) { _ = try db.promotionProposal(by: teacher) }
        #expect(throws: JournalError.notFound(Phrase(ru: "ученик «s99» среди переводимых", en: "student \"s99\" among those promoted"))) {
            try db.applyPromotion(order: try order, changes: [("s99", .keep)], by: secretary)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "класс «10Я» (перевод ученика Ершов Антон Ильич)",
                                                     en: "class \"10Я\" (promotion of Ершов Антон Ильич)"))) {
            try db.applyPromotion(order: try order, changes: [("s20", .move(className: "10Я"))], by: secretary)
        }
        #expect(try auditCount("promotion") == 0 && auditCount("enrollment") == 0)
    }
}
