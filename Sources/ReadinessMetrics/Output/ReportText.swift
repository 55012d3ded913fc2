import JournalCore

/// The report for people: a table of the indicators with ✓/✗ against each
/// threshold, the weekly series, the verdict and, when asked, a breakdown.
public enum ReportText {
    public static func render(_ report: ReadinessReport, breakdown: ReportBreakdown? = nil,
                              language: Language = .ru) -> String {
        var lines = header(report, language)
        lines += [""] + indicatorTable(report.indicators, language)
        lines += [""] + weekTable(report, language)
        lines += [""] + verdictLines(report.verdict, language)
        if let breakdown { lines += breakdownLines(breakdown, language) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func header(_ report: ReadinessReport, _ language: Language) -> [String] {
        let ru = language == .ru
        let window = report.window
        let kinds = report.profile.onTimeEntryKinds.ordered.map { $0.title.text(in: language) }.joined(separator: ", ")
        return [
            ru ? "Готовность к безбумажному журналу (ББЖ)" : "Readiness for the paperless journal",
            (ru ? "Профиль: " : "Profile: ") + "\(report.profile.id) — \(report.profile.name)",
            ru ? "Окно: \(window.from.russian) – \(window.to.russian), по состоянию на \(window.asOf.date.russian) \(clock(window.asOf))"
                : "Window: \(window.from.iso) – \(window.to.iso), as of \(window.asOf.iso)",
            (ru ? "Своевременность: " : "On time: ") + report.profile.deadline.title.text(in: language)
                + (kinds.isEmpty ? "" : " (\(kinds))"),
        ]
    }

    static func clock(_ time: SchoolTime) -> String {
        let s = time.secondOfDay
        return [s / 3600, s / 60 % 60, s % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    private static func indicatorTable(_ values: [IndicatorValue], _ language: Language) -> [String] {
        let ru = language == .ru
        var lines = ["  " + TextColumns.left(ru ? "Показатель" : "Indicator", 33) + TextColumns.right(ru ? "Значение" : "Value", 11)
            + TextColumns.right(ru ? "Числ. / знам." : "Num. / den.", 17) + TextColumns.right(ru ? "Порог" : "Threshold", 10)]
        for value in values {
            let threshold = value.threshold.map { "\($0.text) %" } ?? "—"
            lines.append(TextColumns.mark(value.met) + " " + TextColumns.left(value.key.title.text(in: language), 33)
                + TextColumns.right(value.ratio.text(in: language), 11)
                + TextColumns.right("\(value.ratio.numerator) / \(value.ratio.denominator)", 17)
                + TextColumns.right(threshold, 10))
            if let coverage = value.coverage {
                lines.append("    " + (ru ? "охват учеников: \(coverage.text(in: language)) (\(coverage.numerator) из \(coverage.denominator))"
                    : "students covered: \(coverage.text(in: language)) (\(coverage.numerator) of \(coverage.denominator))"))
            }
        }
        return lines
    }

    private static func weekTable(_ report: ReadinessReport, _ language: Language) -> [String] {
        let ru = language == .ru
        guard !report.weeks.isEmpty else { return [ru ? "По неделям: нет недель до момента отчёта." : "Weekly: no weeks yet."] }
        let keys = report.indicators.map(\.key)
        var lines = [ru ? "По неделям (✓ — порог достигнут, * — неделя неполная):" : "Weekly (✓ threshold met, * partial week):",
                     TextColumns.left(ru ? "Неделя" : "Week", 11) + keys.map { TextColumns.right($0.shortTitle.text(in: language), 10) }.joined()]
        for week in report.weeks {
            let label = week.week.label + (week.week.isComplete ? "" : "*")
            let cells = keys.map { key -> String in
                guard let value = week.indicator(key) else { return TextColumns.right("", 10) }
                let number = value.ratio.percentTenths.map { "\($0 / 10)\(ru ? "," : ".")\($0 % 10)" } ?? (ru ? "н/д" : "n/a")
                return TextColumns.right(TextColumns.mark(value.met) + " " + number, 10)
            }
            lines.append(TextColumns.left(label, 11) + cells.joined())
        }
        return lines
    }

    private static func verdictLines(_ verdict: ReadinessVerdict, _ language: Language) -> [String] {
        let ru = language == .ru
        var lines = [verdict.ready
            ? (ru ? "Вердикт: школа готова к переходу на ББЖ." : "Verdict: the school is ready for the paperless journal.")
            : (ru ? "Вердикт: школа пока не готова к переходу на ББЖ." : "Verdict: the school is not ready yet.")]
        let weeks = verdict.weeks.isEmpty ? "—" : verdict.weeks.joined(separator: ", ")
        lines.append(ru ? "  Полные недели (нужно \(verdict.requiredWeeks)): \(weeks)"
            : "  Complete weeks (\(verdict.requiredWeeks) needed): \(weeks)")
        if verdict.missingWeeks > 0 {
            lines.append(ru ? "  В окне не хватает полных недель: \(verdict.missingWeeks)."
                : "  The window lacks \(verdict.missingWeeks) complete week(s).")
        }
        for held in verdict.heldBack {
            lines.append((ru ? "  Мешает: " : "  Held back by: ") + held.key.title.text(in: language)
                + (ru ? " — недели " : " — weeks ") + held.weeks.joined(separator: ", "))
        }
        return lines
    }

    private static func breakdownLines(_ breakdown: ReportBreakdown, _ language: Language) -> [String] {
        let ru = language == .ru
        var lines: [String] = []
        for (key, rows) in breakdown.rows {
            lines += ["", (ru ? "\(key.title.ru): по признаку «\(breakdown.dimension.title.ru)», худшие сверху"
                : "\(key.title.en) by \(breakdown.dimension.title.en), worst first")]
            if rows.isEmpty { lines.append(ru ? "  нет данных" : "  no data") }
            for row in rows {
                var line = TextColumns.mark(row.met) + " " + TextColumns.left(row.name, 34)
                    + TextColumns.right(row.ratio.text(in: language), 11)
                    + TextColumns.right("\(row.ratio.numerator) / \(row.ratio.denominator)", 17)
                if let coverage = row.coverage {
                    line += (ru ? "  охват " : "  covered ") + coverage.text(in: language)
                }
                lines.append(line)
            }
        }
        return lines
    }
}
