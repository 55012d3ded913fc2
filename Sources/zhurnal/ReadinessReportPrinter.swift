import JournalCore
import JournalStore
import ReadinessMetrics
import ZhurnalCommandLine

/// Everything one `report readiness` run prints.
struct ReadinessPrintRequest {
    var profile: ReadinessProfile
    var window: ReadinessWindow
    var verdictWeeks: Int
    var format: ReadinessOutputFormat
    var dimension: BreakdownDimension?
    var itemsKey: IndicatorKey?
    var limit: Int
}

/// Computes the report and writes it in the asked format.
struct ReadinessReportPrinter {
    let database: AppDatabase
    let language: Language

    func render(_ request: ReadinessPrintRequest) throws -> String {
        let calculator = ReadinessCalculator(database: database)
        let report = try calculator.report(profile: request.profile, window: request.window, verdictWeeks: request.verdictWeeks)
        let breakdown = try request.dimension.map { dimension in
            let rows = try calculator.breakdowns(of: report.indicators.map(\.key), profile: request.profile,
                                                 window: request.window, by: dimension)
            return ReportBreakdown(dimension: dimension,
                                   rows: report.indicators.compactMap { value in rows[value.key].map { (value.key, $0) } })
        }
        let items = try request.itemsKey.map {
            try calculator.shortfall(of: $0, profile: request.profile, window: request.window, limit: request.limit)
        }
        switch request.format {
        case .json:
            return ReportJSON.render(report, breakdown: breakdown, items: items)
        case .csv:
            if let items { return ReportCSV.render(items) }
            return breakdown.map(ReportCSV.render) ?? ReportCSV.render(report)
        case .text:
            var text = ReportText.render(report, breakdown: breakdown, language: language)
            if let items, let key = request.itemsKey { text += itemLines(items, key: key) }
            return text
        }
    }

    private func itemLines(_ items: [ShortfallItem], key: IndicatorKey) -> String {
        let ru = language == .ru
        var lines = ["", (ru ? "Что стоит за показателем «\(key.title.ru)»" : "Behind \(key.rawValue)")
            + (ru ? " (не более \(items.count) строк):" : " (at most \(items.count) lines):")]
        if items.isEmpty { lines.append(ru ? "  ничего: недобора нет" : "  nothing: no shortfall") }
        lines += items.map { "  " + ShortfallText.line($0, language: language) }
        return lines.joined(separator: "\n") + "\n"
    }
}
