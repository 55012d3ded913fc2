import JournalCore
import ReadinessMetrics
import RegionRollup
import TerminalUI

/// How the region screen writes an indicator, a light, a verdict.
enum RegionWords {
    /// Column heads of at most five characters, so that a profile's five to
    /// seven indicators fit 80 columns beside the school's name.
    static func column(_ key: IndicatorKey, _ language: Language) -> String {
        let ru = language == .ru
        return switch key {
        case .scheduleFill: ru ? "Расп" : "Timet"
        case .planning: ru ? "План" : "Plan"
        case .journal: ru ? "Журн" : "Journ"
        case .parentAccounts: ru ? "Род" : "Par"
        case .activatedAccounts: ru ? "Акт" : "Activ"
        case .uniqueLogins: ru ? "Вход" : "Login"
        case .onTime: ru ? "Срок" : "OnTm"
        }
    }

    /// A glyph that tells the light apart without colour, and its colour role.
    static func light(_ light: IndicatorLight) -> (glyph: String, style: StyleRole) {
        switch light {
        case .met: ("●", .success)
        case .recovering: ("◐", .warning)
        case .failing: ("○", .error)
        case .noData: ("·", .dim)
        case .notInProfile: (" ", .dim)
        }
    }

    static func legend(_ language: Language) -> Line {
        let ru = language == .ru
        return Line([
            Span("● ", style: .success), Span(ru ? "норма  " : "met  "),
            Span("◐ ", style: .warning), Span(ru ? "норма, но не все недели вердикта  " : "met, not yet every verdict week  "),
            Span("○ ", style: .error), Span(ru ? "ниже порога  " : "below  "),
            Span("· ", style: .dim), Span(ru ? "нет данных" : "no data"),
        ])
    }

    /// `96` (whole percent, rounded half up), `—` without data.
    static func percent(_ value: IndicatorValue?) -> String {
        guard let ratio = value?.ratio, ratio.hasValue else { return "—" }
        return String((ratio.numerator * 100 * 2 + ratio.denominator) / (2 * ratio.denominator))
    }

    static func cell(_ light: IndicatorLight, _ value: IndicatorValue?) -> TableCell {
        let (glyph, style) = self.light(light)
        guard light != .notInProfile else { return .empty }
        return TableCell(glyph + percent(value), style: style, alignment: .right)
    }

    static func verdict(_ school: SchoolStanding, _ language: Language) -> TableCell {
        let ru = language == .ru
        guard let latest = school.latest else { return TableCell(ru ? "нет" : "none", style: .error) }
        if school.isStale { return TableCell(ru ? "старый" : "stale", style: .warning) }
        return latest.verdict.ready ? TableCell(ru ? "готова" : "ready", style: .success) : TableCell(ru ? "нет" : "no", style: .error)
    }

    static func shortfall(_ school: SchoolStanding) -> String {
        guard school.shortfall.isFinite else { return "—" }
        let tenths = Int((school.shortfall * 10).rounded(.toNearestOrAwayFromZero))
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `Готова` or which indicators held it back and in which weeks.
    static func verdictLine(_ report: WeeklyReport, _ language: Language) -> String {
        let ru = language == .ru
        if report.verdict.ready {
            return ru ? "Вердикт: готова к ББЖ (\(report.verdict.requiredWeeks) нед. подряд все показатели в норме)"
                : "Verdict: ready (every indicator met for \(report.verdict.requiredWeeks) weeks)"
        }
        let held = report.verdict.heldBack.map { held in
            column(held.key, language) + " " + held.weeks.map { String($0.suffix(3)) }.joined(separator: ",")
        }
        return (ru ? "Вердикт: не готова — " : "Verdict: not ready — ") + (held.isEmpty ? (ru ? "мало полных недель" : "too few complete weeks")
            : held.joined(separator: "; "))
    }
}
