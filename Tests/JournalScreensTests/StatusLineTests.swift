import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The status line: what it says of the keys that never leave the program, and
/// that it says it of the screen it was said on.
@Suite struct StatusLineTests {
    static let interruptKeys: [Key] = [.control("c"), .control("z"), .control("\\")]

    /// The whole hint, ending with its full stop, on the 80-column status line.
    static func expectHint(_ h: ScreenHarness, for key: Key, endingWith end: String) {
        h.press(key)
        let line = h.status.trimmingCharacters(in: .whitespaces)
        #expect(line.hasPrefix(key.name + " здесь не действует"), "\(line)")
        #expect(line.hasSuffix(end), "cut at 80 columns: \(line)")
    }

    @Test(arguments: interruptKeys) func eachInterruptKeyIsNamedAndItsHintFitsTheLine(key: Key) throws {
        let clock = TestClock(TinySchool.tuesdayMorning.instant)
        let h = try ScreenHarness(clock: clock)
        Self.expectHint(h, for: key, endingWith: "нажмите F10.")
        try h.signInDirectly("ivanova")
        Self.expectHint(h, for: key, endingWith: "выход из журнала.")
        clock.advance(seconds: 3600)
        h.app.tick()
        #expect(h.app.isLocked)
        Self.expectHint(h, for: key, endingWith: "под другим логином.")
    }

    @Test func aSavedMarkIsNotNewsOnTheNextScreen() throws {
        let h = try ScreenHarness.grid()
        h.press(.character("5"))
        #expect(h.status.contains("Сохранено."))
        h.press(.function(2))
        #expect(h.lines[1].contains("Урок · 5А · Математика"))
        #expect(h.status.trimmingCharacters(in: .whitespaces).isEmpty, "\(h.status)")
        h.press(.function(5))
        #expect(h.status.contains("Отмечено: урок проведён."))
        h.press(.escape)
        #expect(h.grid != nil)
        #expect(h.status.trimmingCharacters(in: .whitespaces).isEmpty, "\(h.status)")
    }

    /// A sentence ending in a short name ends with the initials' full stop only.
    @Test func initialsAtTheEndGetNoSecondFullStop() throws {
        let h = try ScreenHarness.grid()
        h.press(.character("5"), .up, .delete)
        #expect(h.status.trimmingCharacters(in: .whitespaces) == "Удалена отметка 5: Андреев И. С.")
        #expect(!h.status.contains(".."))
    }

    /// What a screen says as it closes is about what it did: it stays.
    @Test func aSaveOnLeavingIsStillReported() throws {
        let h = try ScreenHarness.grid()
        h.press(.function(2))
        h.type("Сложение")
        h.press(.escape)
        #expect(h.grid != nil)
        #expect(h.status.contains("Тема сохранена."))
    }
}
