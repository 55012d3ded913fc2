import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The writers' queue (`WriteTurnstile`) and the one deadline of every write's
/// waits (`write_wait_seconds`).
@Suite(.serialized) struct WriteQueueTests {
    let dir: TemporaryDirectory
    let path: String

    init() throws {
        dir = try TemporaryDirectory()
        path = dir.path("school.sqlite")
    }

    func school(waitSeconds: Int) throws -> AppDatabase {
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.setSetting(.writeWaitSeconds, String(waitSeconds), by: .serverOperator)
        return db
    }

    func markAndAuditCounts(_ db: AppDatabase) throws -> [Int] {
        try db.writer.read { db in
            [try Int.fetchOne(db, sql: "SELECT count(*) FROM mark") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? -1]
        }
    }

    /// Three connections (as three processes would): the second and third ask
    /// while the first has its turn, and go in the order they asked.
    @Test func writersTakeTheirTurnsInTheOrderTheyAsked() throws {
        defer { dir.remove() }
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let writers = try (0..<3).map { _ in try #require(WriteTurnstile(databasePath: path)) }
        let order = OrderRecorder()
        let firstHasItsTurn = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        let deadline = ContinuousClock.now + .seconds(60)
        func start(_ index: Int, _ body: @escaping @Sendable () -> Void) {
            DispatchQueue.global().async(group: done) {
                try? writers[index].withTurn(until: deadline) {
                    body()
                    order.append(index)
                }
            }
        }
        start(0) { firstHasItsTurn.signal(); release.wait() }
        firstHasItsTurn.wait()
        start(1) {}
        try waitUntil { writers[0].ticketsTaken == 2 }
        start(2) {}
        try waitUntil { writers[0].ticketsTaken == 3 }
        #expect(order.values.isEmpty)
        release.signal()
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(order.values == [0, 1, 2])
    }

    /// When the queue's file cannot be made (here a folder stands in its
    /// place), writes go ahead unqueued: SQLite's own lock still keeps them safe.
    @Test func writesGoAheadUnqueuedWhenTheQueueFileCannotBeUsed() throws {
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: path + "-writers", withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        let db = try school(waitSeconds: 15)
        #expect(db.turnstile == nil)
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), by: ivanova)
        #expect(try markAndAuditCounts(db)[0] == 2)
    }

    /// `kill -STOP` on a process that has its place in the queue: the writer
    /// behind it gives up at the deadline with «база занята другим процессом»,
    /// having saved nothing, and the writer after that goes past at once.
    @Test(.requires(Tools.perl)) func aStoppedQueueHolderBlocksNobodyPastTheDeadline() throws {
        defer { dir.remove() }
        let db = try school(waitSeconds: 1)
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        let holder = try QueueHolder(queueFile: path + "-writers")
        defer { holder.end() }
        holder.stop()
        let before = try markAndAuditCounts(db)
        let started = ContinuousClock.now
        #expect(throws: JournalError.databaseBusy) {
            try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), by: ivanova)
        }
        let waited = ContinuousClock.now - started
        #expect(waited >= .milliseconds(950), "\(waited)")
        #expect(waited < .seconds(4), "\(waited)")   // the deadline, not forever
        #expect(try markAndAuditCounts(db) == before)
        try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(5), by: ivanova)
        #expect(try markAndAuditCounts(db) == before.map { $0 + 1 })
        #expect(db.turnstile?.isHeldElsewhere == true)   // still stopped, still in the queue
    }

    /// A process that dies in its turn releases the queue: the kernel drops its locks.
    @Test(.requires(Tools.perl)) func aDeadQueueHolderReleasesTheQueue() throws {
        defer { dir.remove() }
        let db = try school(waitSeconds: 15)
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        let holder = try QueueHolder(queueFile: path + "-writers")
        holder.end()
        let started = ContinuousClock.now
        try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), by: ivanova)
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    /// A process stopped inside its transaction holds SQLite's write lock. The
    /// wait for it and the wait in the queue before it share one deadline:
    /// 1.2 s in the queue, then SQLite's lock, gives up at 2 s, not at 3.2 s.
    @Test(.requires(Tools.perl), .requires(Tools.sqlite3))
    func theQueueAndSQLitesLockShareOneDeadline() throws {
        defer { dir.remove() }
        let db = try school(waitSeconds: 2)
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        let transaction = try StoppedTransaction(path: path)
        defer { transaction.end() }
        let holder = try QueueHolder(queueFile: path + "-writers")
        defer { holder.end() }
        holder.stop()
        let before = try markAndAuditCounts(db)
        let started = ContinuousClock.now
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.2) { holder.end() }
        #expect(throws: JournalError.databaseBusy) {
            try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(4), by: ivanova)
        }
        let waited = ContinuousClock.now - started
        #expect(waited >= .milliseconds(1_950), "\(waited)")
        #expect(waited < .milliseconds(2_900), "\(waited)")
        #expect(try markAndAuditCounts(db) == before)
    }
}

private final class OrderRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []

    func append(_ value: Int) { lock.withLock { list.append(value) } }
    var values: [Int] { lock.withLock { list } }
}

/// Polls `condition` until it holds, for up to 10 seconds.
private func waitUntil(_ condition: () -> Bool) throws {
    let deadline = ContinuousClock.now + .seconds(10)
    while !condition() {
        guard ContinuousClock.now < deadline else { throw QueueTestError.timedOut }
        usleep(1_000)
    }
}

private enum QueueTestError: Error {
    case timedOut, noAnswer
}

/// Another process with its place in the writers' queue: a small Perl program
/// (Perl is part of every Debian) that takes a ticket the way zhurnal does and
/// keeps it, so that it can be stopped or killed there.
private final class QueueHolder: @unchecked Sendable {
    static let perl = Tools.perl.paths[0]

    /// The queue's layout: the ticket counter at offset 8 under byte 0's lock,
    /// a ticket's byte at 1024 + ticket mod 1024 (`WriteTurnstile`).
    static let script = """
        use strict;
        my $path = shift;
        open(my $fh, '+<', $path) or die "open: $!";
        sub lock_byte { my ($byte, $type) = @_;
            fcntl($fh, 38, pack('s s x4 q q i x4', $type, 0, $byte, 1, 0)) or die "lock $byte: $!"; }
        lock_byte(0, 1);
        sysseek($fh, 8, 0); my $read = sysread($fh, my $buffer, 8);
        my $ticket = $read == 8 ? unpack('q<', $buffer) : 0;
        sysseek($fh, 8, 0); syswrite($fh, pack('q<', $ticket + 1));
        lock_byte(1024 + $ticket % 1024, 1);
        lock_byte(0, 2);
        $| = 1; print "holding $ticket\\n";
        sleep 600;
        """

    private let process = Process()
    private let lock = NSLock()
    private var ended = false

    init(queueFile: String) throws {
        process.executableURL = URL(fileURLWithPath: Self.perl)
        process.arguments = ["-e", Self.script, queueFile]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        guard line.hasPrefix("holding") else { throw QueueTestError.noAnswer }
    }

    func stop() {
        kill(process.processIdentifier, SIGSTOP)
    }

    /// Kills it (a stopped process too); the kernel then drops its locks.
    func end() {
        let first = lock.withLock { () -> Bool in
            defer { ended = true }
            return !ended
        }
        guard first else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// `sqlite3` holding the write lock in an open transaction, stopped there.
private final class StoppedTransaction {
    private let process = Process()
    private let input = Pipe()

    init(path: String) throws {
        process.executableURL = URL(fileURLWithPath: SQLiteShell.path)
        process.arguments = [path]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n".utf8))
        // another connection that tries to write finds the lock taken
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let probe = try DatabaseQueue(path: path, configuration: configuration)
        try waitUntil {
            do {
                try probe.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE; ROLLBACK;") }
                return false
            } catch {
                return true
            }
        }
        kill(process.processIdentifier, SIGSTOP)
    }

    func end() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
