import Foundation
import JournalCore

/// A clock a test can move forward.
public final class TestClock: SchoolClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    public init(_ instant: Date) {
        self.instant = instant
    }

    public func now() -> Date {
        lock.withLock { instant }
    }

    public func advance(seconds: TimeInterval) {
        lock.withLock { instant += seconds }
    }

    public func set(_ date: Date) {
        lock.withLock { instant = date }
    }
}
