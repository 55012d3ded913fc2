import Foundation

/// Lets the journal writes of every process on one database file take the
/// write lock in the order they asked for it.
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
/// its transaction is over. Each writer thus wakes exactly one successor, in
/// ticket order. The locks are open-file-description locks (`F_OFD_SETLKW`):
/// two connections of one process queue like two processes, and the kernel
/// drops the locks of a process that dies, so a crash cannot stop the queue.
/// Should anything about the file fail, the write goes ahead unqueued and
/// SQLite's own locking still keeps it safe.
final class WriteTurnstile: @unchecked Sendable {
    /// Ticket bytes, reused round-robin; far more than processes ever queue.
    static let slots = 1024
    private static let counterByte = 0
    private static let counterOffset: off_t = 8
    private static let firstSlotByte = 1024

    // Linux's open-file-description locks (not exported by Swift's Glibc).
    private static let setLock: Int32 = 37
    private static let setLockWait: Int32 = 38

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

    func withTurn<T>(_ body: () throws -> T) rethrows -> T {
        guard let ticket = takeTicket() else { return try body() }
        defer { unlock(slot(ticket)) }
        let previous = slot(ticket - 1)
        if lock(previous, wait: true) { unlock(previous) }
        return try body()
    }

    /// The next ticket, its byte locked; nil when the file cannot be used.
    private func takeTicket() -> Int64? {
        guard lock(Self.counterByte, wait: true) else { return nil }
        defer { unlock(Self.counterByte) }
        var stored: Int64 = 0
        let ticket = pread(descriptor, &stored, 8, Self.counterOffset) == 8 ? stored : 0
        var next = ticket &+ 1
        guard pwrite(descriptor, &next, 8, Self.counterOffset) == 8, lock(slot(ticket), wait: true) else { return nil }
        return ticket
    }

    private func slot(_ ticket: Int64) -> Int {
        Self.firstSlotByte + Int((ticket % Int64(Self.slots) + Int64(Self.slots)) % Int64(Self.slots))
    }

    @discardableResult
    private func lock(_ byte: Int, wait: Bool) -> Bool {
        var request = byteLock(byte, type: F_WRLCK)
        while true {
            if fcntl(descriptor, wait ? Self.setLockWait : Self.setLock, &request) == 0 { return true }
            guard errno == EINTR else { return false }
        }
    }

    private func unlock(_ byte: Int) {
        var request = byteLock(byte, type: F_UNLCK)
        _ = fcntl(descriptor, Self.setLock, &request)
    }

    private func byteLock(_ byte: Int, type: Int32) -> flock {
        var request = flock()
        request.l_type = Int16(type)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = off_t(byte)
        request.l_len = 1
        return request
    }
}
