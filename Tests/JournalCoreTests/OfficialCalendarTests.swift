import Foundation
import Testing
@testable import JournalCore

@Suite struct OfficialCalendarTests {
    /// The embedded text is the file in Resources/, so the data a school sees
    /// is the data its sources are given for.
    @Test func embeddedTextIsTheResourceFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/calendar/official-days-off.csv")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file == OfficialCalendar.text + "\n")
    }

    @Test func everyLineParses() {
        let lines = OfficialCalendar.text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("date,") }
        #expect(OfficialCalendar.days.count == lines.count)
        #expect(OfficialCalendar.days.allSatisfy { $0.kind != .workday || $0.weekday != nil })
    }

    @Test func theHolidaysInsideTheTermsOf2026To2027() {
        let days = OfficialCalendar.days(from: SchoolDate(iso: "2026-09-01")!, to: SchoolDate(iso: "2027-05-31")!)
        let offOnSchoolDays = days.filter { $0.kind == .holiday && $0.date.weekday <= 6 }.map(\.date.iso)
        for expected in ["2026-11-04", "2026-12-31", "2027-02-22", "2027-02-23", "2027-03-08", "2027-05-03", "2027-05-10"] {
            #expect(offOnSchoolDays.contains(expected), "\(expected)")
        }
        let saturday = days.first { $0.date.iso == "2027-02-20" }
        #expect(saturday?.kind == .workday && saturday?.weekday == 1)
    }
}

@Suite struct OfficialCalendarDecreeTests {
    private func line(_ iso: String) -> CalendarDay? {
        OfficialCalendar.days.first { $0.date.iso == iso }
    }

    /// The transfers of the three decrees, and those of the Labour Code
    /// (a day off on a holiday moves to the next working day).
    @Test func theTransfersAreTheDecreesAndTheLabourCodes() {
        let moved = ["2025-05-02", "2025-05-08", "2025-06-13", "2025-11-03", "2025-12-31",      // № 1335
                     "2026-01-09", "2026-12-31", "2026-03-09", "2026-05-11",                    // № 1466, art. 112
                     "2027-02-22", "2027-11-05", "2027-12-31", "2027-05-03", "2027-05-10", "2027-06-14"]  // № 1187, art. 112
        for day in moved { #expect(line(day)?.kind == .holiday, "\(day)") }
        let workdays = OfficialCalendar.days.filter { $0.kind == .workday }
        #expect(workdays.map(\.date.iso) == ["2025-11-01", "2027-02-20"])
        #expect(workdays.map(\.weekday) == [1, 1])
        #expect(line("2027-11-13") == nil)
        #expect(line("2027-11-05")?.note == "Перенос выходного со 2 января (постановление № 1187)")
    }

    @Test func theHeaderNamesTheSources() {
        let header = OfficialCalendar.text.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: "\n")
        for source in ["ст. 112", "от 04.10.2024 № 1335", "от 24.09.2025 № 1466", "от 17.09.2026 № 1187"] {
            #expect(header.contains(source), "\(source)")
        }
    }

    /// A note may hold no comma: the file is read as CSV by other programs too.
    @Test func everyLineHasFourCells() {
        let lines = OfficialCalendar.text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 4 })
    }
}
