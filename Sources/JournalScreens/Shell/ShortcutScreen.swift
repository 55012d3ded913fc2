import TerminalUI

/// A key that opens another screen from a screen that does not know about it.
public struct Shortcut {
    public var key: Key
    public var label: String
    public var help: String
    public var open: (AppContext) -> any Screen
    /// More keys for the same screen: a letter's twin on the other layout.
    public var otherKeys: [Key]
    /// For a shortcut off the function bar (a letter): what the screen shows
    /// at the top right so that it is found without F1 (`[П] Переход на ББЖ`).
    public var hint: String?

    public init(key: Key, otherKeys: [Key] = [], label: String, help: String, hint: String? = nil,
                open: @escaping (AppContext) -> any Screen) {
        self.key = key
        self.otherKeys = otherKeys
        self.label = label
        self.help = help
        self.hint = hint
        self.open = open
    }

    var keys: [Key] { [key] + otherKeys }

    var slot: Int? {
        if case .function(let number) = key, (1...10).contains(number) { return number }
        return nil
    }
}

/// A screen with shortcuts added: the shortcut keys open their screens, every
/// other key and all drawing go to the inner screen. How a home gets an entry
/// owned by another feature (the administrator's accounts) without either
/// knowing the other; the shortcuts appear on the function bar and in F1 help.
public final class ShortcutScreen: Screen {
    public let inner: any Screen
    let shortcuts: [Shortcut]

    public init(_ inner: any Screen, shortcuts: [Shortcut]) {
        self.inner = inner
        self.shortcuts = shortcuts
    }

    public func title(in context: AppContext) -> String { inner.title(in: context) }

    public var functionBarItems: [FunctionBarItem] {
        let added = shortcuts.compactMap { shortcut in shortcut.slot.map { FunctionBarItem(slot: $0, label: shortcut.label) } }
        return (inner.functionBarItems.filter { item in !added.contains { $0.slot == item.slot } } + added).sorted { $0.slot < $1.slot }
    }

    public var helpEntries: [HelpEntry] {
        shortcuts.map { HelpEntry(keys: $0.keys.map(\.name).joined(separator: " / "), text: $0.help) } + inner.helpEntries
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        renderBody(in: area, buffer: &buffer, context: context)
        let hints = allHints.joined(separator: "  ")
        guard !hints.isEmpty else { return }
        let width = DisplayWidth.of(hints)
        buffer.write(hints, at: Point(x: area.x + max(0, area.width - width), y: area.y), style: .dim, clip: area)
    }

    /// Shortcut screens nest (each feature adds its own); the hints of the
    /// whole nest are drawn once, side by side, so none hides another.
    private var allHints: [String] {
        ((inner as? ShortcutScreen)?.allHints ?? []) + shortcuts.compactMap(\.hint)
    }

    private func renderBody(in area: Rect, buffer: inout Buffer, context: AppContext) {
        if let nested = inner as? ShortcutScreen {
            nested.renderBody(in: area, buffer: &buffer, context: context)
        } else {
            inner.render(in: area, buffer: &buffer, context: context)
        }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if let shortcut = shortcuts.first(where: { $0.keys.contains(key) }) { return [.push(shortcut.open(context))] }
        return inner.handle(key, context: context)
    }

    public func reload(context: AppContext) {
        inner.reload(context: context)
    }
}
