/// Maps style roles to appearances. `Theme.automatic(for:environment:)` picks the
/// colour theme or, without colour or with `NO_COLOR` set, the monochrome theme,
/// which tells roles apart by bold, underline and reverse video only.
public struct Theme: Sendable, Equatable {
    public private(set) var appearances: [StyleRole: Appearance]
    /// Used for roles the theme does not name.
    public var fallback: Appearance

    public init(appearances: [StyleRole: Appearance], fallback: Appearance = .plain) {
        self.appearances = appearances
        self.fallback = fallback
    }

    public subscript(role: StyleRole) -> Appearance {
        appearances[role] ?? fallback
    }

    /// A copy with `role` drawn as `appearance`; how applications style their own roles.
    public func setting(_ role: StyleRole, to appearance: Appearance) -> Theme {
        var copy = self
        copy.appearances[role] = appearance
        return copy
    }

    /// The monochrome theme without colour, or when `NO_COLOR` is set to anything
    /// but the empty string (https://no-color.org); the colour theme otherwise.
    public static func automatic(for capability: ColorCapability, environment: [String: String]) -> Theme {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return capability.hasColor && !noColor ? .color : .monochrome
    }

    /// Midnight Commander's palette on the eight basic colours, so it looks the
    /// same on the Linux console, PuTTY and xterm.
    public static let color = Theme(appearances: [
        .normal: .plain,
        .title: Appearance(foreground: .black, background: .cyan),
        .statusLine: Appearance(foreground: .black, background: .white),
        .functionKeyNumber: .plain,
        .functionKeyLabel: Appearance(foreground: .black, background: .cyan),
        .border: Appearance(foreground: .cyan),
        .header: Appearance(foreground: .yellow, attributes: .bold),
        .selectedHeader: Appearance(foreground: .black, background: .yellow),
        .frozenColumn: .plain,
        .selected: Appearance(foreground: .black, background: .cyan),
        .selectedInactive: Appearance(foreground: .black, background: .white),
        .today: Appearance(foreground: .yellow, attributes: [.bold, .underline]),
        // Colour alone, no bold: a mark typed in the grid then costs a colour
        // change (5 bytes) rather than a full attribute reset and set (~20),
        // which keeps one mark under 100 bytes over SSH.
        .markExcellent: Appearance(foreground: .green),
        .markGood: Appearance(foreground: .cyan),
        .markPoor: Appearance(foreground: .yellow),
        .markFailing: Appearance(foreground: .red),
        .absence: Appearance(foreground: .magenta),
        .late: Appearance(foreground: .yellow, attributes: .underline),
        .warning: Appearance(foreground: .yellow, attributes: .bold),
        .error: Appearance(foreground: .white, background: .red, attributes: .bold),
        .success: Appearance(foreground: .green, attributes: .bold),
        .dim: Appearance(attributes: .dim),
        .emphasis: Appearance(attributes: .bold),
        .dialog: Appearance(foreground: .black, background: .white),
        .dialogTitle: Appearance(foreground: .blue, background: .white, attributes: .bold),
        .input: Appearance(foreground: .black, background: .cyan),
        .inputFocused: Appearance(foreground: .white, background: .blue, attributes: .bold),
        .help: .plain,
        .helpKey: Appearance(foreground: .yellow, attributes: .bold),
    ])

    /// Bold, underline and reverse only; readable on any terminal.
    public static let monochrome = Theme(appearances: [
        .normal: .plain,
        .title: .attributes(.reverse),
        .statusLine: .attributes(.reverse),
        .functionKeyNumber: .plain,
        .functionKeyLabel: .attributes(.reverse),
        .border: .plain,
        .header: .attributes(.bold),
        .selectedHeader: .attributes([.bold, .underline]),
        .frozenColumn: .plain,
        .selected: .attributes(.reverse),
        .selectedInactive: .attributes(.underline),
        .today: .attributes([.bold, .underline]),
        .markExcellent: .attributes(.bold),
        .markGood: .plain,
        .markPoor: .plain,
        .markFailing: .attributes([.bold, .underline]),
        .absence: .attributes(.underline),
        .late: .attributes(.underline),
        .warning: .attributes(.bold),
        .error: .attributes([.bold, .reverse]),
        .success: .attributes(.bold),
        .dim: .attributes(.dim),
        .emphasis: .attributes(.bold),
        .dialog: .plain,
        .dialogTitle: .attributes(.bold),
        .input: .attributes(.underline),
        .inputFocused: .attributes([.underline, .bold]),
        .help: .plain,
        .helpKey: .attributes(.bold),
    ])
}
