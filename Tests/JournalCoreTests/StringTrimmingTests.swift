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
}
