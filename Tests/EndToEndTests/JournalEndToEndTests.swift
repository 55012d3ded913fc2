import Foundation
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// The built binary in tmux: a teacher opens today's first lesson, takes the
/// roll, puts marks and the topic, signs out; the database holds all of it
/// with the teacher's name and the time. A second process on the same grid
/// sees it. The school is built around the real today, so it has lessons
/// whatever the date (a Sunday too).
@Suite(.serialized, .requires(Tools.tmux)) struct JournalEndToEndTests {
    static let password = "весна в школе"

    static func school(in dir: TemporaryDirectory) throws -> String {
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true)
        try db.load(JournalSchool.snapshot(today: JournalSchool.realToday), options: LoadOptions(source: "e2e"))
        try db.setPassword(login: "ivanova", to: password, by: .serverOperator)
        return path
    }

    /// Иванова signed in, on «Сегодня» with her three lessons.
    static func signInTeacher(_ path: String) throws -> TmuxSession {
        let tmux = try TmuxSession(command: "\(ZhurnalBinary.url.path) --db \(path)")
        #expect(tmux.waitFor("Логин:"))
        try tmux.type("ivanova")
        try tmux.press("Enter")
        try tmux.type(password)
        try tmux.press("Enter")
        #expect(tmux.waitFor("уроков: 3"), "\(tmux.screen())")
        return tmux
    }

    static func startTeacher(_ path: String) throws -> TmuxSession {
        let tmux = try signInTeacher(path)
        try tmux.press("Home", "Enter")
        #expect(tmux.waitFor("Журнал 5А · Математика"), "\(tmux.screen())")
        return tmux
    }

    /// The text of a student's cell in today's first lesson, as the screen shows it.
    static func todayCell(_ screen: String, _ surname: String) -> String? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let header = lines.first(where: { String($0).contains("сег 1") }),
              let start = String(header).range(of: "сег 1").map({ String(header)[..<$0.lowerBound].count }),
              let row = lines.first(where: { String($0).contains(surname) }), row.count >= start + 5 else { return nil }
        return String(row[start..<(start + 5)]).trimmingCharacters(in: .whitespaces)
    }

    static var now: SchoolTime { SystemClock().now(in: JournalSchool.timeZone) }

    @Test func aTeacherTakesTheRollPutsMarksAndTheTopicAllStoredWithAuthorAndTime() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try Self.school(in: dir)
        let started = Self.now
        let tmux = try Self.startTeacher(path)
        defer { tmux.close() }
        try tmux.type("нн543")
        #expect(tmux.waitUntil { Self.todayCell($0, "Дмитриев") == "3" }, "\(tmux.screen())")
        try tmux.press("F3")
        #expect(tmux.waitFor("Enter — сохранить"))
        try tmux.type("Сравнение натуральных чисел")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Тема сохранена"), "\(tmux.screen())")
        try tmux.press("F10")
        #expect(tmux.waitFor("уроков: 3"))
        try tmux.press("F10")
        #expect(tmux.waitFor("Выйти из журнала к экрану входа?"), "\(tmux.screen())")
        try tmux.press("Right", "Enter")
        #expect(tmux.waitFor("Вы вышли из журнала."), "\(tmux.screen())")
        let finished = Self.now

        let snapshot = try AppDatabase.open(path: path).snapshot(by: .serverOperator)
        let today = snapshot.lessons.first { $0.code == "today-1" }
        #expect(today?.topic == "Сравнение натуральных чисел")
        let marks = snapshot.marks.filter { $0.lessonCode == "today-1" }
        #expect(marks.map { "\($0.studentCode)=\($0.value)" }.sorted() == ["s3=5", "s4=4", "s5=3"])
        let absences = snapshot.attendance.filter { $0.lessonCode == "today-1" }
        #expect(absences.map { "\($0.studentCode)=\($0.code.rawValue)" }.sorted() == ["s1=н", "s2=н"])
        for (by, at) in marks.map({ ($0.enteredBy, $0.enteredAt) }) + absences.map({ ($0.enteredBy, $0.enteredAt) }) {
            #expect(by == "ivanova")
            #expect(started <= at && at <= finished, "entered at \(at.iso), test ran \(started.iso)–\(finished.iso)")
        }
        let db = try AppDatabase.open(path: path)
        #expect(try db.auditCount(table: "mark") == 3)
        #expect(try db.auditCount(table: "attendance") == 2)
        #expect(try db.auditCount(table: "lesson") == 1)
    }

    /// Иванова covers today's Russian lesson, so the Russian grid opens for her;
    /// the columns before it are Петров's lessons: a mark or a topic typed there
    /// gets the refusal on the status line and nothing reaches the database.
    @Test func aTeacherCannotChangeAnotherTeachersLessonThroughTheGrid() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try Self.school(in: dir)
        let tmux = try Self.signInTeacher(path)
        defer { tmux.close() }
        try tmux.press("Home", "Down", "Enter")
        #expect(tmux.waitFor("Журнал 5А · Русский язык"), "\(tmux.screen())")
        try tmux.press("Left")
        #expect(tmux.waitFor("Петров П. И. · чужой урок: только просмотр"), "\(tmux.screen())")
        try tmux.type("5")
        #expect(tmux.waitFor("нет прав: это урок другого учителя"), "\(tmux.screen())")
        try tmux.press("F3")
        #expect(tmux.waitFor("нет прав: это урок другого учителя"))
        #expect(!tmux.screen().contains("Enter — сохранить"))
        try tmux.press("F2")
        #expect(tmux.waitFor("Урок другого учителя: только просмотр"), "\(tmux.screen())")
        try tmux.type("Диктант")
        try tmux.press("Enter")
        #expect(tmux.waitFor("нет прав: это урок другого учителя"), "\(tmux.screen())")
        let snapshot = try AppDatabase.open(path: path).snapshot(by: .serverOperator)
        let petrovs = Set(snapshot.lessons.filter { $0.teacherLogin == "petrov" }.map(\.code))
        #expect(!petrovs.isEmpty)
        #expect(!snapshot.marks.contains { petrovs.contains($0.lessonCode) })
        #expect(!snapshot.attendance.contains { petrovs.contains($0.lessonCode) })
        #expect(!snapshot.lessons.contains { petrovs.contains($0.code) && $0.topic != nil })
    }

    /// The second process is sent no key: it shows the marks because it polls
    /// for others' commits by itself. How soon is a figure for `zhurnal-bench`
    /// (docs/performance.md), not a wall-clock assertion here.
    @Test func aSecondProcessOnTheSameGridShowsTheMarksWithoutAKey() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try Self.school(in: dir)
        let first = try Self.startTeacher(path)
        defer { first.close() }
        let second = try Self.startTeacher(path)
        defer { second.close() }
        try first.type("н5")
        #expect(first.waitUntil { Self.todayCell($0, "Борисова") == "5" })
        #expect(second.waitUntil { Self.todayCell($0, "Андреев") == "н" && Self.todayCell($0, "Борисова") == "5" },
                "\(second.screen())")

        // both put a mark in the same cell at once: both are kept, neither is lost
        try second.press("Down")
        try first.press("Up")
        try first.type("4")
        try second.type("3")
        #expect(first.waitUntil(timeout: 5) { ["5/4/3", "5/3/4"].contains(Self.todayCell($0, "Борисова") ?? "") }, "\(first.screen())")
        #expect(second.waitUntil(timeout: 5) { ["5/4/3", "5/3/4"].contains(Self.todayCell($0, "Борисова") ?? "") }, "\(second.screen())")
        let marks = try AppDatabase.open(path: path).snapshot(by: .serverOperator).marks.filter { $0.lessonCode == "today-1" && $0.studentCode == "s2" }
        #expect(marks.map(\.value.value).sorted() == [3, 4, 5])
    }
}
