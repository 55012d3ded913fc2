/// A terminal colour. The eight basic colours work on every colour terminal;
/// `.indexed` reaches the 256-colour palette where there is one.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case indexed(UInt8)
}

/// Text attributes that also work without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// How a role looks: colours and attributes.
public struct Appearance: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Appearance()

    public static func attributes(_ attributes: TextAttributes) -> Appearance {
        Appearance(attributes: attributes)
    }
}

/// What the terminal can show.
public enum ColorCapability: Hashable, Sendable {
    case monochrome
    /// The number of colours the terminal reports (8, 16, 256, ...).
    case colors(Int)

    public var hasColor: Bool {
        if case .colors(let count) = self { return count >= 8 }
        return false
    }
}
