/// The Midnight Commander function-key bar: `1Помощь 2Урок ... 10Выход`, each
/// number in `.functionKeyNumber` and its label in `.functionKeyLabel`. Every slot
/// from 1 to `slotCount` is shown, empty ones too, so a key keeps its place from
/// screen to screen. Spare columns go to the narrowest slots first; when the labels
/// do not fit, the longest are shortened first.
///
/// Build it from the screen's `KeyMap` (`FunctionBar(keyMap:)`) so it always
/// matches the F1 help.
public struct FunctionBar: Widget {
    public var items: [FunctionBarItem]
    public var slotCount: Int

    public init(items: [FunctionBarItem], slotCount: Int = 10) {
        self.items = items
        self.slotCount = slotCount
    }

    public init<Action>(keyMap: KeyMap<Action>, slotCount: Int = 10) {
        self.init(items: keyMap.functionBarItems, slotCount: slotCount)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let row = area.top(1)
        guard !row.isEmpty, slotCount > 0 else { return }
        buffer.fill(row, style: .functionKeyLabel)
        let slots = layout(width: row.width)
        var x = row.x
        for slot in slots {
            let number = String(slot.number)
            let end = x + slot.width
            let afterNumber = buffer.write(number, at: Point(x: x, y: row.y), style: .functionKeyNumber, clip: row)
            let labelWidth = max(0, end - afterNumber)
            let label = Self.shorten(slot.label, to: labelWidth - (labelWidth > 1 ? 1 : 0))
            buffer.write(TextFitting.fit(label, width: labelWidth), at: Point(x: afterNumber, y: row.y),
                         style: .functionKeyLabel, clip: row)
            x = end
        }
    }

    struct Slot: Equatable {
        var number: Int
        var label: String
        var width: Int
    }

    /// Widths of the slots for `width` columns: natural width is number, label and
    /// one space.
    func layout(width: Int) -> [Slot] {
        var slots = (1...slotCount).map { number in
            let label = items.first { $0.slot == number }?.label ?? ""
            return Slot(number: number, label: label, width: String(number).count + DisplayWidth.of(label) + 1)
        }
        var total = slots.reduce(0) { $0 + $1.width }
        while total > width, let widest = Self.widestLabelIndex(slots) {
            slots[widest].width -= 1
            total -= 1
        }
        while total < width, let narrowest = slots.indices.min(by: { slots[$0].width < slots[$1].width }) {
            slots[narrowest].width += 1
            total += 1
        }
        return slots
    }

    private static func widestLabelIndex(_ slots: [Slot]) -> Int? {
        let labelWidths = slots.map { $0.width - String($0.number).count }
        guard let widest = labelWidths.max(), widest > 0 else { return nil }
        return labelWidths.lastIndex(of: widest)
    }

    /// A label cut to `width` columns, with "…" when something was cut and there
    /// is room for at least three letters besides.
    private static func shorten(_ label: String, to width: Int) -> String {
        TextFitting.truncate(label, toWidth: max(0, width), ellipsis: width >= 4)
    }
}
