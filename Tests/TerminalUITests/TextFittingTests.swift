import Testing
import TerminalUI

@Suite("Text fitting")
struct TextFittingTests {
    @Test func truncatesByColumnsWithEllipsis() {
        #expect(TextFitting.truncate("Дмитриева", toWidth: 5) == "Дмит…")
        #expect(TextFitting.truncate("Дом", toWidth: 5) == "Дом")
        #expect(TextFitting.truncate("中文字", toWidth: 4) == "中…")
        #expect(TextFitting.truncate("abc", toWidth: 0) == "")
        #expect(TextFitting.truncate("abc", toWidth: 2, ellipsis: false) == "ab")
    }

    @Test func fitsWithAlignment() {
        #expect(TextFitting.fit("5", width: 3, alignment: .center) == " 5 ")
        #expect(TextFitting.fit("5", width: 3, alignment: .right) == "  5")
        #expect(TextFitting.fit("ёж", width: 4) == "ёж  ")
        #expect(DisplayWidth.of(TextFitting.fit("中", width: 5, alignment: .center)) == 5)
    }

    @Test func wrapsAtSpacesAndSplitsLongWords() {
        #expect(TextFitting.wrap("Отметка будет удалена", width: 10) == ["Отметка", "будет", "удалена"])
        #expect(TextFitting.wrap("одна строка", width: 20) == ["одна строка"])
        #expect(TextFitting.wrap("абвгдежзий", width: 4) == ["абвг", "дежз", "ий"])
        #expect(TextFitting.wrap("а\nб", width: 4) == ["а", "б"])
        #expect(TextFitting.wrap("", width: 4) == [""])
    }
}
