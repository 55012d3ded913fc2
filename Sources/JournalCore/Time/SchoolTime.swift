import Foundation

/// A moment on the school's wall clock: seconds since 1970-01-01 00:00:00 in the
/// school's time zone. Every deadline in readiness.md is a wall-clock rule
/// ("12:00 of the day after the lesson"), so storing wall-clock seconds keeps that
/// arithmetic exact and lets SQL do it (`t / 86400` is the day). Russian time
/// zones have no daylight saving; across a DST change elsewhere, "24 hours after"
/// means 24 wall-clock hours (documented in docs/decisions.md).
public struct SchoolTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var seconds: Int

    public init(seconds: Int) {
        self.seconds = seconds
    }

    public init(date: SchoolDate, time: TimeOfDay = TimeOfDay(minutes: 0), second: Int = 0) {
        seconds = date.dayNumber * 86_400 + time.minutes * 60 + second
    }

    /// The wall-clock time in `timeZone` at the real instant `instant`.
    public init(instant: Date, in timeZone: TimeZone) {
        let utc = Int(instant.timeIntervalSince1970.rounded(.down))
        seconds = utc + timeZone.secondsFromGMT(for: instant)
    }

    public static func < (lhs: SchoolTime, rhs: SchoolTime) -> Bool {
        lhs.seconds < rhs.seconds
    }

    public var date: SchoolDate { SchoolDate(dayNumber: seconds.floorDiv(86_400)) }

    /// Seconds since midnight.
    public var secondOfDay: Int { seconds.floorMod(86_400) }

    public var timeOfDay: TimeOfDay { TimeOfDay(minutes: secondOfDay / 60) }

    public func adding(seconds delta: Int) -> SchoolTime {
        SchoolTime(seconds: seconds + delta)
    }

    /// `2024-09-02T10:15:00`, the bundle's local timestamp form.
    public var iso: String {
        let s = secondOfDay
        return date.iso + "T" + DigitParser.pad(s / 3600, 2) + ":" + DigitParser.pad(s / 60 % 60, 2)
            + ":" + DigitParser.pad(s % 60, 2)
    }

    /// `02.09.2024 10:15`
    public var russian: String {
        date.russian + " " + timeOfDay.text
    }

    public var description: String { iso }

    /// Parses `YYYY-MM-DDTHH:MM[:SS]` as school wall-clock time, or with an explicit
    /// offset (`Z`, `+03:00`, `+0300`), converting that instant to `timeZone`.
    public static func parse(_ text: some StringProtocol, timeZone: TimeZone) -> SchoolTime? {
        DigitParser.withBytes(text) { parse(bytes: $0, timeZone: timeZone) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, timeZone: TimeZone) -> SchoolTime? {
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let date = SchoolDate(isoBytes: UnsafeBufferPointer(rebasing: bytes[0..<10])),
              bytes[13] == UInt8(ascii: ":"),
              let hour = DigitParser.number(bytes[11..<13]), hour < 24,
              let minute = DigitParser.number(bytes[14..<16]), minute < 60 else { return nil }
        var index = 16
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard bytes.count >= 19, let s = DigitParser.number(bytes[17..<19]), s < 60 else { return nil }
            second = s
            index = 19
        }
        let wall = SchoolTime(date: date, time: TimeOfDay(minutes: hour * 60 + minute), second: second)
        if index == bytes.count { return wall }
        guard let offset = parseOffset(Array(bytes[index...])) else { return nil }
        let instant = Date(timeIntervalSince1970: TimeInterval(wall.seconds - offset))
        return SchoolTime(instant: instant, in: timeZone)
    }

    /// `Z`, `+03:00`, `+0300`, `-05:00` → seconds east of UTC.
    private static func parseOffset(_ b: [UInt8]) -> Int? {
        if b == [UInt8(ascii: "Z")] { return 0 }
        guard let signByte = b.first, signByte == UInt8(ascii: "+") || signByte == UInt8(ascii: "-") else { return nil }
        let sign = signByte == UInt8(ascii: "+") ? 1 : -1
        let hhmm: [UInt8]
        switch b.count {
        case 6 where b[3] == UInt8(ascii: ":"): hhmm = Array(b[1..<3]) + Array(b[4..<6])
        case 5: hhmm = Array(b[1..<5])
        case 3: hhmm = Array(b[1..<3]) + [48, 48]
        default: return nil
        }
        guard let h = DigitParser.number(hhmm[0..<2]), let m = DigitParser.number(hhmm[2..<4]),
              h <= 14, m < 60 else { return nil }
        return sign * (h * 3600 + m * 60)
    }
}
