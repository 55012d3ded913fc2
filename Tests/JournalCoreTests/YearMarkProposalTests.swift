import JournalCore
import Testing

/// The year mark proposed from the period marks, worked by hand for each kind
/// of value, and the итоговая of a graduating grade.
@Suite struct YearMarkProposalTests {
    let half = RoundingRule.halfUp
    func propose(_ marks: [FinalMarkValue?], _ rule: YearMarkRule = .mean, _ rounding: RoundingRule = .halfUp) -> FinalMarkValue? {
        YearMarkProposal.yearMark(marks, rule: rule, rounding: rounding)
    }

    @Test func theMeanOfThePeriodsIsRoundedAsTheSchoolRounds() throws {
        #expect(propose([.mark(4), .mark(4), .mark(3), .mark(4)]) == .mark(4))   // 3.75
        #expect(propose([.mark(4), .mark(3), .mark(3), .mark(4)]) == .mark(4))   // 3.5 at 0.5 → 4
        #expect(propose([.mark(4), .mark(3), .mark(3), .mark(4)], .mean, try RoundingRule(thresholdHundredths: 60)) == .mark(3))
        #expect(propose([.mark(5), .mark(2)]) == .mark(4))                       // half-years: 3.5 → 4
        #expect(propose([.mark(3), .mark(2), .mark(2)]) == .mark(2))             // 2.33
    }

    @Test func theLastPeriodRuleTakesTheLastNumericMark() {
        #expect(propose([.mark(5), .mark(5), .mark(5), .mark(3)], .last) == .mark(3))
        #expect(propose([.mark(3), .mark(4), .exempt], .last) == .mark(4))
    }

    @Test func aPeriodWithoutAMarkLeavesTheYearWithoutAProposal() {
        #expect(propose([.mark(4), nil, .mark(5), .mark(5)]) == nil)
        #expect(propose([]) == nil)
    }

    @Test func nonNumericResultsFollowTheirOwnRules() {
        #expect(propose([.mark(5), .notAssessed, .mark(5), .mark(5)]) == .notAssessed)
        #expect(propose([.passed, .passed, .passed, .passed]) == .passed)
        #expect(propose([.passed, .failed, .passed, .passed]) == .failed)
        #expect(propose([.exempt, .exempt]) == .exempt)
        #expect(propose([.exempt, .mark(4), .mark(5), .mark(5)]) == .mark(5))   // осв left out: 4.67
        #expect(propose([.exempt, .passed, .passed]) == .passed)
        #expect(propose([.failed, .notAssessed]) == .notAssessed)
    }

    @Test func theOverallMarkIsTheMeanOfYearAndExamRoundedHalfUp() {
        #expect(YearMarkProposal.overallMark(year: .mark(4), exam: .mark(3)) == .mark(4))
        #expect(YearMarkProposal.overallMark(year: .mark(4), exam: .mark(2)) == .mark(3))
        #expect(YearMarkProposal.overallMark(year: .mark(5), exam: nil) == .mark(5))
        #expect(YearMarkProposal.overallMark(year: .passed, exam: nil) == .passed)
        #expect(YearMarkProposal.overallMark(year: .mark(4), exam: .notAssessed) == .notAssessed)
        #expect(YearMarkProposal.overallMark(year: nil, exam: .mark(5)) == nil)
    }

    @Test func debtsAreTwoNotAssessedAndFailed() {
        #expect([FinalMarkValue.mark(2), .mark(1), .notAssessed, .failed].allSatisfy(YearMarkProposal.isDebt))
        #expect(![FinalMarkValue.mark(3), .passed, .exempt].contains(where: YearMarkProposal.isDebt))
    }

    @Test func theRuleIsASchoolSetting() throws {
        var settings = SchoolSettings()
        #expect(settings.yearMarkRule == .mean)
        try settings.set(.yearMarkRule, to: "last")
        #expect(settings.yearMarkRule == .last && settings.text(of: .yearMarkRule) == "last")
        #expect(throws: JournalError.self) { try settings.set(.yearMarkRule, to: "median") }
    }

    @Test func classNamesGoUpOneGrade() {
        #expect(PromotionRules.nextClassName("5А", grade: 5) == "6А")
        #expect(PromotionRules.nextClassName("10 Б", grade: 10) == "11 Б")
        #expect(PromotionRules.nextClassName("11А", grade: 11) == nil)
        #expect(PromotionRules.nextClassName("Коррекционный", grade: 7) == "8 Коррекционный")
    }
}
