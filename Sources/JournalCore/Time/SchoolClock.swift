import Foundation

/// Where "now" comes from. Production reads the system clock; tests pin it.
public protocol SchoolClock: Sendable {
    func now() -> Date
}

public struct SystemClock: SchoolClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that always answers the same instant, for tests and reports "as of".
public struct FixedClock: SchoolClock {
    public var instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}

extension SchoolClock {
    public func now(in timeZone: TimeZone) -> SchoolTime {
        SchoolTime(instant: now(), in: timeZone)
    }
}
