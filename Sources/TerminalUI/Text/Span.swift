/// A piece of text in one style. A `Line` of spans lets a status line or a help
/// row mix styles ("5" in the mark's colour inside ordinary text).
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    /// Nil takes the style of whatever the span is drawn on.
    public var style: StyleRole?

    public init(_ text: String, style: StyleRole? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var width: Int { DisplayWidth.of(text) }
}

/// One row of styled text.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span]) {
        self.spans = spans
    }

    public init(_ text: String, style: StyleRole? = nil) {
        self.spans = [Span(text, style: style)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var width: Int { spans.reduce(0) { $0 + $1.width } }
    public var plainText: String { spans.map(\.text).joined() }
}
