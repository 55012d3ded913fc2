import JournalCore

/// The machine-readable report of readiness.md. Its keys are a contract: new
/// ones may be added, none renamed.
public enum ReportJSON {
    public static func render(_ report: ReadinessReport, breakdown: ReportBreakdown? = nil,
                              items: [ShortfallItem]? = nil) -> String {
        object(report, breakdown: breakdown, items: items).rendered() + "\n"
    }

    static func object(_ report: ReadinessReport, breakdown: ReportBreakdown? = nil, items: [ShortfallItem]? = nil) -> JSONOutput {
        var fields: [(String, JSONOutput)] = [
            ("profile", .string(report.profile.id)),
            ("profile_name", .string(report.profile.name)),
            ("from", .string(report.window.from.iso)),
            ("to", .string(report.window.to.iso)),
            ("as_of", .string(report.window.asOf.iso)),
            ("deadline", .string(report.profile.deadline.title.ru)),
            ("indicators", .array(report.indicators.map(indicator))),
            ("weeks", .array(report.weeks.map(week))),
            ("verdict", verdict(report.verdict)),
        ]
        if let breakdown { fields.append(("breakdown", self.breakdown(breakdown))) }
        if let items { fields.append(("items", .array(items.map(item)))) }
        return .object(fields)
    }

    static func indicator(_ value: IndicatorValue) -> JSONOutput {
        var fields = ratioFields(value.ratio)
        fields.insert(("key", .string(value.key.rawValue)), at: 0)
        fields.append(("threshold", value.threshold.map { .number($0.text) } ?? .null))
        fields.append(("met", .bool(value.met)))
        fields.append(("name", .string(value.key.title.ru)))
        if let coverage = value.coverage { fields.append(("coverage", .object(ratioFields(coverage)))) }
        return .object(fields)
    }

    static func ratioFields(_ ratio: Ratio) -> [(String, JSONOutput)] {
        [("numerator", .int(ratio.numerator)), ("denominator", .int(ratio.denominator)),
         ("value", ratio.decimalText.map(JSONOutput.number) ?? .null)]
    }

    private static func week(_ week: WeekReport) -> JSONOutput {
        .object([
            ("week", .string(week.week.label)),
            ("from", .string(week.week.from.iso)),
            ("to", .string(week.week.to.iso)),
            ("complete", .bool(week.week.isComplete)),
            ("indicators", .array(week.indicators.map(indicator))),
        ])
    }

    private static func verdict(_ verdict: ReadinessVerdict) -> JSONOutput {
        .object([
            ("ready", .bool(verdict.ready)),
            ("blocking", .array(verdict.blocking.map { .string($0.rawValue) })),
            ("required_weeks", .int(verdict.requiredWeeks)),
            ("weeks", .array(verdict.weeks.map(JSONOutput.string))),
            ("missing_weeks", .int(verdict.missingWeeks)),
            ("held_back", .array(verdict.heldBack.map { held in
                .object([("key", .string(held.key.rawValue)), ("weeks", .array(held.weeks.map(JSONOutput.string)))])
            })),
        ])
    }

    private static func breakdown(_ breakdown: ReportBreakdown) -> JSONOutput {
        .object([
            ("by", .string(breakdown.dimension.rawValue)),
            ("indicators", .array(breakdown.rows.map { key, rows in
                .object([("key", .string(key.rawValue)), ("rows", .array(rows.map(row)))])
            })),
        ])
    }

    static func item(_ item: ShortfallItem) -> JSONOutput {
        var fields: [(String, JSONOutput)] = [("kind", .string(item.kindKey))]
        if let lesson = item.lessonID { fields.append(("lesson_id", .int(Int(lesson.rawValue)))) }
        if case .lateEntry(let entry) = item {
            fields += [("entry", .string(entry.kind.rawValue)), ("entered_at", .string(entry.enteredAt.iso)),
                       ("deadline", .string(entry.deadline.iso)), ("late_seconds", .int(entry.lateness))]
        }
        fields.append(("text", .string(ShortfallText.line(item))))
        return .object(fields)
    }

    private static func row(_ row: BreakdownRow) -> JSONOutput {
        var fields: [(String, JSONOutput)] = [("id", .int(Int(row.group.rawID))), ("name", .string(row.name))]
        fields += ratioFields(row.ratio)
        fields.append(("met", .bool(row.met)))
        if let coverage = row.coverage { fields.append(("coverage", .object(ratioFields(coverage)))) }
        return .object(fields)
    }
}

/// Breakdowns of a report's indicators by one dimension, in the report's order.
public struct ReportBreakdown: Sendable {
    public var dimension: BreakdownDimension
    public var rows: [(key: IndicatorKey, rows: [BreakdownRow])]

    public init(dimension: BreakdownDimension, rows: [(key: IndicatorKey, rows: [BreakdownRow])]) {
        self.dimension = dimension
        self.rows = rows
    }
}
