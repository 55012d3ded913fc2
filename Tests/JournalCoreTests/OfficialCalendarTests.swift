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
