/// The F1 help of a screen, generated from its `KeyMap`: one row per binding with
/// the keys on the left (`.helpKey`) and the text on the right (`.help`), wrapped
/// under itself when long. Scrolls with `ScrollState`.
public struct HelpView: StatefulWidget {
    public var entries: [HelpEntry]
    /// Lines shown above the entries (the screen's name, a hint how to leave).
    public var heading: [Line]

    public init(entries: [HelpEntry], heading: [Line] = []) {
        self.entries = entries
        self.heading = heading
    }

    public init<Action>(keyMap: KeyMap<Action>, heading: [Line] = []) {
        self.init(entries: keyMap.helpEntries, heading: heading)
    }

    /// The help as lines for `width` columns; tests read it, `render` draws it.
    public func lines(width: Int) -> [Line] {
        let keyWidth = min(max(entries.map { DisplayWidth.of($0.keys) }.max() ?? 0, 4), max(4, width / 3))
        let textWidth = max(1, width - keyWidth - 2)
        var lines = heading
        for entry in entries {
            let keys = TextFitting.fit(entry.keys, width: keyWidth)
            for (index, text) in TextFitting.wrap(entry.text, width: textWidth).enumerated() {
                let left = index == 0 ? keys : String(repeating: " ", count: keyWidth)
                lines.append(Line([Span(left, style: .helpKey), Span("  " + text, style: .help)]))
            }
        }
        return lines
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout ScrollState) {
        let all = lines(width: area.width)
        state.visibleRows = area.height
        state.offset = min(max(0, state.offset), max(0, all.count - area.height))
        Paragraph(all, style: .help, scrollOffset: state.offset).render(in: area, buffer: &buffer)
    }
}
