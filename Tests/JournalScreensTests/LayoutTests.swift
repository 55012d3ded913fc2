import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// Texts that ran into one another or were cut at 80×24, and a column that did
/// not use a wider terminal.
@Suite(.serialized) struct LayoutTests {
    /// The cell editor's columns keep a space between them: a long work type
    /// or comment is cut with «…», and the time entered starts in its own column.
    @Test func theCellEditorsColumnsDoNotRunTogether() throws {
        let h = try ScreenHarness.grid("week-ago")
        h.press(.enter, .enter)
        h.type("очень длинный комментарий к этой отметке у доски")
        h.press(.enter)
        for _ in 0..<8 where !h.contains("Самостоятельная работа") { h.press(.right) }
        let header = try #require(h.row(containing: "Поставлена"))
        let row = try #require(h.row(containing: "Самостоятельная работа"))
        let characters = Array(h.lines[row])
        for title in ["Комментарий", "Поставлена"] {
            let x = try #require(h.column(of: title, inRow: header))
            #expect(characters[x - 1] == " ", "\(title): \(h.lines[row])")
        }
        let entered = try #require(h.column(of: "Поставлена", inRow: header))
        #expect(String(characters[entered...]).hasPrefix("04.09 08:50 ivanova"), "\(h.lines[row])")
        #expect(h.lines[row].contains("…"))
        // a long attendance code is not cut by a hint the footer already gives
        h.type("у")
        let attendance = try #require(h.row(containing: "Посещаемость:"))
        #expect(h.lines[attendance].contains("Посещаемость: уп — уважительная причина"))
        #expect(!h.lines[attendance].contains("Пробел"))
    }

    /// A late entry with a delay of days and long names: the delay whole in
    /// its column, the full text under the table whole, its key included.
    @Test func theLateEntryDrillDownShowsTheDelayAndTheTextWhole() throws {
        var school = TinySchool.snapshot()
        school.students[1].fullName = "Константинопольская Александра Владиславовна"
        school.accounts[1].fullName = "Иванова-Петрова Анна-Мария Петровна"
        school.attendance[0].enteredAt = TinySchool.time("2024-09-15T22:36")
        let clock = FixedClock(Date(timeIntervalSince1970: TimeInterval(TinySchool.time("2024-09-16T09:00").seconds - 3 * 3600)))
        let h = try DashboardHarness(clock: clock, school: school)
        h.press(.end, .enter, .enter)
        #expect(h.lines[1].contains("Своевременное ведение журнала — 5А"))
        let row = try #require(h.line(containing: "02.09 пн"))
        #expect(row.contains("12 дн 10 ч 36 мин"), "\(row)")
        let body = h.lines[6...20].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        #expect(body.contains("опоздание 12 дн 10 ч 36 мин · Enter — открыть урок"), "\(h.text)")
    }

    /// The F4 dates dialog: the line of keys whole, and still there under an error.
    @Test func theDatesDialogKeepsItsKeysLineWhole() throws {
        let h = try DashboardHarness()
        h.press(.function(4))
        #expect(h.text.contains("Enter — показать · Tab — поле · Esc — отмена"))
        for _ in 0..<4 { h.press(.backspace) }
        h.type("xx")
        h.press(.enter)
        #expect(h.text.contains("Не понял дату «с»: нужно ДД.ММ.ГГГГ."))
        #expect(h.text.contains("Enter — показать · Tab — поле · Esc — отмена"))
    }

    /// Full names are cut at 80 columns; at 120 the name column takes the room.
    @Test func accountNamesGrowWithTheTerminal() throws {
        let narrow = try ScreenHarness.journal(login: "admin")
        narrow.press(.function(8))
        #expect(narrow.contains("Админова Алла Борисо…"))
        let wide = try ScreenHarness.journal(login: "admin", backend: TestBackend(size: Size(width: 120, height: 24)))
        wide.press(.function(8))
        #expect(wide.lines[1].contains("Учётные записи"))
        #expect(wide.contains("Админова Алла Борисовна"))
        let row = try #require(wide.row(containing: "Админова Алла Борисовна"))
        #expect(wide.lines[row].contains("администратор"))
        #expect(wide.lines[row].contains("работает"))
    }
}
