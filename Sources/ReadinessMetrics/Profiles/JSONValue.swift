import Foundation

/// A JSON document as plain values. Profile files are read through this rather
/// than `Decodable` models so that every problem can be named in Russian, with
/// the field it is in, and so that `true` is never taken for the number 1.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// How a value is named in a message: "строка", "число"...
    var kindName: (ru: String, en: String) {
        switch self {
        case .null: ("null", "null")
        case .bool: ("логическое значение", "a boolean")
        case .number: ("число", "a number")
        case .string: ("строка", "a string")
        case .array: ("список", "a list")
        case .object: ("объект", "an object")
        }
    }
}
