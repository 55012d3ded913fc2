/// A calendar day in the school's time zone, stored as the number of days since
/// 1970-01-01. Integer days make week grouping and deadline arithmetic plain
/// integer arithmetic, in Swift and in SQL alike.
public struct SchoolDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var dayNumber: Int

    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// Builds a date from a proleptic Gregorian year, month and day; nil when the
    /// day does not exist (2024-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= SchoolDate.daysInMonth(year: year, month: month) else { return nil }
        dayNumber = SchoolDate.daysFromCivil(year: year, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        guard let date = DigitParser.withBytes(text, Self.init(isoBytes:)) else { return nil }
        self = date
    }

    /// `YYYY-MM-DD` in UTF-8, read in place: a bundle import parses millions of
    /// dates and times.
    init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = DigitParser.number(bytes[0..<4]),
              let month = DigitParser.number(bytes[5..<7]),
              let day = DigitParser.number(bytes[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` typed by a person (spaces around allowed), or
    /// refuses naming the text.
    public init(parsing text: String) throws {
        guard let date = SchoolDate(iso: text.trimmingSpaces) else { throw JournalError.invalidDate(text) }
        self = date
    }

    public static func < (lhs: SchoolDate, rhs: SchoolDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    public var components: (year: Int, month: Int, day: Int) {
        SchoolDate.civilFromDays(dayNumber)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// ISO weekday: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int {
        let monday0 = (dayNumber + 3).floorMod(7)
        return monday0 + 1
    }

    /// The Monday that starts this date's ISO week.
    public var mondayOfWeek: SchoolDate {
        adding(days: -(weekday - 1))
    }

    /// Index of the Monday-based week since 1969-12-29; equal to `(day + 3) / 7`
    /// floored, the same expression SQL queries use to group by week.
    public var weekIndex: Int {
        (dayNumber + 3).floorDiv(7)
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = mondayOfWeek.adding(days: 3)
        let year = thursday.year
        let firstJan = SchoolDate.daysFromCivil(year: year, month: 1, day: 1)
        return (year, (thursday.dayNumber - firstJan) / 7 + 1)
    }

    /// `2024-W36`
    public var isoWeekLabel: String {
        let (year, week) = isoWeek
        return "\(year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The Monday of an ISO week given as `2024-W36`; nil for another text or a
    /// week the year does not have (`2025-W53`).
    public init?(isoWeekLabel label: some StringProtocol) {
        let parts = label.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 3, parts[1].first == "W",
              let year = Int(parts[0]), let week = Int(parts[1].dropFirst()), (1...53).contains(week),
              let january4 = SchoolDate(year: year, month: 1, day: 4) else { return nil }
        let monday = january4.mondayOfWeek.adding(days: 7 * (week - 1))
        guard monday.isoWeekLabel == label else { return nil }
        self = monday
    }

    public func adding(days: Int) -> SchoolDate {
        SchoolDate(dayNumber: dayNumber + days)
    }

    /// `2024-09-02`
    public var iso: String {
        let (y, m, d) = components
        return DigitParser.pad(y, 4) + "-" + DigitParser.pad(m, 2) + "-" + DigitParser.pad(d, 2)
    }

    /// `02.09.2024`, as Russian documents write dates.
    public var russian: String {
        let (y, m, d) = components
        return DigitParser.pad(d, 2) + "." + DigitParser.pad(m, 2) + "." + DigitParser.pad(y, 4)
    }

    /// `02.09`
    public var russianShort: String {
        let (_, m, d) = components
        return DigitParser.pad(d, 2) + "." + DigitParser.pad(m, 2)
    }

    public var description: String { iso }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Howard Hinnant's days_from_civil, in integers.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDiv(400)
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = z.floorDiv(146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Int {
    func floorDiv(_ divisor: Int) -> Int {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }

    func floorMod(_ divisor: Int) -> Int {
        self - floorDiv(divisor) * divisor
    }
}

/// Fixed-width ASCII digit parsing and padding without Foundation formatters,
/// which are slow on the import path (hundreds of thousands of timestamps).
enum DigitParser {
    static func number<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return bytes.isEmpty ? nil : value
    }

    /// Runs `body` over the text's UTF-8 in place when the string keeps it
    /// contiguous (native strings do), else over a copy.
    static func withBytes<T>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        return value < 0 ? "-" + padded : padded
    }
}
