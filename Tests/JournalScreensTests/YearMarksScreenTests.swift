import Foundation
import GRDB
import JournalCore
@testable import JournalScreens
@testable import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The year marks from the grid's «Учебный год»: proposals shown dim beside
/// the confirmed marks, Enter accepting a row's, F6 every open one at once.
@Suite struct YearMarksScreenTests {
    /// 5А math: Андреев 5 and 4 (→ 5), Борисова 3 and 3 with a 4 already set,
    /// Васильев 4 and н/а (→ н/а), Григорьева only the first quarter (none).
    func harness() throws -> ScreenHarness {
        let h = try ScreenHarness.grid()
        try h.db.writer.write { db in
            for (student, period, value) in [(1, 1, "5"), (1, 2, "4"), (2, 1, "3"), (2, 2, "3"), (3, 1, "4"), (3, 2, "н/а"), (4, 1, "5"),
                                             (2, 3, "4")] {
                try db.execute(sql: "INSERT INTO final_mark (student_id, subject_id, period_id, value, entered_at) VALUES (?, 1, ?, ?, 0)",
                               arguments: [student, period, value])
            }
        }
        h.press(.character("]"), .function(5))
        return h
    }

    func yearMark(_ h: ScreenHarness, _ student: Int) throws -> String? {
        try h.db.writer.read { try String.fetchOne($0, sql: "SELECT value FROM final_mark WHERE student_id = ? AND period_id = 3", arguments: [student]) }
    }

    @Test func theProposalIsShownDimAndTheConfirmedMarkInItsColour() throws {
        let h = try harness()
        let screen = try #require(h.app.topScreen as? YearMarksScreen, "\(h.screenText)")
        #expect(screen.state.data.proposedYearMark(StudentID(1)) == .mark(5))
        #expect(h.contains("Годовые отметки"), "\(h.screenText)")
        let row = try #require(h.row(containing: "Андреев"))
        #expect(h.lines[row].contains("5 4"))
        let proposal = try #require(h.column(of: "Предл.", inRow: 2))
        let vasiliev = try #require(h.row(containing: "Васильев"))   // not the chosen row: its colours are its own
        #expect(h.lines[vasiliev].contains("н/а") && h.style(proposal + 2, vasiliev) == .dim)
        let borisova = try #require(h.row(containing: "Борисова"))
        let year = try #require(h.column(of: "Год", inRow: 2))
        #expect(h.lines[borisova].contains("4") && h.style(year + 1, borisova) == .markGood)
    }

    @Test func f6AcceptsEveryOpenProposalOfTheClassAndKeepsTheTeachersMarks() throws {
        let h = try harness()
        h.press(.function(6))
        #expect(h.status.contains("Принято предложенных отметок: 2"), "\(h.status)")
        #expect(try yearMark(h, 1) == "5" && yearMark(h, 2) == "4" && yearMark(h, 3) == "н/а" && yearMark(h, 4) == nil)
        let audit = try h.db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = 'final_mark'") }
        #expect(audit == 2)
    }

    @Test func enterAcceptsTheRowsProposalOnly() throws {
        let h = try harness()
        h.press(.enter)
        #expect(try yearMark(h, 1) == "5" && yearMark(h, 3) == nil)
        h.press(.enter)   // Борисова has a mark: her proposal (3) replaces it only when asked for
        #expect(try yearMark(h, 2) == "3")
    }
}
