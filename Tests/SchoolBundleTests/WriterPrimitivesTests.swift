import Foundation
import JournalCore
import Testing
@testable import SchoolBundle

@Suite struct WriterPrimitivesTests {
    @Test func quotesOnlyWhenNeeded() {
        var out = CSVOutput(header: ["a", "b", "c", "d", "e"], excel: false)
        out.text("plain")
        out.text("a, b")
        out.text("say \"hi\"")
        out.text("two\nlines")
        out.text(nil)
        out.endRow()
        #expect(String(decoding: out.bytes, as: UTF8.self) == "a,b,c,d,e\nplain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\n")
    }

    @Test func excelGetsBOMAndCRLF() {
        var out = CSVOutput(header: ["a"], excel: true)
        out.number(7)
        out.endRow()
        #expect(out.bytes == [0xEF, 0xBB, 0xBF] + Array("a\r\n7\r\n".utf8))
    }

    @Test func datesTimesAndTimestampsArePadded() {
        var out = CSVOutput(header: ["d", "t", "ts", "f"], excel: false)
        out.date(SchoolDate(iso: "2024-09-02"))
        out.time(TimeOfDay(text: "8:05")!)
        out.timestamp(SchoolTime.parse("2024-01-03T04:05:06", timeZone: TimeZone(identifier: "UTC")!))
        out.flag(true)
        out.endRow()
        #expect(String(decoding: out.bytes, as: UTF8.self) == "d,t,ts,f\n2024-09-02,08:05,2024-01-03T04:05:06,1\n")
    }

    @Test func naturalOrderComparesDigitRunsAsNumbers() {
        let ids = ["10", "2", "L-rus", "017", "1", "5Б", "10А", "5А", "s10", "s9", "07", "7"]
        let sorted = ids.sorted(by: NaturalOrder.areInIncreasingOrder)
        #expect(sorted == ["1", "2", "5А", "5Б", "07", "7", "10", "10А", "017", "L-rus", "s9", "s10"])
    }
}
