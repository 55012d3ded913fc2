import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// The built binary in tmux at a shared staff PC, with pupils about: every way
/// in that the issue lists, and how it is stopped. FamilySchool's people, each
/// with `FamilySchool.password(login)`.
@Suite(.serialized) struct SharedPCEndToEndTests {
    func journal(idleSeconds: Int? = nil) throws -> JournalInTmux {
        let environment = idleSeconds.map { ["ZHURNAL_IDLE_LOCK_SECONDS": String($0)] } ?? [:]
        let journal = try JournalInTmux(environment: environment, prepare: FamilySchool.prepare)
        #expect(journal.tmux.waitFor("Вход в электронный журнал"))
        return journal
    }

    func signIn(_ tmux: TmuxSession, _ login: String, password: String? = nil) throws {
        try tmux.type(login)
        try tmux.press("Enter")
        try tmux.type(password ?? FamilySchool.password(login))
        try tmux.press("Enter")
    }

    @Test(.requires(Tools.tmux), .requires(Tools.sqlite3)) func fiveWrongPasswordsLockTheLogin() throws {
        let journal = try journal()
        defer { journal.close() }
        let tmux = journal.tmux
        try tmux.type("ivanova")
        try tmux.press("Enter")
        for attempt in 1...4 {
            try tmux.type("не тот пароль \(attempt)")
            try tmux.press("Enter")
            #expect(tmux.waitFor("Неверный логин или пароль."))
        }
        try tmux.type("не тот пароль 5")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Слишком много неудачных попыток. Вход с этим логином закрыт до"))
        try tmux.type(FamilySchool.password("ivanova"))   // the right one does not help while locked
        try tmux.press("Enter")
        let expected = ["wrong", "wrong", "wrong", "wrong", "wrong", "lock", "locked"]
        let deadline = Date().addingTimeInterval(10)
        var reasons: [String] = []
        while true {
            reasons = try journal.database().signInFailures(login: "ivanova")
            if reasons == expected || Date() > deadline { break }
            usleep(50_000)
        }
        #expect(reasons == expected)
        #expect(tmux.screen().contains("закрыт до"))
        #expect(!tmux.screen().contains("(учитель)"))

        // The operator opens it; the password is unchanged.
        let unlocked = try ZhurnalBinary.run(["user", "unlock", "ivanova", "--db", journal.databasePath])
        #expect(unlocked.status == 0)
        try tmux.type(FamilySchool.password("ivanova"))
        try tmux.press("Enter")
        #expect(tmux.waitFor("Иванова А. П. (учитель)"))
    }

    @Test(.requires(Tools.tmux)) func aLoginThatDoesNotExistLocksTheSameWay() throws {
        let journal = try journal()
        defer { journal.close() }
        let tmux = journal.tmux
        try tmux.type("nobody")
        try tmux.press("Enter")
        for _ in 1...5 {
            try tmux.type("пароль наугад")
            try tmux.press("Enter")
            _ = tmux.waitUntil { $0.contains("Неверный логин или пароль.") || $0.contains("закрыт до") }
        }
        #expect(tmux.waitFor("Слишком много неудачных попыток. Вход с этим логином закрыт до"))
    }

    @Test(.requires(Tools.tmux)) func anUnattendedSessionLocksAndHidesEverything() throws {
        let journal = try journal(idleSeconds: 2)
        defer { journal.close() }
        let tmux = journal.tmux
        try signIn(tmux, "ivanova")
        #expect(tmux.waitFor("Иванова А. П. (учитель)"))
        #expect(tmux.waitFor("Сеанс заблокирован"))
        let locked = tmux.screen()
        let title = locked.split(separator: "\n").first.map(String.init) ?? ""
        #expect(title.trimmingCharacters(in: .whitespaces) == "МБОУ СОШ № 1", "\(locked)")
        #expect(!locked.contains("Иванова Анна"))
        #expect(!locked.contains("Сегодня"))
        #expect(locked.contains("Сеанс пользователя: Иванова А. П."))
        try tmux.press("C-c")
        try tmux.press("C-z")
        #expect(tmux.waitFor("Ctrl-Z здесь не действует: введите пароль или F2"))
        try tmux.type(FamilySchool.password("ivanova"))
        try tmux.press("Enter")
        #expect(tmux.waitFor("Иванова А. П. (учитель)"))

        // Locked again; this time a colleague takes the PC.
        #expect(tmux.waitFor("Сеанс заблокирован"))
        try tmux.press("F2")
        #expect(tmux.waitFor("Вход в электронный журнал"))
        try signIn(tmux, "petrov")
        #expect(tmux.waitFor("Петров П. И. (учитель)"))
        #expect(!tmux.programEnded)
    }

    @Test(.requires(Tools.tmux)) func aParentSeesTheirChildrenAndNoOneElse() throws {
        let journal = try journal()
        defer { journal.close() }
        let tmux = journal.tmux
        try signIn(tmux, "mama")
        #expect(tmux.waitFor("Дневник: Сидоров Максим, 5А"))
        try tmux.press("F4")   // the marks: the diary opens on the week
        try tmux.press("[")   // the school's data is from 2024: back to the first quarter
        #expect(tmux.waitFor("1 четверть"))
        try tmux.press("F2")
        #expect(tmux.waitFor("Дневник: Сидорова Анна, 7Б · 1 четверть"))
        #expect(tmux.waitUntil { $0.split(separator: "\n").contains { $0.contains("Математика") && $0.contains("5 4") } })
        try tmux.press("F5")
        #expect(tmux.waitFor("б — болел"))
        try tmux.press("F6")
        #expect(tmux.waitFor("§ 3, № 41–44"))
        for key in ["F2", "F3", "Left", "F7", "Tab", "Down", "Enter", "Escape", "F7", "F8", "]", "F2", "BTab", "Up", "Enter"] {
            try tmux.press(key)
            if key == "Escape" { continue }   // leaves a dialog, or signs out from the home; checked below
            #expect(!tmux.screen().contains("Кузнецов"), "after \(key)")
        }
        #expect(!tmux.programEnded)
    }

    @Test(.requires(Tools.tmux)) func aStudentHasNoWayToTheClassJournal() throws {
        let journal = try journal()
        defer { journal.close() }
        let tmux = journal.tmux
        try signIn(tmux, "ilya")
        #expect(tmux.waitFor("Дневник: Андреев Илья, 5А"))
        for key in ["F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "Escape", "Enter", "Tab", "F11", "F12", "Insert"] {
            try tmux.press(key)
            if key == "F9" { #expect(tmux.waitFor("Смена пароля")) }
            if key == "Escape" { #expect(tmux.waitFor("Дневник: Андреев Илья")) }
            let screen = tmux.screen()
            #expect(!screen.contains("Борисова"), "after \(key): \(screen)")   // a classmate
            #expect(!screen.contains("Журнал 5А"), "after \(key)")
        }
        // The store refuses the class grid to this account whatever screen might ask.
        let db = try journal.database()
        let ilya = try #require(try db.actingUser(login: "ilya"))
        #expect(throws: Refusals.notYourClassJournal) {
            try db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(1), by: ilya)
        }
    }

    /// Below the screens (the grid's own check is in JournalEndToEndTests): the
    /// hidden writer process, as Иванова, into Петров's lesson 72 (7Б, where she
    /// is the homeroom teacher: attendance yes, marks no).
    @Test func aTeacherCannotWriteAnotherTeachersLesson() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try FamilySchool.prepare(try AppDatabase.open(path: path, create: true))
        let foreign = try ZhurnalBinary.run(["writer", "--db", path, "--lesson", "72", "--by", "ivanova", "--count", "3"], program: .bench)
        #expect(foreign.stdout.contains("saved=0 errors=3"), "\(foreign.stdout) \(foreign.stderr)")
        let own = try ZhurnalBinary.run(["writer", "--db", path, "--lesson", "71", "--by", "ivanova", "--count", "3"], program: .bench)
        #expect(own.stdout.contains("saved=3 errors=0"), "\(own.stdout) \(own.stderr)")
        let db = try AppDatabase.open(path: path)
        #expect(try db.auditTrail(filter: .lesson(code: "72"), by: .serverOperator).isEmpty)
        #expect(try db.auditTrail(filter: .lesson(code: "71"), by: .serverOperator).count == 3)
    }

    @Test(.requires(Tools.tmux)) func interruptKeysAndSignalsDoNotDropToTheShell() throws {
        let journal = try journal()
        defer { journal.close() }
        let tmux = journal.tmux
        try signIn(tmux, "ivanova")
        #expect(tmux.waitFor("(учитель)"))
        try tmux.press("C-c")
        try tmux.press("C-z")
        try tmux.press("C-\\")
        #expect(tmux.waitFor("Ctrl-\\ здесь не действует: F10 — назад"))   // the last key pressed, by its name
        let pid = try #require(tmux.pid)
        for signal in [SIGINT, SIGTSTP, SIGQUIT] { kill(pid, signal) }
        try tmux.press("F1")
        #expect(tmux.waitFor("Справка — F1"))   // still running and answering
        #expect(!tmux.programEnded)
    }

    @Test(.requires(Tools.tmux)) func aHungUpTerminalEndsTheSessionAndGivesTheTerminalBack() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try FamilySchool.prepare(try AppDatabase.open(path: path, create: true))
        let command = "\(ZhurnalBinary.url.path) --db \(path); echo status=$?; stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo; sleep 30"
        let tmux = try TmuxSession(command: command)
        defer { tmux.close() }
        #expect(tmux.waitFor("Вход в электронный журнал"))
        try signIn(tmux, "ivanova")
        #expect(tmux.waitFor("(учитель)"))
        let shell = try #require(tmux.pid)
        let zhurnal = try #require(ChildProcess.of(shell))
        kill(zhurnal, SIGHUP)
        #expect(tmux.waitFor("status=129"))   // ended by the hang-up, as a shell reports it
        #expect(tmux.waitUntil { $0.split(separator: "\n").contains("echo") }, "\(tmux.screen())")
        // Nothing was half-written: the database opens and its audit chain is whole.
        guard case .intact = try AppDatabase.open(path: path).verifyAuditLog() else { Issue.record("audit broken"); return }
    }

    @Test(.requires(Tools.tmux)) func badInputAtTheLoginScreen() throws {
        let journal = try journal()
        defer { journal.close() }
        let tmux = journal.tmux
        try tmux.press("Enter", "Enter")
        #expect(tmux.waitFor("Введите логин."))
        try tmux.type("ivanova")
        try tmux.press("Enter")
        try tmux.type(String(repeating: "я", count: 10_000))   // a page pasted into the password
        try tmux.press("Enter")
        #expect(tmux.waitFor("Неверный логин или пароль.", timeout: 30))
        #expect(!tmux.programEnded)
        try tmux.type(FamilySchool.password("ivanova"))   // Cyrillic with a space
        try tmux.press("Enter")
        #expect(tmux.waitFor("Иванова А. П. (учитель)"))
    }

    @Test(.requires(Tools.tmux)) func aCodeTheAdministratorHandsOutSignsIn() throws {
        let journal = try journal()
        defer { journal.close() }
        let tmux = journal.tmux
        try signIn(tmux, "admin")
        #expect(tmux.waitFor("8Учётки"))
        try tmux.press("F8")
        #expect(tmux.waitFor("Учётные записи"))
        try tmux.type("fizruk")
        #expect(tmux.waitFor("записей: 1 из 10"))
        try tmux.press("F5")
        #expect(tmux.waitFor("Сбросить пароль fizruk"))
        try tmux.press("Right", "Enter")
        #expect(tmux.waitFor("Одноразовый код"))
        let line = try #require(tmux.screen().split(separator: "\n").first { $0.contains("Код:") })
        let code = try #require(line.split(separator: " ").first { $0.count == 9 && $0.contains("-") }).description
        try tmux.press("Enter")
        #expect(tmux.waitUntil { !$0.contains(code) })

        let second = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db \(journal.databasePath)")
        defer { second.close() }
        #expect(second.waitFor("Вход в электронный журнал"))
        try signIn(second, "fizruk", password: code)
        #expect(second.waitFor("Первый вход: придумайте пароль"))
        try second.type("новый пароль физрука")
        try second.press("Enter")
        try second.type("новый пароль физрука")
        try second.press("Enter")
        #expect(second.waitFor("Фёдоров Ф. Ф. (учитель)"))
        let trail = try journal.database().auditTrail(filter: .account(login: "fizruk"), by: .serverOperator)
        #expect(trail.map(\.actorLogin) == [nil, "admin", "fizruk"])   // the fixture's password, the reset, the owner's own
    }

    @Test func aDatabaseOthersCouldWriteIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        try FamilySchool.prepare(try AppDatabase.open(path: path, create: true))
        chmod(path, 0o666)
        let refused = try ZhurnalBinary.run(["--db", path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("есть доступ у всех пользователей компьютера (права 0666)"))
        #expect(refused.stderr.contains("chmod 600 \(path)"))
        chmod(path, 0o600)
        #expect(try ZhurnalBinary.run(["audit", "verify", "--db", path]).status == 0)
    }
}

/// A child process of `parent`, found through /proc.
enum ChildProcess {
    static func of(_ parent: Int32) -> Int32? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 2, Int32(fields[1]) == parent { return pid }
        }
        return nil
    }
}

extension AppDatabase {
    /// The reasons of a login's failed sign-ins, oldest first.
    func signInFailures(login: String) throws -> [String] {
        try auditFreeRead("SELECT reason FROM sign_in_failure WHERE login = '\(login)' ORDER BY id")
    }

    private func auditFreeRead(_ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path ?? "", sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
