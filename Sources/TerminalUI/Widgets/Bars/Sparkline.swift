/// A one-row chart of a series with the eighth blocks ▁▂▃▄▅▆▇█, newest value on
/// the right; a missing value (nil, NaN) shows as `gap`. When the series is longer
/// than the area, the newest values are shown.
///
/// `Sparkline.bars(_:range:gap:)` gives the same as a string, to put a sparkline
/// inside a table cell or a line of text; `Sparkline.line(_:styles:range:gap:)`
/// as a `Line` whose bars may differ in style (weeks that met a goal and weeks
/// that did not).
public struct Sparkline: Widget {
    public var values: [Double?]
    /// The values drawn as the lowest and the highest bar; nil fits the series.
    public var range: ClosedRange<Double>?
    public var gap: Character
    public var style: StyleRole

    public init(_ values: [Double?], range: ClosedRange<Double>? = nil, gap: Character = "·", style: StyleRole = .normal) {
        self.values = values
        self.range = range
        self.gap = gap
        self.style = style
    }

    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public func render(in area: Rect, buffer: inout Buffer) {
        guard area.width > 0, area.height > 0 else { return }
        let shown = Array(values.suffix(area.width))
        let text = Self.bars(shown, range: range ?? Self.fittedRange(values), gap: gap)
        let x = area.maxX - shown.count
        buffer.write(text, at: Point(x: x, y: area.y), style: style, clip: area)
    }

    /// One bar character per value.
    public static func bars(_ values: [Double?], range: ClosedRange<Double>? = nil, gap: Character = "·") -> String {
        let bounds = range ?? fittedRange(values)
        return String(values.map { value in
            guard let value, value.isFinite else { return gap }
            return bar(for: value, in: bounds)
        })
    }

    static func bar(for value: Double, in bounds: ClosedRange<Double>) -> Character {
        let span = bounds.upperBound - bounds.lowerBound
        guard span > 0 else { return levels[levels.count / 2 - 1] }
        let fraction = min(1, max(0, (value - bounds.lowerBound) / span))
        let index = Int((fraction * Double(levels.count - 1)).rounded())
        return levels[index]
    }

    static func fittedRange(_ values: [Double?]) -> ClosedRange<Double> {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = present.min(), let high = present.max() else { return 0...1 }
        return low...high
    }

    /// The bars as a `Line`, bar `i` in `styles[i]` (nil, or missing when
    /// `styles` is shorter: the style of whatever the line is drawn on).
    /// Neighbouring bars of one style share a span.
    public static func line(_ values: [Double?], styles: [StyleRole?], range: ClosedRange<Double>? = nil,
                            gap: Character = "·") -> Line {
        let text = Array(bars(values, range: range, gap: gap))
        var spans: [Span] = []
        for (index, bar) in text.enumerated() {
            let style = index < styles.count ? styles[index] : nil
            if let last = spans.last, last.style == style {
                spans[spans.count - 1].text.append(bar)
            } else {
                spans.append(Span(String(bar), style: style))
            }
        }
        return Line(spans)
    }
}
