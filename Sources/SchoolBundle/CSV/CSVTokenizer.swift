/// An RFC 4180 reader over the bytes of one file. It is strict where a lenient
/// reader would lose data without a word (a quote left open swallows the rest of
/// the file, text after a closing quote is dropped, a NUL cuts a value short in
/// C), and it knows on which physical line each record starts, so that a message
/// can point at it even when an earlier field spanned several lines.
struct CSVTokenizer {
    enum Problem: Equatable, Sendable {
        /// A quoted field runs to the end of the file.
        case unterminatedQuote(openedAtLine: Int)
        /// `"ab"c`: the quote closed on `closedAtLine` and something other than a
        /// comma or a line end follows.
        case textAfterClosingQuote(closedAtLine: Int)
        /// `ab"c`: RFC 4180 allows quotes only in quoted fields.
        case quoteInUnquotedField
        /// A NUL or another control character (C0 but tab, line feed and
        /// carriage return; DEL; C1), quoted or not: no school data holds one,
        /// and `abc\0def` would be stored as `abc` by programs that read C
        /// strings. The error's line is the character's own.
        case controlCharacter(UInt32)
    }

    struct SyntaxError: Equatable, Sendable {
        /// The line the broken record starts on.
        let line: Int
        let problem: Problem
    }

    /// Calls `onRecord` with each record that has at least one non-empty field
    /// (blank lines and rows of empty cells, which spreadsheets leave behind, are
    /// skipped) and the line it starts on. A record with a syntax error goes to
    /// `onError` instead, in its place among the records; reading goes on at the
    /// next line, except after an unterminated quote, which leaves nothing to read.
    static func forEachRecord(in bytes: [UInt8], onRecord: (_ line: Int, _ fields: [String]) -> Void,
                              onError: (SyntaxError) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            forEachRecord(in: buffer, onRecord: onRecord, onError: onError)
        }
    }

    /// The same over bytes in place; `passed` is told now and then (every
    /// megabyte or so) where reading has got to: nothing before it is read again.
    static func forEachRecord(in buffer: UnsafeBufferPointer<UInt8>, passed: (UnsafePointer<UInt8>) -> Void = { _ in },
                              onRecord: (_ line: Int, _ fields: [String]) -> Void, onError: (SyntaxError) -> Void) {
        var scanner = Scanner(buffer: buffer)
        scanner.run(passed: passed, onRecord: onRecord, onError: onError)
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

private struct Scanner {
    let buffer: UnsafeBufferPointer<UInt8>
    var position = 0
    var line = 1
    var fields: [String] = []
    /// The unescaped text of the quoted field being read, reused between fields.
    var quoted: [UInt8] = []
    /// The first control character of the record being read, and its line: the
    /// record is read to its end (so that reading goes on at the next one) and
    /// then refused.
    var control: (line: Int, code: UInt32)?

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func run(passed: (UnsafePointer<UInt8>) -> Void, onRecord: (Int, [String]) -> Void,
                      onError: (CSVTokenizer.SyntaxError) -> Void) {
        var nextPass = 1 << 20
        while position < buffer.count {
            if position >= nextPass, let base = buffer.baseAddress {
                passed(base + position)
                nextPass = position + (1 << 20)
            }
            let recordLine = line
            fields.removeAll(keepingCapacity: true)
            control = nil
            if let problem = readRecord() {
                onError(CSVTokenizer.SyntaxError(line: recordLine, problem: problem))
                skipRestOfLine()
            } else if let control {
                onError(CSVTokenizer.SyntaxError(line: control.line, problem: .controlCharacter(control.code)))
            } else if fields.contains(where: { !$0.isEmpty }) {
                onRecord(recordLine, fields)
            }
        }
    }

    /// Reads fields up to and including the record's line end.
    private mutating func readRecord() -> CSVTokenizer.Problem? {
        while true {
            let problem = position < buffer.count && buffer[position] == quote ? readQuotedField() : readPlainField()
            if let problem { return problem }
            guard position < buffer.count else { return nil }
            if buffer[position] == comma {
                position += 1
                continue
            }
            consumeLineEnd()
            return nil
        }
    }

    private mutating func readPlainField() -> CSVTokenizer.Problem? {
        let start = position
        while position < buffer.count {
            let byte = buffer[position]
            // Nearly every byte of a bundle: a letter, a digit, '-', '.', ':' or UTF-8.
            if byte > comma, !mayBeControl(byte) {
                position += 1
                continue
            }
            if byte == comma || byte == lineFeed || byte == carriageReturn { break }
            if byte == quote { return .quoteInUnquotedField }
            if mayBeControl(byte) { noteControl(at: position) }
            position += 1
        }
        fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<position]), as: UTF8.self))
        return nil
    }

    private mutating func readQuotedField() -> CSVTokenizer.Problem? {
        let openedAtLine = line
        position += 1
        quoted.removeAll(keepingCapacity: true)
        var segmentStart = position
        while position < buffer.count {
            let byte = buffer[position]
            if byte > quote, !mayBeControl(byte) {
                position += 1
                continue
            }
            if byte == quote {
                quoted.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[segmentStart..<position]))
                if position + 1 < buffer.count, buffer[position + 1] == quote {
                    quoted.append(quote)
                    position += 2
                    segmentStart = position
                    continue
                }
                position += 1
                if position < buffer.count, !isFieldEnd(buffer[position]) {
                    return .textAfterClosingQuote(closedAtLine: line)
                }
                fields.append(String(decoding: quoted, as: UTF8.self))
                return nil
            }
            if isLineBreak(at: position) {
                line += 1
            } else if mayBeControl(byte) {
                noteControl(at: position)
            }
            position += 1
        }
        return .unterminatedQuote(openedAtLine: openedAtLine)
    }

    /// LF, CRLF (counted at its LF) and a lone CR each end one line.
    private func isLineBreak(at index: Int) -> Bool {
        let byte = buffer[index]
        if byte == lineFeed { return true }
        return byte == carriageReturn && (index + 1 == buffer.count || buffer[index + 1] != lineFeed)
    }

    /// A quick look that lets ordinary bytes pass: C0, DEL, and 0xC2, which
    /// starts the UTF-8 of U+0080–U+00BF (the C1 controls among them).
    private func mayBeControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2
    }

    /// Remembers the record's first control character at `index`; tab and the
    /// line ends (CR inside quotes) are text.
    private mutating func noteControl(at index: Int) {
        guard control == nil else { return }
        let byte = buffer[index]
        switch byte {
        case 0x09, lineFeed, carriageReturn:
            return
        case 0xC2:
            guard index + 1 < buffer.count, (0x80...0x9F).contains(buffer[index + 1]) else { return }
            control = (line, UInt32(buffer[index + 1]))
        default:
            control = (line, UInt32(byte))
        }
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
    }

    private mutating func consumeLineEnd() {
        if buffer[position] == carriageReturn { position += 1 }
        if position < buffer.count, buffer[position] == lineFeed { position += 1 }
        line += 1
    }

    private mutating func skipRestOfLine() {
        while position < buffer.count, buffer[position] != lineFeed, buffer[position] != carriageReturn {
            position += 1
        }
        if position < buffer.count { consumeLineEnd() }
    }
}
