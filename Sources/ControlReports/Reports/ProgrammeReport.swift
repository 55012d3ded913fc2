import JournalCore
import JournalStore

/// «Прохождение программы»: lessons held against the curriculum's hours ×
/// weeks of the window to date, and against the КТП of the year (see
/// docs/decisions.md, «Прохождение программы»).
enum ProgrammeReport {
    static func tables(_ data: ProgrammeData, _ context: ReportContext) -> [ReportTable] {
        let scope = context.scope
        let lastDay = min(scope.to, scope.asOf.date)
        let days = max(0, lastDay.dayNumber - scope.from.dayNumber + 1)
        var table = ReportTable(name: "rows", title: "Прохождение программы", columns: ReportContext.unitColumns + [
            ReportColumn("hours", "Часов в неделю"), ReportColumn("weeks", "Недель"), ReportColumn("expected", "По плану (часы × недели)"),
            ReportColumn("held", "Проведено"), ReportColumn("difference", "Разница"), ReportColumn("status", "Итог", weight: 1.2),
            ReportColumn("substituted", "Из них заменой"), ReportColumn("cancelled", "Отменено"),
            ReportColumn("plan_hours", "Часов в КТП"), ReportColumn("held_in_year", "Проведено с начала года"),
            ReportColumn("plan_left", "Осталось по КТП"),
        ])
        let byUnit = Dictionary(data.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        for unit in context.sorted(byUnit.keys) {
            guard let u = byUnit[unit] else { continue }
            let hours = context.weeklyHours(unit, data.hours)
            // hours × days / 7 in tenths of a lesson, half up: hundredths × days × 10 / 700
            let expected = hours.map { ($0.hundredths * days * 2 + 70) / 140 }
            let difference = expected.map { u.held * 10 - $0 }
            table.rows.append(context.unitCells(unit) + [
                hours.map { .fixed($0.hundredths, places: 2) } ?? .none, ReportArithmetic.ratio(days, 7, places: 1),
                expected.map { .fixed($0, places: 1) } ?? .none, .integer(u.held),
                difference.map { .fixed($0, places: 1) } ?? .none, .text(status(difference)),
                .integer(u.substituted), .integer(u.cancelled),
                u.planTopics > 0 ? .integer(u.planHours) : .none, .integer(u.heldInYear),
                u.planTopics > 0 ? .integer(u.planHours - u.heldInYear) : .none,
            ])
        }
        return [table]
    }

    /// Behind or ahead by more than one lesson; within one lesson is on plan.
    static func status(_ differenceTenths: Int?) -> String {
        guard let differenceTenths else { return "нет часов в учебном плане" }
        if differenceTenths < -10 { return "отставание" }
        if differenceTenths > 10 { return "опережение" }
        return "по плану"
    }
}
