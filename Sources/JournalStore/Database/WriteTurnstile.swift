import Foundation
import JournalCore

/// Lets the journal writes of every process on one database file take the
/// write lock in the order they asked for it, each waiting no longer than its
/// write's deadline.
///
/// SQLite's write lock cannot be waited for: a writer that finds it taken
/// sleeps and tries again, and whoever tries first when it frees wins. With
/// twenty teachers saving at once that is fair on average and cruel at the
/// tail: a mark waited over a second while another process, the one that had
/// just written, took the lock again and again. A kernel lock on a file is no
/// better: the process releasing it is running and takes it back before the
/// woken waiters are scheduled.
///
/// So writers queue by ticket, a queue lock made of byte locks on a file
/// beside the database (`<database>-writers`): holding byte 0, a writer takes
/// the next ticket number from the file and locks its ticket's byte; then it
/// waits for the byte of the ticket before it, which that writer holds until
/// its transaction is over. Each writer thus follows exactly one predecessor,
/// in ticket order. The locks are open-file-description locks (`F_OFD_*`): two
/// connections of one process queue like two processes, and the kernel drops
/// the locks of a process that dies, so a crash cannot stop the queue.
///
/// A stopped process (`kill -STOP`) keeps its locks, so no wait may block:
/// a writer tries the lock and sleeps between tries, briefly when it is next
/// (the writer whose turn it is announces its ticket in the file) and longer
/// the further back it stands, and gives up at its deadline with
/// `JournalError.databaseBusy`. Giving up frees its own ticket, so the writer
/// behind it moves past the stopped one. Should anything about the file fail,
/// the write goes ahead unqueued and SQLite's own locking still keeps it safe.
final class WriteTurnstile: @unchecked Sendable {
    /// Ticket bytes, reused round-robin; far more than processes ever queue.
    static let slots = 1024
    private static let counterByte = 0
    private static let counterOffset: off_t = 8
    /// The ticket whose turn it is, written as each turn begins.
    private static let servingOffset: off_t = 16
    private static let firstSlotByte = 1024

    // Linux's open-file-description locks (not exported by Swift's Glibc).
    private static let getLock: Int32 = 36
    private static let setLock: Int32 = 37

    private let descriptor: Int32

    /// `<database>-writers`, with the database's own permissions (as SQLite
    /// gives its `-wal` and `-shm`): private to the owner by default, shared
    /// with the journal's group where the database is.
    init?(databasePath: String) {
        var database = stat()
        let mode = stat(databasePath, &database) == 0 ? mode_t(database.st_mode & 0o666) : 0o600
        let fd = Foundation.open(databasePath + "-writers", O_RDWR | O_CREAT | O_CLOEXEC, mode)
        guard fd >= 0 else { return nil }
        var own = stat()
        if fstat(fd, &own) == 0, own.st_uid == geteuid(), own.st_mode & 0o777 != mode {
            _ = fchmod(fd, mode)   // the umask may have taken the group's bits away
        }
        descriptor = fd
    }

    deinit {
        close(descriptor)
    }

    /// Runs `body` in this writer's turn; throws `JournalError.databaseBusy`
    /// when the turn has not come by `deadline`.
    func withTurn<T>(until deadline: ContinuousClock.Instant, _ body: () throws -> T) throws -> T {
        guard let ticket = try takeTicket(until: deadline) else { return try body() }
        defer { unlock(slot(ticket)) }
        let previous = slot(ticket - 1)
        switch lock(previous, until: deadline, pace: { self.pace(ticket) }) {
        case .taken: unlock(previous)
        case .timedOut: throw JournalError.databaseBusy
        case .failed: break
        }
        var serving = ticket
        _ = pwrite(descriptor, &serving, 8, Self.servingOffset)
        return try body()
    }

    /// How many tickets have been taken so far (tests).
    var ticketsTaken: Int64 {
        var stored: Int64 = 0
        return pread(descriptor, &stored, 8, Self.counterOffset) == 8 ? stored : 0
    }

    /// Whether another writer holds a place in the queue now (tests).
    var isHeldElsewhere: Bool {
        var request = byteLock(Self.firstSlotByte, type: F_WRLCK, length: Self.slots)
        return fcntl(descriptor, Self.getLock, &request) == 0 && request.l_type != Int16(F_UNLCK)
    }

    /// The next ticket, its byte locked; nil when the file cannot be used.
    private func takeTicket(until deadline: ContinuousClock.Instant) throws -> Int64? {
        switch lock(Self.counterByte, until: deadline, pace: { .microseconds(50) }) {
        case .taken: break
        case .timedOut: throw JournalError.databaseBusy
        case .failed: return nil
        }
        defer { unlock(Self.counterByte) }
        var stored: Int64 = 0
        let ticket = pread(descriptor, &stored, 8, Self.counterOffset) == 8 ? stored : 0
        var next = ticket &+ 1
        guard pwrite(descriptor, &next, 8, Self.counterOffset) == 8 else { return nil }
        // Normally free at once; held only by a writer stopped a full round of tickets ago.
        switch lock(slot(ticket), until: deadline, pace: { .milliseconds(1) }) {
        case .taken: return ticket
        case .timedOut: throw JournalError.databaseBusy
        case .failed: return nil
        }
    }

    /// How long to sleep between tries: 0.2 ms when the writer before us has
    /// its turn, 0.8 ms more for each writer between, at most 5 ms.
    private func pace(_ ticket: Int64) -> Duration {
        var serving: Int64 = 0
        guard pread(descriptor, &serving, 8, Self.servingOffset) == 8 else { return .milliseconds(1) }
        let between = ticket &- 1 &- serving
        guard between > 0 else { return .microseconds(200) }
        return .microseconds(min(between, 6) * 800)
    }

    private func slot(_ ticket: Int64) -> Int {
        Self.firstSlotByte + Int((ticket % Int64(Self.slots) + Int64(Self.slots)) % Int64(Self.slots))
    }

    private enum LockOutcome {
        case taken, timedOut, failed
    }

    private func lock(_ byte: Int, until deadline: ContinuousClock.Instant, pace: () -> Duration) -> LockOutcome {
        var request = byteLock(byte, type: F_WRLCK)
        while true {
            if fcntl(descriptor, Self.setLock, &request) == 0 { return .taken }
            guard errno == EAGAIN || errno == EACCES || errno == EINTR else { return .failed }
            let now = ContinuousClock.now
            guard now < deadline else { return .timedOut }
            WriteWaits.sleep(min(pace(), deadline - now))
        }
    }

    private func unlock(_ byte: Int) {
        var request = byteLock(byte, type: F_UNLCK)
        _ = fcntl(descriptor, Self.setLock, &request)
    }

    private func byteLock(_ byte: Int, type: Int32, length: Int = 1) -> flock {
        var request = flock()
        request.l_type = Int16(type)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = off_t(byte)
        request.l_len = off_t(length)
        return request
    }
}
