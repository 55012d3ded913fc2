import Foundation
import ReadinessMetrics

extension JSONNode {
    /// Compact JSON text of the value, keys in their order.
    public var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += String(value)
        case .string(let value): Self.quote(value, into: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { out += "," }
                Self.quote(field.key, into: &out)
                out += ":"
                field.value.write(into: &out)
            }
            out += "}"
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        out += JSONQuoting.quoted(text)
    }

    /// The value with `transform` applied to every value inside it, deepest first.
    func mapped(_ transform: (JSONNode) -> JSONNode) -> JSONNode {
        switch self {
        case .array(let items): transform(.array(items.map { $0.mapped(transform) }))
        case .object(let fields): transform(.object(fields.map { Field(key: $0.key, value: $0.value.mapped(transform)) }))
        default: transform(self)
        }
    }

    /// The same object with one field set (added at the end when missing).
    func setting(_ key: String, to value: JSONNode) -> JSONNode {
        guard case .object(var fields) = self else { return self }
        if let index = fields.firstIndex(where: { $0.key == key }) { fields[index].value = value } else { fields.append(Field(key: key, value: value)) }
        return .object(fields)
    }
}
