/// An RFC 4180 reader over the bytes of one file. It is strict where a lenient
/// reader would lose data without a word (a quote left open swallows the rest of
/// the file, text after a closing quote is dropped), and it knows on which
/// physical line each record starts, so that a message can point at it even
/// when an earlier field spanned several lines.
struct CSVTokenizer {
    enum Problem: Equatable, Sendable {
        /// A quoted field runs to the end of the file.
        case unterminatedQuote(openedAtLine: Int)
        /// `"ab"c`: the quote closed on `closedAtLine` and something other than a
        /// comma or a line end follows.
        case textAfterClosingQuote(closedAtLine: Int)
        /// `ab"c`: RFC 4180 allows quotes only in quoted fields.
        case quoteInUnquotedField
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
            var scanner = Scanner(buffer: buffer)
            scanner.run(onRecord: onRecord, onError: onError)
        }
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

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func run(onRecord: (Int, [String]) -> Void, onError: (CSVTokenizer.SyntaxError) -> Void) {
        while position < buffer.count {
            let recordLine = line
            fields.removeAll(keepingCapacity: true)
            if let problem = readRecord() {
                onError(CSVTokenizer.SyntaxError(line: recordLine, problem: problem))
                skipRestOfLine()
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
            if byte == comma || byte == lineFeed || byte == carriageReturn { break }
            if byte == quote { return .quoteInUnquotedField }
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
            if isLineBreak(at: position) { line += 1 }
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
