import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import Testing

/// «Перевод учащихся» without a database: finding by typing, cycling a line's
/// decision (the line stays found), the counts and the changed lines.
@Suite struct PromotionStateTests {
    static func line(_ id: Int64, _ name: String, _ className: String, _ grade: Int, debts: [String] = []) -> PromotionLine {
        PromotionLine(studentID: StudentID(id), studentCode: "s\(id)", login: nil, fullName: name, className: className, grade: grade,
                      debts: debts)
    }

    func state() -> PromotionState {
        let end = SchoolDate(year: 2027, month: 5, day: 31)!
        return PromotionState(proposal: PromotionProposal(yearStart: SchoolDate(year: 2026, month: 9, day: 1)!, yearEnd: end, earlierOrder: nil,
                                                           lines: [Self.line(1, "Андреев Илья", "5А", 5),
                                                                   Self.line(2, "Борисова Ольга", "5А", 5, debts: ["Математика"]),
                                                                   Self.line(3, "Юдина Ксения", "11А", 11)]))
    }

    @Test func typingFindsByNameClassAndProposalAndTheCycledLineStays() {
        var s = state()
        #expect(s.summary(.ru) == "переводятся 1 · условно 1 · остаются 0 · выбывают 1")
        for character in "условно" { _ = s.type(.character(character)) }
        #expect(s.visible == [1] && s.selectedLine?.fullName == "Борисова Ольга")
        #expect(s.cycleSelected()?.decision == .promote)
        #expect(s.cycleSelected()?.decision == .keep)
        #expect(s.visible == [1] && s.changedCount == 1)
        #expect(s.summary(.ru) == "переводятся 1 · условно 0 · остаются 1 · выбывают 1")
        _ = s.clearSearch()
        for character in "11а" { _ = s.type(.character(character)) }
        #expect(s.visible == [2])
        #expect(s.cycleSelected()?.decision == .keep && s.cycleSelected()?.decision == .leave)
    }

    @Test func aDecisionIsColouredByItsMeaning() {
        #expect(PromotionDecision.conditional.styleRole == .warning && PromotionDecision.keep.styleRole == .markFailing)
        #expect(PromotionDecision.leave.styleRole == .dim && PromotionDecision.promote.styleRole == .normal)
    }
}
