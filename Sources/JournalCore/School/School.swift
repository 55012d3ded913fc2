import Foundation

/// The school itself: the settings every deadline and title bar depends on.
public struct School: Hashable, Sendable {
    public var name: String
    /// IANA name, e.g. `Europe/Moscow`.
    public var timeZoneID: String
    /// `2024/2025`
    public var academicYear: String

    public init(name: String, timeZoneID: String, academicYear: String) {
        self.name = name
        self.timeZoneID = timeZoneID
        self.academicYear = academicYear
    }

    public var timeZone: TimeZone {
        TimeZone(identifier: timeZoneID) ?? TimeZone(identifier: "Europe/Moscow")!
    }

    /// Checks an IANA name; Foundation accepts abbreviations like "MSK" too, which
    /// are ambiguous, so only region/city names and UTC are allowed.
    public static func validateTimeZone(_ id: String) throws {
        guard id == "UTC" || id.contains("/"), TimeZone(identifier: id) != nil else {
            throw JournalError.invalidTimeZone(id)
        }
    }

    /// `2024/2025` → the first calendar year, or nil when malformed.
    public static func firstYear(ofAcademicYear text: String) -> Int? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), b == a + 1,
              (1900...2200).contains(a) else { return nil }
        return a
    }

    /// The days of the academic year: 1 September of its first year to 31 August
    /// of the next (the school year's legal bounds; terms lie inside). Nil when
    /// `academicYear` is malformed.
    public var academicYearDates: ClosedRange<SchoolDate>? {
        guard let first = Self.firstYear(ofAcademicYear: academicYear),
              let start = SchoolDate(year: first, month: 9, day: 1),
              let end = SchoolDate(year: first + 1, month: 8, day: 31) else { return nil }
        return start...end
    }
}

public enum PeriodKind: String, CaseIterable, Sendable, Codable {
    case quarter, half, trimester, year

    public init(parsing text: String) throws {
        guard let kind = PeriodKind(rawValue: text.trimmingSpaces) else { throw JournalError.invalidPeriodKind(text) }
        self = kind
    }
}

/// A marking period (четверть, полугодие, триместр, год).
public struct Period: Hashable, Sendable {
    public var code: String
    public var name: String
    public var kind: PeriodKind
    public var start: SchoolDate
    public var end: SchoolDate
    /// Locked by the administrator: no mark, attendance or final mark of its dates
    /// may change.
    public var locked: Bool

    public init(code: String, name: String, kind: PeriodKind, start: SchoolDate, end: SchoolDate, locked: Bool = false) {
        self.code = code
        self.name = name
        self.kind = kind
        self.start = start
        self.end = end
        self.locked = locked
    }

    public func contains(_ date: SchoolDate) -> Bool { start <= date && date <= end }
}

/// One line of the bell schedule.
public struct Bell: Hashable, Sendable {
    public var lessonNumber: Int
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(lessonNumber: Int, start: TimeOfDay, end: TimeOfDay) {
        self.lessonNumber = lessonNumber
        self.start = start
        self.end = end
    }
}

public struct Subject: Hashable, Sendable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
