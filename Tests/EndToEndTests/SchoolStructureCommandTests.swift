import Foundation
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// The commands that keep the school's structure, run as the server's
/// operator would: each change is one audited transaction checked as a
/// screen's would be; a wrong id or date is named in Russian and changes
/// nothing.
@Suite struct SchoolStructureCommandTests {
    let directory: TemporaryDirectory
    let path: String
    let today = JournalSchool.realToday

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true)
        try db.load(GroupSchool.snapshot(today: JournalSchool.realToday), options: LoadOptions(source: "e2e"))
    }

    func zhurnal(_ arguments: String...) throws -> ZhurnalBinary.Result {
        try ZhurnalBinary.run(arguments + ["--db", path])
    }

    /// Every audit row: a refused command must leave it as it was.
    func auditRows() throws -> Int {
        let db = try AppDatabase.open(path: path)
        return try ["period", "enrollment", "student", "teaching_group", "group_member", "lesson"].reduce(0) {
            try $0 + db.auditCount(table: $1)
        }
    }

    func expectRefused(_ result: ZhurnalBinary.Result, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.stderr == "zhurnal: \(message)\n", sourceLocation: sourceLocation)
    }

    @Test func periodsAreClosedAndReopened() throws {
        defer { directory.remove() }
        let locked = try zhurnal("period", "lock", "q1")
        #expect(locked.status == 0 && locked.stdout == "Период «q1» закрыт.\n", "\(locked.stderr)")
        #expect(try zhurnal("period", "lock", "q1").stdout == "Период «q1» уже закрыт.\n")
        #expect(try zhurnal("period", "list").stdout.contains("1 четверть"))
        let start = today.adding(days: -60)
        expectRefused(try zhurnal("student", "move", "s4", "--to", "6a", "--date", start.adding(days: 2).iso, "--order", "№ 9"),
                      "период «1 четверть» закрыт: изменения в нём запрещены. Открыть период может завуч или администратор")
        expectRefused(try zhurnal("period", "lock", "q9"), "не найдено: период «q9»")
        #expect(try zhurnal("period", "unlock", "q1").stdout == "Период «q1» открыт.\n")
        #expect(try auditRows() == 2)
    }

    @Test func studentsArriveMoveAndLeave() throws {
        defer { directory.remove() }
        let day = today.adding(days: -1)
        #expect(try zhurnal("student", "arrive", "s10", "--name", "Зайцев Пётр Ильич", "--class", "5a", "--date", day.iso,
                            "--order", "№ 60").stdout == "Ученик «s10» зачислен в класс «5a» с \(day.russian).\n")
        #expect(try zhurnal("student", "move", "s10", "--to", "6a", "--date", today.iso, "--order", "№ 61").status == 0)
        let left = try zhurnal("student", "leave", "s10", "--date", today.adding(days: 1).iso, "--order", "№ 62")
        #expect(left.stdout == "Ученик «s10» выбыл с \(today.adding(days: 1).russian); последний день в классе — \(today.russian).\n")
        let history = try zhurnal("student", "history", "s10").stdout
        #expect(history.contains("5a     \(day.russian)  \(day.russian)  № 60"), "\(history)")
        #expect(history.contains("6a     \(today.russian)  \(today.russian)  № 61; выбытие: № 62"), "\(history)")
        // the new student, three stays' insertions and the two ends
        #expect(try auditRows() == 5)
    }

    @Test func aBadIdOrDateIsNamedAndChangesNothing() throws {
        defer { directory.remove() }
        expectRefused(try zhurnal("student", "move", "s3", "--to", "6a", "--date", "2024-02-30", "--order", "№ 1"),
                      "неверная дата «2024-02-30»: нужен формат ГГГГ-ММ-ДД и существующий день")
        expectRefused(try zhurnal("student", "move", "s99", "--to", "6a", "--date", today.iso, "--order", "№ 1"),
                      "не найдено: ученик «s99»")
        expectRefused(try zhurnal("student", "arrive", "s10", "--name", "Зайцев Пётр", "--class", "9z", "--date", today.iso,
                                  "--order", "№ 1"), "не найдено: класс «9z»")
        expectRefused(try zhurnal("group", "member-add", "eng1", "s9", "--from", today.iso),
                      "конфликт: ученик Жуков Игорь Олегович не в классе «5А» на \(today.russian): в его группу не записать")
        expectRefused(try zhurnal("group", "add", "g1", "--name", "гр. 3", "--kind", "half"),
                      "неизвестный вид группы «half»: допустимы part, mixed, extra")
        expectRefused(try zhurnal("lesson", "cancel", "--class", "5a", "--date", "вчера", "--number", "1", "--reason", "карантин"),
                      "неверная дата «вчера»: нужен формат ГГГГ-ММ-ДД и существующий день")
        expectRefused(try zhurnal("lesson", "substitute", "--class", "5a", "--group", "eng2", "--date", today.iso, "--number", "4",
                                  "--teacher", "nobody"), "не найдено: учётная запись «nobody»")
        expectRefused(try zhurnal("lesson", "substitute", "--class", "5a", "--date", today.iso, "--number", "4", "--teacher", "ivanova"),
                      "не найдено: урок всего класса: 5А, \(today.russian), 4-й урок — это уроки групп eng1, eng2; укажите --group")
        #expect(try auditRows() == 0)
    }

    @Test func groupsAreMadeAndFilled() throws {
        defer { directory.remove() }
        #expect(try zhurnal("group", "add", "inf1", "--name", "Информатика, гр. 1", "--kind", "part", "--class", "5a",
                            "--subject", "math").stdout == "Группа «inf1» создана.\n")
        #expect(try zhurnal("group", "member-add", "inf1", "s1", "s2", "--from", today.iso).status == 0)
        #expect(try zhurnal("group", "member-remove", "inf1", "s2", "--date", today.adding(days: 1).iso).status == 0)
        let members = try zhurnal("group", "members", "inf1").stdout
        #expect(members == """
            код  ученик                   с           по
            s1   Андреев Илья Сергеевич   \(today.russian)  —
            s2   Борисова Ольга Петровна  \(today.russian)  \(today.russian)

            """)
        let list = try zhurnal("group", "list").stdout.split(separator: "\n")
        let line = try #require(list.first { $0.hasPrefix("inf1 ") })
        #expect(line.split(separator: " ").map(String.init) == ["inf1", "Информатика,", "гр.", "1", "part", "5А", "Математика", "marks", "2"])
        #expect(try auditRows() == 4)
    }

    @Test func theDeputyRecordsSubstitutionsAndCancellations() throws {
        defer { directory.remove() }
        let substituted = try zhurnal("lesson", "substitute", "--class", "5a", "--group", "eng2", "--date", today.iso, "--number", "4",
                                      "--teacher", "ivanova", "--reason", "болезнь")
        #expect(substituted.stdout == """
            5А · Английский язык · гр. 2, \(today.russian), 4-й урок: замена записана: урок ведёт «ivanova».
            Внимание: у «ivanova» в это время ещё урок: 5А · Английский язык · гр. 1.

            """, "\(substituted.stderr)")
        let cancelled = try zhurnal("lesson", "cancel", "--group", "fin", "--date", today.iso, "--number", "6", "--reason", "экскурсия")
        #expect(cancelled.stdout == "Финансовая грамотность · Электив 5–6, \(today.russian), 6-й урок: урок отменён.\n")
        #expect(try zhurnal("lesson", "restore", "--group", "fin", "--date", today.iso, "--number", "6").stdout
            == "Финансовая грамотность · Электив 5–6, \(today.russian), 6-й урок: урок восстановлен.\n")
        #expect(try auditRows() == 3)
        let verified = try zhurnal("audit", "verify")
        #expect(verified.status == 0 && verified.stdout.contains("Журнал аудита цел"))
    }
}
