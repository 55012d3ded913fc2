import JournalCore
import ReadinessMetrics
import TerminalUI

/// One indicator as a row of the dashboard: mark, name, value, numerator over
/// denominator, threshold and the eight-week sparkline, in fixed columns that
/// fit 78 cells (an 80-column terminal inside the frame).
enum IndicatorLine {
    static let nameWidth = 32
    static let valueWidth = 10
    static let fractionWidth = 15
    static let thresholdWidth = 6
    static let sparklineWidth = DashboardReport.sparklineWeeks
    static let width = 2 + nameWidth + 1 + valueWidth + 1 + fractionWidth + 1 + thresholdWidth + 1 + sparklineWidth

    static func header(_ language: Language) -> Line {
        let ru = language == .ru
        let text = "  " + TextFitting.fit(ru ? "Показатель" : "Indicator", width: nameWidth)
            + " " + TextFitting.fit(ru ? "Значение" : "Value", width: valueWidth, alignment: .right)
            + " " + TextFitting.fit(ru ? "Числ. / знам." : "Num. / den.", width: fractionWidth, alignment: .right)
            + " " + TextFitting.fit(ru ? "Порог" : "Goal", width: thresholdWidth, alignment: .right)
            + " " + TextFitting.fit(ru ? "8 недель" : "8 weeks", width: sparklineWidth)
        return Line(text, style: .header)
    }

    static func line(_ value: IndicatorValue, sparkline: [IndicatorValue?], language: Language) -> Line {
        let columns = " " + TextFitting.fit(value.key.title.text(in: language), width: nameWidth)
            + " " + TextFitting.fit(value.ratio.text(in: language), width: valueWidth, alignment: .right)
            + " " + TextFitting.fit(ReadinessFormat.fraction(value.ratio, width: fractionWidth), width: fractionWidth, alignment: .right)
            + " " + TextFitting.fit(ReadinessFormat.threshold(value.threshold, language), width: thresholdWidth, alignment: .right)
            + " "
        var spans = [Span(ReadinessFormat.mark(value.met), style: ReadinessFormat.style(value.met)), Span(columns)]
        let padding = sparklineWidth - min(sparklineWidth, sparkline.count)
        if padding > 0 { spans.append(Span(String(repeating: " ", count: padding))) }
        spans += self.sparkline(Array(sparkline.suffix(sparklineWidth)), threshold: value.threshold).spans
        return Line(spans)
    }

    /// Weeks that met the threshold in `.success`, the others in `.warning`;
    /// a week without data as a gap. The threshold sits at half height, so a
    /// bar above the middle met it, also on a terminal without colour.
    static func sparkline(_ weeks: [IndicatorValue?], threshold: Threshold?) -> Line {
        // exact shares, not the rounded percent: 94.97 % must stay below a 95 % threshold
        let values = weeks.map { week in week.flatMap { $0.ratio.hasValue ? Double($0.ratio.numerator * 100) / Double($0.ratio.denominator) : nil } }
        let styles: [StyleRole?] = weeks.map { week in week.map { $0.met ? .success : .warning } }
        return Sparkline.line(values, styles: styles, range: sparklineRange(threshold))
    }

    /// From the threshold less a margin to the threshold plus the same margin:
    /// the margin is the distance to 0 or 100 %, whichever is nearer, but at
    /// least 5 points (95 % → 90…100, 80 % → 60…100, 10 % → 0…20, 100 % → 95…105).
    /// Without a threshold, 0…100 %.
    static func sparklineRange(_ threshold: Threshold?) -> ClosedRange<Double> {
        guard let threshold else { return 0...100 }
        let goal = Double(threshold.hundredths) / 100
        let margin = max(5, min(goal, 100 - goal))
        return (goal - margin)...(goal + margin)
    }
}

extension ReadinessDashboardScreen {
    /// The sparklines' vertical range for a threshold: the threshold at half height.
    public static func sparklineRange(_ threshold: Threshold?) -> ClosedRange<Double> {
        IndicatorLine.sparklineRange(threshold)
    }

    /// The bars the dashboard draws for one indicator's weeks (nil: no data).
    public static func sparklineBars(_ weeks: [IndicatorValue?]) -> String {
        IndicatorLine.sparkline(weeks, threshold: weeks.compactMap { $0?.threshold }.first).plainText
    }
}
