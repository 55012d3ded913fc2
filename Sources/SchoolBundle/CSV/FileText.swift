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

    /// The file's text without its BOM, in place.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<UnsafeBufferPointer<UInt8>, NotUTF8> {
        let hasMark = bytes.starts(with: byteOrderMark)
        let body = UnsafeBufferPointer(rebasing: bytes[(hasMark ? byteOrderMark.count : 0)...])
        // The standard library's validation is fast; the slow scalar-by-scalar
        // walk only runs to say where a broken file breaks.
        if isUTF8(body) { return .success(body) }
        let offset = firstInvalidOffset(body) ?? 0
        let line = 1 + body[..<offset].lazy.filter { $0 == UInt8(ascii: "\n") }.count
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        return .failure(NotUTF8(line: line, byte: body[offset], looksLikeUTF16: utf16))
    }

    /// Validates a megabyte at a time, each piece cut before a byte that
    /// starts a character: validating by making a `String` of the whole file
    /// would hold a second copy of it.
    private static func isUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < buffer.count {
            var end = min(start + (1 << 20), buffer.count)
            while end < buffer.count, end > start, buffer[end] & 0xC0 == 0x80 { end -= 1 }
            if end == start { return false }
            guard String(validating: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self) != nil else { return false }
            start = end
        }
        return true
    }

    private static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
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
