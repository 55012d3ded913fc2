/// A JSON value with its keys in a fixed order, so that reports read the same
/// every time and match readiness.md's example line for line.
public indirect enum JSONOutput {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case string(String)
    case int(Int)
    /// A number already written out (`90.0`), kept as text to keep its decimal.
    case number(String)
    case bool(Bool)
    case null

    /// Two-space indentation; an object or array holding only scalars stays on
    /// one line, as the indicator objects of readiness.md do.
    public func rendered(indent: Int = 0) -> String {
        switch self {
        case .object(let fields):
            guard !fields.isEmpty else { return "{}" }
            if isFlat { return "{" + fields.map { "\(Self.quoted($0.0)): \($0.1.rendered())" }.joined(separator: ", ") + "}" }
            let inner = String(repeating: "  ", count: indent + 1)
            let lines = fields.map { inner + Self.quoted($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + String(repeating: "  ", count: indent) + "}"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]" }
            let inner = String(repeating: "  ", count: indent + 1)
            return "[\n" + items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n"
                + String(repeating: "  ", count: indent) + "]"
        case .string(let text): return Self.quoted(text)
        case .int(let value): return String(value)
        case .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    /// An object whose values are scalars or arrays of scalars.
    private var isFlat: Bool {
        guard case .object(let fields) = self else { return false }
        return fields.allSatisfy { field in
            if case .array(let items) = field.1 { return items.allSatisfy(\.isScalar) }
            return field.1.isScalar
        }
    }

    static func quoted(_ text: String) -> String {
        JSONQuoting.quoted(text)
    }
}

/// A JSON string literal of a text: the one quoting of every JSON zhurnal writes.
public enum JSONQuoting {
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
