import JournalCore

/// The indicators of readiness.md, in its order. The raw values are the keys of
/// the JSON report and of profile files, and never change.
public enum IndicatorKey: String, CaseIterable, Sendable, Codable, Comparable {
    case scheduleFill = "schedule_fill"
    case planning
    case journal
    case parentAccounts = "parent_accounts"
    case activatedAccounts = "activated_accounts"
    case uniqueLogins = "unique_logins"
    case onTime = "on_time"

    /// The name the regions' regulations use.
    public var title: Phrase {
        switch self {
        case .scheduleFill: Phrase(ru: "Степень наполненности расписания", en: "Timetable filled")
        case .planning: Phrase(ru: "Ведение планирования", en: "Planning kept")
        case .journal: Phrase(ru: "Ведение журнала", en: "Journal kept")
        case .parentAccounts: Phrase(ru: "Доля родителей", en: "Parent accounts")
        case .activatedAccounts: Phrase(ru: "Активированные аккаунты", en: "Activated accounts")
        case .uniqueLogins: Phrase(ru: "Уникальные входы", en: "Unique sign-ins")
        case .onTime: Phrase(ru: "Своевременное ведение журнала", en: "Journal kept on time")
        }
    }

    /// A short heading for narrow tables (the weekly series).
    public var shortTitle: Phrase {
        switch self {
        case .scheduleFill: Phrase(ru: "Распис.", en: "Timet.")
        case .planning: Phrase(ru: "План.", en: "Plan.")
        case .journal: Phrase(ru: "Журнал", en: "Journal")
        case .parentAccounts: Phrase(ru: "Родит.", en: "Parents")
        case .activatedAccounts: Phrase(ru: "Актив.", en: "Activ.")
        case .uniqueLogins: Phrase(ru: "Входы", en: "Sign-ins")
        case .onTime: Phrase(ru: "Вовремя", en: "On time")
        }
    }

    /// Indicators that are sums over counted lessons.
    public var isLessonBased: Bool {
        self == .planning || self == .journal || self == .onTime
    }

    /// The breakdowns that mean something for this indicator: lesson indicators
    /// split by class, teacher and subject; timetable and parents by class only;
    /// accounts and sign-ins are the school's as a whole.
    public var breakdowns: [BreakdownDimension] {
        if isLessonBased { return BreakdownDimension.allCases }
        if self == .scheduleFill || self == .parentAccounts { return [.schoolClass] }
        return []
    }

    public static func < (lhs: IndicatorKey, rhs: IndicatorKey) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// `schedule_fill, planning, ...`, for messages that list what is allowed.
    public static var keyList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How a drill-down splits an indicator.
public enum BreakdownDimension: String, CaseIterable, Sendable, Codable {
    case schoolClass = "class"
    case teacher
    case subject

    public var title: Phrase {
        switch self {
        case .schoolClass: Phrase(ru: "класс", en: "class")
        case .teacher: Phrase(ru: "учитель", en: "teacher")
        case .subject: Phrase(ru: "предмет", en: "subject")
        }
    }
}
