import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The lockout holds against sessions trying at once, and a login typed at
/// sign-in that is no account's is never stored as typed.
@Suite struct SignInLockoutTests {
    func reasons(_ db: AppDatabase) throws -> [String] {
        try db.writer.read { try String.fetchAll($0, sql: "SELECT reason FROM sign_in_failure ORDER BY id") }
    }

    /// Twelve sessions send wrong passwords at the same moment, each through
    /// its own connection to the file (as twelve processes would): no more
    /// passwords are checked than five tries one after another would check.
    @Test func parallelSessionsGetNoMoreGuessesThanSequentialOnes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.setPassword(login: "petrov", to: "учитель-2024", by: .serverOperator)
        let sessions = try (0..<12).map { _ in try AppDatabase.open(path: path, clock: TinySchool.tuesdayMorning) }
        let outcomes = Outcomes()
        let go = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for session in sessions {
            DispatchQueue.global().async(group: done) {
                go.wait()
                outcomes.add(Result { try session.signIn(login: "petrov", password: "не тот пароль") })
            }
        }
        for _ in sessions { go.signal() }
        #expect(done.wait(timeout: .now() + 120) == .success)
        let until = TinySchool.time("2024-09-03T10:05")
        #expect(outcomes.refused == 4)
        #expect(outcomes.locked == [until: 8])
        #expect(outcomes.errors.isEmpty, "\(outcomes.errors)")
        let recorded = try reasons(db)
        #expect(recorded.filter { $0 == "wrong" }.count == 5)   // five passwords checked, as one after another
        #expect(recorded.filter { $0 == "lock" }.count == 1)
        #expect(recorded.filter { $0 == "locked" }.count == 7)
        // the right password too, while the lock holds
        #expect(try db.signIn(login: "petrov", password: "учитель-2024") == .locked(until: until))
    }

    /// The same with threads of one process sharing its connection.
    @Test func parallelTriesOfOneProcessAreCountedBeforeTheHash() throws {
        let db = try TinySchool.database()
        try db.setPassword(login: "petrov", to: "учитель-2024", by: .serverOperator)
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 10) { _ in
            outcomes.add(Result { try db.signIn(login: "petrov", password: "не тот пароль") })
        }
        #expect(outcomes.refused == 4)
        #expect(outcomes.locked.values.reduce(0, +) == 6)
        #expect(try reasons(db).filter { $0 == "wrong" }.count == 5)
    }

    /// The fifth try is the last one checked even when it is the right one:
    /// it signs in (as it would one after another) and clears the count.
    @Test func theLastTryBeforeTheLockStillSignsInWithTheRightPassword() throws {
        let db = try TinySchool.database()
        try db.setPassword(login: "petrov", to: "учитель-2024", by: .serverOperator)
        for _ in 1...4 { #expect(try db.signIn(login: "petrov", password: "не тот") == .refused) }
        guard case .signedIn = try db.signIn(login: "petrov", password: "учитель-2024") else { Issue.record("refused"); return }
        for _ in 1...4 { #expect(try db.signIn(login: "petrov", password: "не тот") == .refused) }
    }

    /// A password typed into the login field stays nowhere in clear: the
    /// failures and the lock keep a keyed hash, and the lock still works.
    @Test func aLoginThatIsNoAccountsIsNeverStoredAsTyped() throws {
        let db = try TinySchool.database()
        for _ in 1...4 { #expect(try db.signIn(login: "Весна2024!", password: "x") == .refused) }
        guard case .locked = try db.signIn(login: "весна2024!", password: "x") else { Issue.record("not locked"); return }
        #expect(try db.signIn(login: "petrov", password: "x") == .refused)
        let stored = try db.writer.read { db in
            try String.fetchAll(db, sql: "SELECT login FROM sign_in_failure UNION ALL SELECT login FROM login_lock")
        }
        #expect(!stored.contains { $0.lowercased().contains("весна") })
        #expect(stored.filter { $0 != "petrov" }.allSatisfy { $0.hasPrefix("hmac:") && $0.count == 5 + 64 })
        #expect(stored.contains("petrov"))   // an account's own login is kept as it is
    }

    /// Each school has its own key: the same text hashes differently.
    @Test func theKeyIsTheSchoolsOwn() throws {
        let first = try TinySchool.database(), second = try TinySchool.database()
        _ = try first.signIn(login: "nobody", password: "x")
        _ = try second.signIn(login: "nobody", password: "x")
        let hashes = try [first, second].map { db in
            try db.writer.read { try String.fetchOne($0, sql: "SELECT login FROM sign_in_failure") }
        }
        #expect(hashes[0] != nil && hashes[0] != hashes[1])
    }

    /// A new school (import --replace, generate --replace) starts with no
    /// failures, no locks and a new key.
    @Test func replacingTheSchoolClearsFailuresAndLocks() throws {
        let db = try TinySchool.database()
        for _ in 1...5 { _ = try db.signIn(login: "petrov", password: "x") }
        _ = try db.signIn(login: "nobody", password: "x")
        let key = { try db.writer.read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = 'sign_in_key'") } }
        let oldKey = try key()
        try db.load(TinySchool.snapshot(), options: LoadOptions(replace: true, source: "again"))
        let left = try db.writer.read { db in
            [try Int.fetchOne(db, sql: "SELECT count(*) FROM sign_in_failure"), try Int.fetchOne(db, sql: "SELECT count(*) FROM login_lock")]
        }
        #expect(left == [0, 0])
        #expect(try key() != oldKey)
        #expect(try db.signIn(login: "petrov", password: "x") == .refused)   // not locked any more
    }

    /// A database from before keyed hashes: the migration leaves no attempted
    /// login in clear that is no account's.
    @Test(.requires(Tools.sqlite3)) func theMigrationHashesTheLoginsAlreadyStored() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try AppDatabase.open(path: path, create: true).load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try SQLiteShell.run(path, """
            INSERT INTO sign_in_failure (login, at, reason) VALUES ('мой пароль', 1, 'wrong'), ('МОЙ ПАРОЛЬ', 2, 'wrong'), ('petrov', 3, 'wrong');
            INSERT INTO login_lock (login, failures, locked_until) VALUES ('мой пароль', 2, NULL), ('МОЙ ПАРОЛЬ', 1, 99), ('petrov', 1, NULL);
            DELETE FROM setting WHERE key = 'sign_in_key';
            DELETE FROM grdb_migrations WHERE identifier = 'v4 attempted logins';
            """)
        let db = try AppDatabase.open(path: path)
        let (failures, locks) = try db.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT login FROM sign_in_failure ORDER BY id"),
             try Row.fetchAll(db, sql: "SELECT login, failures, locked_until FROM login_lock ORDER BY login"))
        }
        #expect(failures.count == 3 && failures[2] == "petrov")
        #expect(failures[0].hasPrefix("hmac:") && failures[0] == failures[1])   // the same text, whatever its case
        #expect(locks.count == 2)
        let merged = try #require(locks.first { ($0["login"] as String).hasPrefix("hmac:") })
        #expect(merged["failures"] as Int == 2)
        #expect(merged["locked_until"] as Int? == 99)
        #expect(!(try SQLiteShell.run(path, "SELECT login FROM sign_in_failure; SELECT login FROM login_lock;").contains("пароль")))
    }
}

/// What the parallel sign-ins came to.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var refused = 0
    private(set) var locked: [SchoolTime: Int] = [:]
    private(set) var errors: [String] = []

    func add(_ result: Result<SignInOutcome, any Error>) {
        lock.withLock {
            switch result {
            case .success(.refused): refused += 1
            case .success(.locked(let until)): locked[until, default: 0] += 1
            case .success(.signedIn): errors.append("signed in")
            case .failure(let error): errors.append("\(error)")
            }
        }
    }
}
