import Foundation
import JournalCore

/// Reading the dates and moments a user types for a report.
public enum ReportMoment {
    /// `YYYY-MM-DD`.
    public static func date(_ text: String) throws -> SchoolDate {
        guard let date = SchoolDate(iso: text.trimmingSpaces) else { throw ReadinessError.invalidDate(text) }
        return date
    }

    /// `YYYY-MM-DDTHH:MM[:SS]` on the school's clock, or with an offset (`Z`,
    /// `+03:00`) converted to the school's zone; or a bare date, meaning the end
    /// of that day (23:59:59), so that "as of 9 September" includes that day.
    public static func asOf(_ text: String, timeZone: TimeZone) throws -> SchoolTime {
        let trimmed = text.trimmingSpaces
        if trimmed.utf8.count == 10 {
            guard let date = SchoolDate(iso: trimmed) else { throw ReadinessError.invalidAsOf(text) }
            return SchoolTime(date: date.adding(days: 1)).adding(seconds: -1)
        }
        guard let time = SchoolTime.parse(trimmed, timeZone: timeZone) else { throw ReadinessError.invalidAsOf(text) }
        return time
    }
}
