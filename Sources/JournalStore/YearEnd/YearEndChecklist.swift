import JournalCore

/// What still stops the academic year from closing (issue 16, «Закрытие
/// года»): one line per class (or group) × subject, per period or per КТП,
/// each with the place where it is fixed.
public struct YearEndChecklist: Hashable, Sendable {
    public var academicYear: String
    /// The day the checklist is computed for: today, or the year's last day once it is over.
    public var asOf: SchoolDate
    /// The «last weeks» whose lessons must have entries: the last two school
    /// weeks (Monday to Sunday) up to `asOf`.
    public var lastWeeksFrom: SchoolDate
    public var lastWeeksTo: SchoolDate
    public var items: [YearEndItem]
    /// Nil while the year is open.
    public var closing: YearClosingState?

    public init(academicYear: String, asOf: SchoolDate, lastWeeksFrom: SchoolDate, lastWeeksTo: SchoolDate, items: [YearEndItem], closing: YearClosingState?) {
        self.academicYear = academicYear
        self.asOf = asOf
        self.lastWeeksFrom = lastWeeksFrom
        self.lastWeeksTo = lastWeeksTo
        self.items = items
        self.closing = closing
    }

    public var isEmpty: Bool { items.isEmpty }

    /// How many lines of each kind, in the order of `YearEndItemKind.allCases`.
    public var counts: [(kind: YearEndItemKind, lines: Int)] {
        YearEndItemKind.allCases.map { kind in (kind, items.count { $0.kind == kind }) }
    }
}

public enum YearEndItemKind: String, CaseIterable, Hashable, Sendable {
    /// Students without a year mark in a subject of their curriculum.
    case yearMarks = "year_marks"
    /// Students without a final mark of a period (quarter, half, trimester).
    case periodMarks = "period_marks"
    /// A period the deputy has not closed yet.
    case openPeriod = "open_period"
    /// Lessons of the last weeks with nothing written: no topic, no mark, no
    /// attendance, not marked held.
    case emptyLessons = "empty_lessons"
    /// A КТП whose hours disagree with the curriculum, or that is missing.
    case planHours = "plan_hours"

    public var title: Phrase {
        switch self {
        case .yearMarks: Phrase(ru: "нет годовой отметки", en: "no year mark")
        case .periodMarks: Phrase(ru: "нет итоговой за период", en: "no period mark")
        case .openPeriod: Phrase(ru: "период не закрыт", en: "period not closed")
        case .emptyLessons: Phrase(ru: "пустые уроки последних недель", en: "empty lessons of the last weeks")
        case .planHours: Phrase(ru: "часы КТП", en: "plan hours")
        }
    }

    /// The short word of the list's first column.
    public var shortTitle: Phrase {
        switch self {
        case .yearMarks: Phrase(ru: "годовая", en: "year")
        case .periodMarks: Phrase(ru: "итоговая", en: "period")
        case .openPeriod: Phrase(ru: "период", en: "period")
        case .emptyLessons: Phrase(ru: "уроки", en: "lessons")
        case .planHours: Phrase(ru: "КТП", en: "plan")
        }
    }
}

/// Where a checklist line is put right.
public enum YearEndPlace: Hashable, Sendable {
    /// The grid of a class or group × subject on a day of the period (the
    /// period's final marks are one key away there); `lesson` puts the cursor
    /// on the first empty lesson.
    case grid(ClassOrGroup, subject: SubjectID, day: SchoolDate, lesson: LessonID?)
    /// «Календарь и периоды», where periods are closed.
    case calendar(period: PeriodID)
    /// «Учебный план и КТП».
    case plan(PlanUnit)
}

public struct YearEndItem: Hashable, Sendable {
    public var kind: YearEndItemKind
    /// «5А», «5А · гр. 1», or the period's name for `openPeriod`.
    public var ownerName: String
    public var subjectName: String?
    public var periodName: String?
    /// Students without the mark, empty lessons, or the КТП's hours.
    public var count: Int
    /// The curriculum's hours for a КТП line; the first empty day for lessons.
    public var expected: Int?
    public var firstDay: SchoolDate?
    public var planStatus: PlanCheckStatus?
    public var place: YearEndPlace

    public init(kind: YearEndItemKind, ownerName: String, subjectName: String? = nil, periodName: String? = nil, count: Int,
                expected: Int? = nil, firstDay: SchoolDate? = nil, planStatus: PlanCheckStatus? = nil, place: YearEndPlace) {
        self.kind = kind
        self.ownerName = ownerName
        self.subjectName = subjectName
        self.periodName = periodName
        self.count = count
        self.expected = expected
        self.firstDay = firstDay
        self.planStatus = planStatus
        self.place = place
    }

    /// The line in full, as `year check` prints it and the screen shows it.
    public func text(in language: Language) -> String {
        let ru = language == .ru
        let what = [ownerName, subjectName, periodName].compactMap { $0 }.joined(separator: " · ")
        switch kind {
        case .yearMarks:
            return what + (ru ? ": без годовой отметки — \(count) уч." : ": \(count) students without a year mark")
        case .periodMarks:
            return what + (ru ? ": без итоговой отметки — \(count) уч." : ": \(count) students without a final mark")
        case .openPeriod:
            return ru ? "Период «\(ownerName)» не закрыт" : "Period \"\(ownerName)\" is not closed"
        case .emptyLessons:
            let first = firstDay.map { ru ? ", первый \($0.russian)" : ", first \($0.russian)" } ?? ""
            return what + (ru ? ": уроков без записей — \(count)\(first)" : ": \(count) lessons with nothing written\(first)")
        case .planHours:
            let status = planStatus?.title.text(in: language) ?? ""
            let hours = expected.map { ru ? " (в КТП \(count) ч, по учебному плану \($0) ч)" : " (plan \(count) h, curriculum \($0) h)" } ?? ""
            return what + ": " + status + hours
        }
    }
}

/// The year's closing as recorded.
public struct YearClosingState: Hashable, Sendable {
    public var closedAt: SchoolTime
    /// The full name of who closed it; nil for the server operator.
    public var closedBy: String?
    public var forced: Bool
    public var openItems: Int

    public init(closedAt: SchoolTime, closedBy: String?, forced: Bool, openItems: Int) {
        self.closedAt = closedAt
        self.closedBy = closedBy
        self.forced = forced
        self.openItems = openItems
    }
}
