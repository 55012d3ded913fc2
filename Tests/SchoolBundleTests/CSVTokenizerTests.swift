import CSV
import Foundation
import Testing
@testable import SchoolBundle

@Suite struct CSVTokenizerTests {
    struct Parsed: Equatable {
        var records: [[String]] = []
        var lines: [Int] = []
        var errors: [CSVTokenizer.SyntaxError] = []
    }

    func parse(_ text: String) -> Parsed {
        var parsed = Parsed()
        CSVTokenizer.forEachRecord(in: Array(text.utf8), onRecord: { line, fields in
            parsed.records.append(fields)
            parsed.lines.append(line)
        }, onError: { parsed.errors.append($0) })
        return parsed
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() {
        let parsed = parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
        #expect(parsed.records == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"]])
        #expect(parsed.errors.isEmpty)
    }

    @Test func aControlCharacterRefusesItsRecordAtItsLineAndReadingGoesOn() {
        let parsed = parse("h1,h2\nab\u{0}c,x\n\"one\ntw\u{7}o\",y\nnext,row\n\"ta\tb\r\nok\",z\n")
        #expect(parsed.errors == [CSVTokenizer.SyntaxError(line: 2, problem: .controlCharacter(0)),
                                  CSVTokenizer.SyntaxError(line: 4, problem: .controlCharacter(7))])
        #expect(parsed.records == [["h1", "h2"], ["next", "row"], ["ta\tb\r\nok", "z"]])
        #expect(parsed.lines == [1, 5, 6])
    }

    @Test func recordLineIsTheLineItStartsOn() {
        let parsed = parse("h1,h2\n\"one\ntwo\nthree\",x\nnext,row\n\"a\r\nb\",y\r\nlast,z")
        #expect(parsed.lines == [1, 2, 5, 6, 8])
        #expect(parsed.records[3] == ["a\r\nb", "y"])
        #expect(parsed.records[4] == ["last", "z"])
    }

    @Test func crlfAndLoneCrEndLines() {
        let parsed = parse("a,b\r\n1,2\r3,4\r\n")
        #expect(parsed.records == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(parsed.lines == [1, 2, 3])
    }

    @Test func blankLinesAndRowsOfEmptyCellsAreSkippedButCounted() {
        let parsed = parse("a,b\n\n,\n1,2\n\"\",\"\"\n3,\n")
        #expect(parsed.records == [["a", "b"], ["1", "2"], ["3", ""]])
        #expect(parsed.lines == [1, 4, 6])
    }

    @Test func emptyFieldsAtTheEndsOfARecord() {
        let parsed = parse(",x,\n")
        #expect(parsed.records == [["", "x", ""]])
    }

    @Test func unterminatedQuoteIsReportedWhereTheRecordStarts() {
        let parsed = parse("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(parsed.records == [["a", "b"], ["1", "2"]])
        #expect(parsed.errors == [CSVTokenizer.SyntaxError(line: 3, problem: .unterminatedQuote(openedAtLine: 3))])
    }

    @Test func textAfterClosingQuoteIsAnErrorAndReadingGoesOn() {
        let parsed = parse("a,b\n\"x\"y,2\n3,4\n")
        #expect(parsed.records == [["a", "b"], ["3", "4"]])
        #expect(parsed.errors == [CSVTokenizer.SyntaxError(line: 2, problem: .textAfterClosingQuote(closedAtLine: 2))])
    }

    @Test func quoteInsideAnUnquotedFieldIsAnError() {
        let parsed = parse("a,b\nШкола \"Радуга\",2\n3,4\n")
        #expect(parsed.records == [["a", "b"], ["3", "4"]])
        #expect(parsed.errors == [CSVTokenizer.SyntaxError(line: 2, problem: .quoteInUnquotedField)])
    }

    /// An independent RFC 4180 reader (CSV.swift) agrees on well-formed input.
    @Test func agreesWithCSVSwiftOnWellFormedText() throws {
        let text = "id,text\r\n1,\"a, b\"\r\n2,\"multi\nline \"\"q\"\"\"\r\n3,plain Кириллица\r\n4,\r\n"
        let reader = try CSVReader(string: text)
        var expected: [[String]] = []
        while let row = reader.next() { expected.append(row) }
        #expect(parse(text).records == expected)
    }

    /// A file of several megabytes read from disk, its pages given back as
    /// reading passes them, gives the records it gives read whole, quoted line
    /// breaks across the megabyte marks included; the buffer is handed pages back.
    @Test func aBigFileReadInPlaceGivesTheSameRecords() throws {
        let row = "1234,s1,5,lesson,2024-09-02T08:50,ivanova,\"Ответ у доски,\nс \"\"примером\"\"\"\n"
        let text = "lesson_id,student_id,value,work_type,entered_at,entered_by,comment\n" + String(repeating: row, count: 40_000)
        let folder = TempFolder()
        let path = folder.child("marks.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let buffer = try #require(FileBuffer(path: path))
        #expect(buffer.count == text.utf8.count)
        var records = 0
        var lastLine = 0
        var passes = 0
        var same = true
        CSVTokenizer.forEachRecord(in: buffer.bytes, passed: { end in
            passes += 1
            buffer.release(before: end)
        }, onRecord: { line, fields in
            records += 1
            lastLine = line
            if line > 1, fields != ["1234", "s1", "5", "lesson", "2024-09-02T08:50", "ivanova", "Ответ у доски,\nс \"примером\""] {
                same = false
            }
        }, onError: { _ in same = false })
        #expect(records == 40_001)
        #expect(lastLine == 2 + 2 * 39_999)
        #expect(same)
        #expect(passes == buffer.count >> 20)
    }
}
