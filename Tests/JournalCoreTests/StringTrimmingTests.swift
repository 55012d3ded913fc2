import Foundation
import JournalCore
import Testing

@Suite struct StringTrimmingTests {
    @Test func trimsWhiteSpaceAtBothEndsOnly() {
        #expect("  Тема урока \n".trimmingSpaces == "Тема урока")
        #expect("\u{00A0}5\t".trimmingSpaces == "5")
        #expect("a  b".trimmingSpaces == "a  b")
        #expect("нечего обрезать".trimmingSpaces == "нечего обрезать")
        #expect(" \r\n ".trimmingSpaces == "")
        #expect("".trimmingSpaces == "")
    }

    /// The list of White_Space code points is Unicode's own property, for every scalar.
    @Test func whiteSpaceListIsUnicodesProperty() {
        let differing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { $0.isWhiteSpace != $0.properties.isWhitespace }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
    }

    @Test func datesAndTimesParseFromSubstringsToo() {
        let text = "x2024-09-02T10:15:30+05:00"
        #expect(SchoolDate(iso: text.dropFirst().prefix(10)) == SchoolDate(year: 2024, month: 9, day: 2))
        let moscow = TimeZone(identifier: "Europe/Moscow")!
        #expect(SchoolTime.parse(text.dropFirst(), timeZone: moscow)?.iso == "2024-09-02T08:15:30")
        #expect(SchoolTime.parse("2024-09-02T10:15", timeZone: moscow)?.iso == "2024-09-02T10:15:00")
        #expect(SchoolTime.parse("2024-09-02T10:15:3", timeZone: moscow) == nil)
        #expect(SchoolTime.parse("2024-09-02T10:15Z", timeZone: moscow)?.iso == "2024-09-02T13:15:00")
    }
}
