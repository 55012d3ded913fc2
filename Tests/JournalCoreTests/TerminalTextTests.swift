import JournalCore
import Testing

/// The command line's one sanitiser: nothing from the data may command the terminal.
@Suite struct TerminalTextTests {
    @Test func terminalCommandsInDataBecomeVisibleAndHarmless() {
        let retitle = "Школа \u{1B}]0;взломано\u{07}№ 1"
        let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}Гимназия"
        let csi = "Иванов\u{9B}2J\u{1B}[2J\u{7F}\r"
        #expect(TerminalText.sanitized(retitle) == "Школа \u{FFFD}]0;взломано\u{FFFD}№ 1")
        #expect(TerminalText.sanitized(clipboard) == "\u{FFFD}]52;c;cm0gLXJmIH4=\u{FFFD}Гимназия")
        #expect(TerminalText.sanitized(csi) == "Иванов\u{FFFD}2J\u{FFFD}[2J\u{FFFD}\u{FFFD}")
        for text in [retitle, clipboard, csi] {
            #expect(!TerminalText.sanitized(text).unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        }
    }

    @Test func bidiOverridesAreReplacedLineFeedsAndTabsStay() {
        #expect(TerminalText.sanitized("evil\u{202E}txt.exe") == "evil\u{FFFD}txt.exe")
        #expect(TerminalText.sanitized("a\u{2066}b\u{2069}") == "a\u{FFFD}b\u{FFFD}")
        let table = "логин\tФИО\nivanova\tИванова Анна Петровна\n"
        #expect(TerminalText.sanitized(table) == table)
    }
}
