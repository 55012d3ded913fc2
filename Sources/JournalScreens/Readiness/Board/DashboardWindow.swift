import JournalCore
import ReadinessMetrics

/// The windows the dashboard offers. F3 goes round the first four; F4 asks for
/// dates. Each resolves exactly as the matching `zhurnal report readiness`
/// options do (`reportOptions`), so the two show the same numbers.
public enum DashboardWindow: Hashable, Sendable {
    /// Monday of this week to today.
    case thisWeek
    /// The last complete week, Monday to Sunday.
    case lastWeek
    /// The current period (the quarter) from its start to today: the report's default.
    case currentPeriod
    /// The whole academic year (`--period year`).
    case academicYear
    case custom(from: SchoolDate, to: SchoolDate)

    /// F3's round.
    public static let cycle: [DashboardWindow] = [.thisWeek, .lastWeek, .currentPeriod, .academicYear]

    /// The next window of F3's round; from custom dates, the first.
    var next: DashboardWindow {
        guard let index = Self.cycle.firstIndex(of: self) else { return Self.cycle[0] }
        return Self.cycle[(index + 1) % Self.cycle.count]
    }

    /// The dates for a report as of `asOf`.
    public func resolve(periods: [Period], asOf: SchoolTime) throws -> ReadinessWindow {
        try choice(asOf: asOf).resolve(periods: periods, asOf: asOf)
    }

    /// The `report readiness` options for the same window.
    public func choice(asOf: SchoolTime) -> WindowChoice {
        let monday = asOf.date.mondayOfWeek
        switch self {
        case .thisWeek: return WindowChoice(from: monday, to: asOf.date)
        case .lastWeek: return WindowChoice(from: monday.adding(days: -7), to: monday.adding(days: -1))
        case .currentPeriod: return WindowChoice()
        case .academicYear: return WindowChoice(periodCode: WindowChoice.wholeYearCode)
        case .custom(let from, let to): return WindowChoice(from: from, to: to)
        }
    }

    /// The arguments that make `zhurnal report readiness` compute this window.
    public func reportOptions(asOf: SchoolTime) -> [String] {
        let choice = choice(asOf: asOf)
        var options: [String] = []
        if let code = choice.periodCode { options += ["--period", code] }
        if let from = choice.from { options += ["--from", from.iso] }
        if let to = choice.to { options += ["--to", to.iso] }
        return options
    }

    /// «эта неделя», «1 четверть», «учебный год».
    func title(resolved window: ReadinessWindow, periods: [Period], language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .thisWeek: return ru ? "эта неделя" : "this week"
        case .lastWeek: return ru ? "прошлая неделя" : "last week"
        case .currentPeriod:
            let length = { (p: Period) in p.end.dayNumber - p.start.dayNumber }
            // the period the window is cut from: it begins with the window and holds its last day
            // (in the holidays after a quarter that is the year, not the quarter)
            let period = periods.filter { $0.start == window.from && $0.contains(window.to) }.min { length($0) < length($1) }
            return period?.name ?? (ru ? "текущий период" : "current period")
        case .academicYear: return ru ? "учебный год" : "academic year"
        case .custom: return ru ? "свои даты" : "custom dates"
        }
    }
}
