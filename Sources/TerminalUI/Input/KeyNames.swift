extension Key {
    /// A short name for help screens: "F1", "Enter", "Ctrl-L", "↑", "н".
    /// Kept as on the keycaps, so the same in any interface language.
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .function(let number): return "F\(number)"
        case .control(let character): return "Ctrl-" + character.uppercased()
        case .unknown(let code): return "#\(code)"
        default: return Key.fixedNames[self] ?? "?"
        }
    }

    private static let fixedNames: [Key: String] = [
        .up: "↑", .down: "↓", .left: "←", .right: "→",
        .home: "Home", .end: "End", .pageUp: "PgUp", .pageDown: "PgDn",
        .insert: "Ins", .delete: "Del", .backspace: "Backspace", .enter: "Enter",
        .tab: "Tab", .backTab: "Shift-Tab", .escape: "Esc", .resize: "Resize",
    ]
}
