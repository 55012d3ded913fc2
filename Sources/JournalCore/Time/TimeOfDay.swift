/// A time of day to the minute (bell times: 08:30).
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) {
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (also `H:MM`).
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = DigitParser.number(ArraySlice(parts[0].utf8)),
              let minute = DigitParser.number(ArraySlice(parts[1].utf8)) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `08:30`
    public var text: String { DigitParser.pad(hour, 2) + ":" + DigitParser.pad(minute, 2) }

    public var description: String { text }
}
