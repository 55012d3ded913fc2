import Foundation
import JournalCore

/// A clock a test moves by hand, in the school's wall-clock time (Moscow, UTC+3
/// all year), so that store writes are stamped when the test says.
final class TestClock: SchoolClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    init(_ wallClock: String) {
        instant = TestClock.instant(wallClock)
    }

    func now() -> Date {
        lock.withLock { instant }
    }

    func set(_ wallClock: String) {
        let value = TestClock.instant(wallClock)
        lock.withLock { instant = value }
    }

    func set(_ time: SchoolTime) {
        let value = Date(timeIntervalSince1970: TimeInterval(time.seconds - 3 * 3600))
        lock.withLock { instant = value }
    }

    static func instant(_ wallClock: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(Fixture.time(wallClock).seconds - 3 * 3600))
    }
}
