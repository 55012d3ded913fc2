import Foundation
import JournalCore

/// One deadline for all the waiting a write does: for its turn among the
/// file's writers (`WriteTurnstile`) and then for another process's lock
/// (SQLite's busy handler). The two share it, so a write gives up with
/// «база занята другим процессом» after `write_wait_seconds` in all, not
/// after one wait and then the other.
final class WriteWaits: @unchecked Sendable {
    private let lock = NSLock()
    private var budget: Duration = .seconds(SchoolSettings().writeWaitSeconds)
    /// The deadline of the write under way on the connection, if any.
    private var current: ContinuousClock.Instant?
    /// Of a wait outside a write (a read while another process recovers the
    /// log): it gets the same budget from its first try.
    private var episode: ContinuousClock.Instant?

    /// The setting, in whole seconds.
    var seconds: Int {
        get { lock.withLock { Int(budget.components.seconds) } }
        set { lock.withLock { budget = .seconds(newValue) } }
    }

    /// When a write that starts now must give up.
    func deadline() -> ContinuousClock.Instant {
        lock.withLock { ContinuousClock.now + budget }
    }

    /// Runs `body` (the transaction) with SQLite's waits bound by `deadline`.
    func during<T>(_ deadline: ContinuousClock.Instant, _ body: () throws -> T) rethrows -> T {
        lock.withLock { current = deadline }
        defer { lock.withLock { current = nil } }
        return try body()
    }

    /// SQLite's busy handler: wait a little and try again until the deadline.
    /// Small steps (0.1–3 ms), not SQLite's own of up to 100 ms, which would
    /// show as a stutter when twenty teachers save at once.
    func shouldRetry(_ tries: Int) -> Bool {
        let now = ContinuousClock.now
        let deadline: ContinuousClock.Instant = lock.withLock {
            if let current { return current }
            if tries == 0 || episode == nil { episode = now + budget }
            return episode ?? now
        }
        guard now < deadline else { return false }
        let step: Duration = tries < 50 ? .microseconds(100) : (tries < 500 ? .milliseconds(1) : .milliseconds(3))
        Self.sleep(min(step, deadline - now))
        return true
    }

    static func sleep(_ duration: Duration) {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        usleep(UInt32(max(1, min(microseconds, 1_000_000))))
    }
}
