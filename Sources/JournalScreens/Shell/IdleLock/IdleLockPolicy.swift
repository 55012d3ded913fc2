import Foundation
import JournalCore
import JournalStore

/// How long a session may go without a key before the shell locks it.
///
/// The school sets minutes (`idle_lock_minutes`, `SchoolSettings`). The program
/// may be started with a shorter cap in seconds (`ZHURNAL_IDLE_LOCK_SECONDS`,
/// read by the composition root): tests cannot wait a minute, and a cap that
/// only ever shortens the wait cannot be used to keep a session open longer.
public struct IdleLockPolicy: Equatable, Sendable {
    /// Seconds without a key after which the session locks.
    public let limit: Int

    public init(minutes: Int, capSeconds: Int? = nil) {
        let fromSetting = minutes * 60
        limit = capSeconds.map { min(fromSetting, max(1, $0)) } ?? fromSetting
    }

    /// The school's setting as it is now, capped; the setting's default when
    /// the database cannot be read just now.
    public init(database: AppDatabase, capSeconds: Int?) {
        self.init(minutes: ((try? database.settings()) ?? SchoolSettings()).idleLockMinutes, capSeconds: capSeconds)
    }

    public func isDue(lastActivity: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastActivity) >= TimeInterval(limit)
    }

    /// "5 минут", "30 секунд": what the lock screen says was the wait.
    public func text(russian: Bool) -> String {
        if limit % 60 == 0 {
            let minutes = limit / 60
            return russian ? "\(minutes) \(RussianPlural.choose(minutes, "минуту", "минуты", "минут"))"
                : "\(minutes) minute\(minutes == 1 ? "" : "s")"
        }
        return russian ? "\(limit) \(RussianPlural.choose(limit, "секунду", "секунды", "секунд"))"
            : "\(limit) second\(limit == 1 ? "" : "s")"
    }
}

/// The Russian plural of a count: 1 минуту, 2 минуты, 5 минут, 21 минуту.
enum RussianPlural {
    static func choose(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        let lastTwo = abs(count) % 100, last = abs(count) % 10
        if (11...14).contains(lastTwo) { return many }
        if last == 1 { return one }
        if (2...4).contains(last) { return few }
        return many
    }
}
