import JournalCore
import JournalStore

/// A roadmap measure as the dashboard shows it: its status now, with items
/// tied to an indicator closed or reopened by the readiness report.
public struct RoadmapLine: Hashable, Sendable {
    public var item: RoadmapItem
    /// The stored status; for an indicator item, whether the indicator met its
    /// threshold in each of the verdict's weeks.
    public var status: RoadmapStatus
    /// Not done and past its deadline.
    public var isOverdue: Bool
    /// The indicator in the latest week looked at (nil: not an indicator item, or no data).
    public var latest: Ratio?
    /// The weeks looked at that met the threshold, and how many are needed.
    public var weeksMet: Int
    public var weeksNeeded: Int
}

/// The roadmap measured: indicator items close themselves when their
/// indicator meets the item's threshold in each of the last N complete weeks
/// (N: the `verdict_weeks` setting, as for the verdict) and reopen when it
/// falls; everything else keeps the status the school gave it. Nothing is
/// written: the status is computed whenever the roadmap is shown, so it can
/// never disagree with the readiness report of the same moment.
public struct RoadmapProgress: Hashable, Sendable {
    public var lines: [RoadmapLine]
    public var templateID: String
    public var asOf: SchoolTime

    /// Measures `plan` as of `asOf` under the profile of its template.
    public init(plan: TransitionPlan, database: AppDatabase, asOf: SchoolTime) throws {
        let verdictWeeks = try ReadinessSettings.verdictWeeks(database)
        let keys = Set(plan.items.compactMap { $0.indicator.flatMap(IndicatorKey.init(rawValue:)) })
        var report: ReadinessReport?
        if !keys.isEmpty {
            let profile = try (try? ReadinessProfile.builtIn(named: plan.templateID)) ?? ReadinessSettings.defaultProfile(database)
            let today = asOf.date
            let window = try ReadinessWindow(from: today.mondayOfWeek.adding(days: -7 * max(1, verdictWeeks)), to: today, asOf: asOf)
            report = try ReadinessCalculator(database: database).report(profile: profile, window: window, verdictWeeks: verdictWeeks,
                                                                         indicators: keys.sorted())
        }
        self.init(items: plan.items, report: report, verdictWeeks: verdictWeeks, templateID: plan.templateID, asOf: asOf)
    }

    /// The arithmetic alone, over a report already computed.
    public init(items: [RoadmapItem], report: ReadinessReport?, verdictWeeks: Int, templateID: String, asOf: SchoolTime) {
        self.templateID = templateID
        self.asOf = asOf
        let examined = Array((report?.weeks ?? []).filter(\.week.isComplete).suffix(max(1, verdictWeeks)))
        lines = items.map { item in
            var line = RoadmapLine(item: item, status: item.status, isOverdue: false, latest: nil, weeksMet: 0, weeksNeeded: 0)
            if let key = item.indicator.flatMap(IndicatorKey.init(rawValue:)), let percent = item.threshold {
                let threshold = Threshold(percent: percent)
                let ratios = examined.map { $0.indicator(key)?.ratio ?? .empty }
                line.weeksNeeded = max(1, verdictWeeks)
                line.weeksMet = ratios.filter { $0.meets(threshold) }.count
                line.latest = ratios.last
                line.status = line.weeksMet == line.weeksNeeded ? .done : .open
            }
            line.isOverdue = line.status != .done && (item.deadline.map { $0 < asOf.date } ?? false)
            return line
        }
    }

    public var doneCount: Int { lines.filter { $0.status == .done }.count }
    public var overdueCount: Int { lines.filter(\.isOverdue).count }
}

extension RoadmapLine {
    /// `выполнено`, `в работе, просрочено`, or for an indicator item
    /// `в работе (сам: 76,4 % из 80 %, недель 2 из 4)`.
    public func statusText(_ language: Language) -> String {
        let ru = language == .ru
        var text = status.title.text(in: language)
        if item.closesItself {
            let latest = latest?.text(in: language) ?? Ratio.noData.text(in: language)
            let threshold = item.threshold ?? 0
            text += ru ? " (сам: \(latest) из \(threshold) %, недель \(weeksMet) из \(weeksNeeded))"
                       : " (auto: \(latest) of \(threshold)%, weeks \(weeksMet) of \(weeksNeeded))"
        }
        if isOverdue { text += ru ? ", просрочено" : ", overdue" }
        return text
    }

    /// The result document, and its number and date once done.
    public var documentText: String {
        [item.result, item.documentText ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
