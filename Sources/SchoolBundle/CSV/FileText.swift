/// The bytes of one bundle file, checked to be UTF-8, with the optional BOM
/// removed.
enum FileText {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    struct NotUTF8: Error, Equatable {
        let line: Int
        let byte: UInt8
        /// Starts with a UTF-16 byte-order mark: "Unicode text" from a spreadsheet.
        let looksLikeUTF16: Bool
    }

    static func decode(_ bytes: [UInt8]) -> Result<[UInt8], NotUTF8> {
        let body = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(byteOrderMark.count)) : bytes
        // The standard library's validation is fast; the slow scalar-by-scalar
        // walk only runs to say where a broken file breaks.
        if String(validating: body, as: UTF8.self) != nil { return .success(body) }
        let offset = firstInvalidOffset(body) ?? 0
        let line = 1 + body[..<offset].lazy.filter { $0 == UInt8(ascii: "\n") }.count
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        return .failure(NotUTF8(line: line, byte: body[offset], looksLikeUTF16: utf16))
    }

    private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
