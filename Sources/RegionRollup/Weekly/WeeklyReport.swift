import JournalCore
import ReadinessMetrics

/// A weekly report read whole from a verified file: its header, the profile,
/// every week of its window with the indicators, and the verdict.
public struct WeeklyReport: Hashable, Sendable {
    public var header: WeeklyHeader
    public var profileID: String
    public var profileName: String
    /// The profile's indicators, in readiness.md order.
    public var indicators: [IndicatorKey]
    /// Oldest first; the last is the report's week.
    public var weeks: [WeekFigures]
    public var verdict: Verdict

    public struct Verdict: Hashable, Sendable {
        public var ready: Bool
        public var requiredWeeks: Int
        /// The complete weeks the verdict looked at.
        public var weeks: [String]
        public var heldBack: [HeldBackIndicator]

        public func held(_ key: IndicatorKey) -> Bool {
            heldBack.contains { $0.key == key }
        }
    }

    /// The figures of the report's own week.
    public var ownWeek: WeekFigures? {
        weeks.last { $0.label == header.week }
    }

    init(header: WeeklyHeader, readiness: JSONNode) throws {
        self.header = header
        guard let profile = readiness["profile"]?.string else { throw ReportProblem("нет профиля", "no profile") }
        profileID = profile
        profileName = readiness["profile_name"]?.string ?? profile
        guard let totals = readiness["indicators"]?.array, let weeks = readiness["weeks"]?.array,
              let verdict = readiness["verdict"] else {
            throw ReportProblem("нет показателей, недель или вердикта", "no indicators, weeks or verdict")
        }
        indicators = totals.compactMap { $0["key"]?.string.flatMap(IndicatorKey.init(rawValue:)) }
        self.weeks = try weeks.map(WeekFigures.init(node:))
        self.verdict = Verdict(ready: verdict["ready"]?.bool ?? false,
                               requiredWeeks: verdict["required_weeks"]?.int ?? 0,
                               weeks: (verdict["weeks"]?.array ?? []).compactMap(\.string),
                               heldBack: (verdict["held_back"]?.array ?? []).compactMap { held in
                                   guard let key = held["key"]?.string.flatMap(IndicatorKey.init(rawValue:)) else { return nil }
                                   return HeldBackIndicator(key: key, weeks: (held["weeks"]?.array ?? []).compactMap(\.string))
                               })
    }
}

/// One week of a weekly report's window.
public struct WeekFigures: Hashable, Sendable {
    public var label: String
    public var from: SchoolDate
    public var to: SchoolDate
    public var complete: Bool
    public var indicators: [IndicatorValue]

    public func indicator(_ key: IndicatorKey) -> IndicatorValue? {
        indicators.first { $0.key == key }
    }

    init(node: JSONNode) throws {
        guard let label = node["week"]?.string, let from = node["from"]?.string.flatMap(SchoolDate.init(iso:)),
              let to = node["to"]?.string.flatMap(SchoolDate.init(iso:)), let indicators = node["indicators"]?.array else {
            throw ReportProblem("неделя без номера, дат или показателей", "a week without its label, dates or indicators")
        }
        self.label = label
        self.from = from
        self.to = to
        complete = node["complete"]?.bool ?? false
        self.indicators = try indicators.compactMap(Self.indicator)
    }

    /// An indicator as `ReportJSON` writes it; one zhurnal does not know
    /// (a newer program's) is left out. `met` is worked out again from the
    /// numbers, not taken from the file.
    private static func indicator(_ node: JSONNode) throws -> IndicatorValue? {
        guard let key = node["key"]?.string.flatMap(IndicatorKey.init(rawValue:)) else { return nil }
        guard let numerator = node["numerator"]?.int, let denominator = node["denominator"]?.int,
              numerator >= 0, denominator >= 0 else {
            throw ReportProblem("у показателя \(key.rawValue) нет числителя или знаменателя",
                                "the indicator \(key.rawValue) has no numerator or denominator")
        }
        let threshold = node["threshold"]?.number.flatMap(Threshold.init(number:))
        let coverage = node["coverage"].flatMap { coverage in
            coverage["numerator"]?.int.flatMap { numerator in coverage["denominator"]?.int.map { Ratio(numerator, of: $0) } }
        }
        return IndicatorValue(key: key, ratio: Ratio(numerator, of: denominator), threshold: threshold, coverage: coverage)
    }
}
