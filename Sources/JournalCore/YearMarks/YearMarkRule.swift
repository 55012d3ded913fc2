/// How the year mark is proposed from the period marks (a school setting,
/// `year_mark_rule`). The teacher confirms every proposal; the rule only
/// decides what is offered.
public enum YearMarkRule: String, CaseIterable, Sendable {
    /// The mean of the period marks, rounded as the school rounds final marks
    /// (`rounding`): 4, 4, 3, 4 → 3.75 → 4 at 0.5.
    case mean
    /// The mark of the last period that has a numeric mark: the schools that
    /// count the year by how it ended.
    case last

    public init(parsing text: String) throws {
        guard let rule = YearMarkRule(rawValue: text.trimmingSpaces.lowercased()) else {
            throw JournalError.invalidNumber(text)
        }
        self = rule
    }
}

/// The year mark proposed from a student's period marks in a subject, and the
/// итоговая of a graduating grade from the year and exam marks. Pure: the
/// hand-worked rules are in docs/promotion.md and tested on their own.
///
/// The non-numeric results, in this order:
/// - a period without a mark: no proposal (the year is not done);
/// - any н/а → н/а (the student was not assessed for part of the year);
/// - any незач → незач;
/// - numeric marks → the rule over the numeric marks (зач and осв periods
///   among them are left out);
/// - otherwise any зач → зач (a pass/fail subject, periods of осв left out);
/// - every period осв → осв.
public enum YearMarkProposal {
    /// The grades whose year ends with exams and an итоговая отметка.
    public static let graduatingGrades: Set<Int> = [9, 11]

    /// `periodMarks`: one value per marking period of the class, in order;
    /// nil where the period has no final mark.
    public static func yearMark(_ periodMarks: [FinalMarkValue?], rule: YearMarkRule,
                                rounding: RoundingRule) -> FinalMarkValue? {
        guard !periodMarks.isEmpty else { return nil }
        let marks = periodMarks.compactMap { $0 }
        guard marks.count == periodMarks.count else { return nil }
        if marks.contains(.notAssessed) { return .notAssessed }
        if marks.contains(.failed) { return .failed }
        let numbers = marks.compactMap(\.numericValue)
        if !numbers.isEmpty {
            switch rule {
            case .mean: return .mark(rounding.round(numerator: numbers.reduce(0, +), denominator: numbers.count))
            case .last: return .mark(numbers[numbers.count - 1])
            }
        }
        if marks.contains(.passed) { return .passed }
        return .exempt
    }

    /// The итоговая отметка of a graduating grade: the year mark where there
    /// was no exam in the subject; with an exam, the mean of the year and the
    /// exam marks rounded mathematically (x.5 up: 4 and 3 → 4), as the
    /// attestation orders put it. A year mark that is not a number (н/а, зач,
    /// незач, осв) stays what it is. No year mark: no proposal.
    public static func overallMark(year: FinalMarkValue?, exam: FinalMarkValue?) -> FinalMarkValue? {
        guard let year else { return nil }
        guard let yearNumber = year.numericValue else { return year }
        guard let exam else { return year }
        guard let examNumber = exam.numericValue else { return exam == .notAssessed ? .notAssessed : year }
        return .mark(RoundingRule.halfUp.round(numerator: yearNumber + examNumber, denominator: 2))
    }

    /// A year mark that is an academic debt (академическая задолженность):
    /// 2 (or 1), н/а or незач.
    public static func isDebt(_ value: FinalMarkValue) -> Bool {
        switch value {
        case .mark(let number): number <= 2
        case .notAssessed, .failed: true
        case .passed, .exempt: false
        }
    }
}

/// The columns of a graduating grade beside the year mark.
public enum GraduationMarkKind: String, CaseIterable, Sendable {
    /// Экзаменационная отметка.
    case exam
    /// Итоговая отметка (goes into the certificate).
    case overall
}
