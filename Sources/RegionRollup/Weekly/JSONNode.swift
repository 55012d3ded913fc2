/// A parsed JSON value, as the region reads weekly reports: objects keep their
/// keys in order (a report is small, a lookup is a short scan), integers stay
/// integers.
public indirect enum JSONNode: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONNode])
    case object([Field])

    public struct Field: Hashable, Sendable {
        public var key: String
        public var value: JSONNode
    }

    public subscript(key: String) -> JSONNode? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var int: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// An integer or a decimal.
    public var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var array: [JSONNode]? {
        if case .array(let items) = self { return items }
        return nil
    }
}

/// A JSON parser over bytes. Written for the region's speed: tens of thousands
/// of weekly files are opened before the first screen, and of most only the
/// first fields are needed (`fields(of:wanted:)` skips the rest unparsed).
struct JSONParser {
    struct Failure: Error, Equatable {
        /// Byte offset of the problem.
        var offset: Int
    }

    private let bytes: ArraySlice<UInt8>
    private var index: Int
    /// In `fields(of:wanted:)`: no key of the top-level object read yet.
    private var atFirstField = true

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    /// The whole text as one value; nothing but white space may follow it.
    static func parse(_ bytes: ArraySlice<UInt8>) throws -> JSONNode {
        var parser = JSONParser(bytes)
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.endIndex else { throw Failure(offset: parser.index) }
        return value
    }

    /// The named fields of the top-level object, parsed; the others are only
    /// stepped over, and reading stops once every wanted field is found.
    static func fields(of bytes: ArraySlice<UInt8>, wanted: Set<String>) throws -> [String: JSONNode] {
        var parser = JSONParser(bytes)
        var found: [String: JSONNode] = [:]
        try parser.expectObjectStart()
        while let key = try parser.nextKey() {
            if wanted.contains(key) {
                found[key] = try parser.value(depth: 1)
                if found.count == wanted.count { return found }
            } else {
                try parser.skipValue()
            }
        }
        return found
    }

    private static let maximumDepth = 64

    private mutating func expectObjectStart() throws {
        skipSpace()
        guard peek == UInt8(ascii: "{") else { throw Failure(offset: index) }
        index += 1
    }

    /// The next key of an object whose `{` was read, with its `:`; nil at `}`.
    private mutating func nextKey() throws -> String? {
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return nil
        }
        if !atFirstField {
            guard peek == UInt8(ascii: ",") else { throw Failure(offset: index) }
            index += 1
            skipSpace()
        }
        atFirstField = false
        let key = try string()
        skipSpace()
        guard peek == UInt8(ascii: ":") else { throw Failure(offset: index) }
        index += 1
        return key
    }

    private var peek: UInt8? { index < bytes.endIndex ? bytes[index] : nil }

    private mutating func skipSpace() {
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x20, 0x0a, 0x0d, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws -> JSONNode {
        guard depth < Self.maximumDepth else { throw Failure(offset: index) }
        skipSpace()
        guard let byte = peek else { throw Failure(offset: index) }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func object(depth: Int) throws -> JSONNode {
        index += 1
        var fields: [JSONNode.Field] = []
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return .object(fields)
        }
        while true {
            skipSpace()
            let key = try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw Failure(offset: index) }
            index += 1
            fields.append(JSONNode.Field(key: key, value: try value(depth: depth + 1)))
            skipSpace()
            guard let next = peek else { throw Failure(offset: index) }
            index += 1
            if next == UInt8(ascii: "}") { return .object(fields) }
            guard next == UInt8(ascii: ",") else { throw Failure(offset: index - 1) }
        }
    }

    private mutating func array(depth: Int) throws -> JSONNode {
        index += 1
        var items: [JSONNode] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard let next = peek else { throw Failure(offset: index) }
            index += 1
            if next == UInt8(ascii: "]") { return .array(items) }
            guard next == UInt8(ascii: ",") else { throw Failure(offset: index - 1) }
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard bytes.endIndex - index >= count else { throw Failure(offset: index) }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw Failure(offset: index) }
        index += count
    }

    private mutating func number() throws -> JSONNode {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        var integral = true
        var value = 0
        var digits = 0
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if integral {
                    let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
                    let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                    if overflowTimes || overflowSum { integral = false } else { value = sum }
                }
                digits += 1
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
                integral = false
            default:
                break
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "+-.eE".utf8.contains(byte) else { break }
            index += 1
        }
        guard digits > 0 else { throw Failure(offset: start) }
        if integral { return .int(bytes[start] == UInt8(ascii: "-") ? -value : value) }
        guard let double = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else { throw Failure(offset: start) }
        return .double(double)
    }

    private mutating func string() throws -> String {
        guard peek == UInt8(ascii: "\"") else { throw Failure(offset: index) }
        index += 1
        let start = index
        // the common case, no escapes: one copy of the bytes
        while let byte = peek, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else { throw Failure(offset: index) }
            index += 1
        }
        if peek == UInt8(ascii: "\"") {
            defer { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        var scalars = Array(bytes[start..<index])
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"): try escape(into: &scalars)
            case ..<0x20: throw Failure(offset: index - 1)
            default: scalars.append(byte)
            }
        }
        throw Failure(offset: index)
    }

    private mutating func escape(into out: inout [UInt8]) throws {
        guard let byte = peek else { throw Failure(offset: index) }
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "n"): out.append(0x0a)
        case UInt8(ascii: "r"): out.append(0x0d)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0c)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code), peek == UInt8(ascii: "\\") {
                index += 1
                guard peek == UInt8(ascii: "u") else { throw Failure(offset: index) }
                index += 1
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw Failure(offset: index) }
                code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw Failure(offset: index) }
            out += Array(String(Character(scalar)).utf8)
        default:
            throw Failure(offset: index - 1)
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard bytes.endIndex - index >= 4 else { throw Failure(offset: index) }
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[index]) else { throw Failure(offset: index) }
            code = code << 4 | digit
            index += 1
        }
        return code
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Steps over one value without building it: strings are scanned for
    /// their closing quote, containers for their closing bracket.
    private mutating func skipValue() throws {
        skipSpace()
        guard let first = peek else { throw Failure(offset: index) }
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
            _ = try value(depth: Self.maximumDepth - 1)
            return
        }
        var depth = 0
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return }
            case UInt8(ascii: "\""):
                while let inner = peek, inner != UInt8(ascii: "\"") { index += inner == UInt8(ascii: "\\") ? 2 : 1 }
                index += 1
            default: break
            }
        }
        throw Failure(offset: index)
    }
}
