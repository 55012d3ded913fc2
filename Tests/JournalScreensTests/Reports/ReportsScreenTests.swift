@testable import ControlReports
import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// «Отчёты»: the state without a database (choices, tables, drill-downs from
/// hand-made reports), then the screen over the report fixture school — the
/// deputy from the menu to «с одной 2» and the student's marks, printing and
/// files, a teacher's narrower view.
@Suite(.serialized) struct ReportsScreenTests {
    // MARK: State, without a database

    static func state(_ report: ControlReport) -> ReportsState {
        var state = ReportsState(kinds: ReportKind.allCases, filters: [.all("вся школа")],
                                 windows: [ReportWindowChoice(label: "1 четверть", from: ReportSchool.date("2024-09-02"),
                                                              to: ReportSchool.date("2024-09-13"), periodCode: "q1")])
        state.show(report)
        return state
    }

    static let progress = ControlReport(kind: .progress, subtitle: "1 четверть", parameters: [], tables: [
        ReportTable(name: "rows", title: "Успеваемость", columns: [ReportColumn("class", "Класс"), ReportColumn("subject", "Предмет"),
                                                                   ReportColumn("marks_2", "«2»")],
                    rows: [[.text("5А"), .text("Английский язык"), .integer(1)]]),
        ReportTable(name: "students", title: "Списки", columns: [
            ReportColumn("class", "Класс"), ReportColumn("category", "Код"), ReportColumn("category_title", "Категория"),
            ReportColumn("student", "Ученик"), ReportColumn("subjects", "Предметы")], rows: [
            [.text("5А"), .text("excellent"), .text("отличники"), .text("Андреев Илья"), .text("")],
            [.text("5А"), .text("one_2"), .text("с одной «2»"), .text("Борисова Ольга"), .text("Английский язык 2")],
            [.text("5А"), .text("failing"), .text("неуспевающие"), .text("Борисова Ольга"), .text("Английский язык 2")],
            [.text("5Б"), .text("one_2"), .text("с одной «2»"), .text("Дмитриев Олег"), .text("Математика 2")],
        ]),
    ])

    @Test func progressOpensOnTheCategoriesCountedByClass() throws {
        let state = Self.state(Self.progress)
        #expect(state.tables.map(\.name) == ["categories", "rows", "students"])
        let categories = try #require(state.table)
        #expect(categories.rows.count == 2)
        #expect(categories.value("one_2", row: 0) == .integer(1))
        #expect(categories.value("failing", row: 0) == .integer(1))
        #expect(categories.value("excellent", row: 0) == .integer(1))
        #expect(categories.value("excellent", row: 1) == .integer(0))
        // the cursor rests on the first figure, right of the frozen class
        #expect(state.cursor.selectedColumn == 1)
    }

    @Test func withOneTwoDrillsToThatClasssStudents() throws {
        var state = Self.state(Self.progress)
        state.cursor.select(row: 0, column: try #require(state.table?.columns.firstIndex { $0.key == "one_2" }))
        guard case .rows(let title, let table)? = state.drill else { Issue.record("\(String(describing: state.drill))"); return }
        #expect(title == "5А: с одной «2»")
        #expect(table.rows.map { $0[3] } == [.text("Борисова Ольга")])
        // a row of that list opens the student, with no subject of its own
        #expect(ReportDrills.drill(Self.progress, table: table, row: 0, column: 0)
                == .student(name: "Борисова Ольга", className: "5А", unit: nil))
    }

    @Test func aTwoInTheSubjectTableDrillsToWhoHasIt() throws {
        var state = Self.state(Self.progress)
        state.nextTable()
        #expect(state.table?.name == "rows")
        state.cursor.select(row: 0, column: 2)
        guard case .rows(_, let table)? = state.drill else { Issue.record("no drill"); return }
        #expect(table.rows.map { $0[3] } == [.text("Борисова Ольга")])
    }

    @Test func oneMarkDrillsToTheStudentsWithOneMarkAndOnToTheirGrid() throws {
        let unit: [ReportValue] = [.text("5А"), .text(""), .text("Математика")]
        let report = ControlReport(kind: .marksCount, subtitle: "", parameters: [], tables: [
            ReportTable(name: "rows", title: "Накопляемость", columns: [
                ReportColumn("class", "Класс"), ReportColumn("group", "Группа"), ReportColumn("subject", "Предмет"),
                ReportColumn("marks_0", "0 отметок"), ReportColumn("marks_1", "1 отметка")], rows: [unit + [.integer(1), .integer(1)]]),
            ReportTable(name: "below_norm", title: "Ниже нормы", columns: [
                ReportColumn("class", "Класс"), ReportColumn("group", "Группа"), ReportColumn("subject", "Предмет"),
                ReportColumn("student", "Ученик"), ReportColumn("marks", "Отметок"), ReportColumn("norm", "Норма")], rows: [
                unit + [.text("Андреев Илья"), .integer(0), .integer(5)],
                unit + [.text("Борисова Ольга"), .integer(1), .integer(5)],
                [.text("5Б"), .text(""), .text("Математика"), .text("Дмитриев Олег"), .integer(1), .integer(5)],
            ]),
        ])
        var state = Self.state(report)
        #expect(state.cursor.selectedColumn == 3, "class, group and subject stay frozen")
        state.cursor.select(row: 0, column: 4)
        guard case .rows(let title, let table)? = state.drill else { Issue.record("no drill"); return }
        #expect(title == "5А · Математика: 1 отметка")
        #expect(table.rows.map { $0[3] } == [.text("Борисова Ольга")])
        let names = ReportUnitNames(className: "5А", groupName: "", subjectName: "Математика")
        #expect(ReportDrills.drill(report, table: table, row: 0, column: 0) == .student(name: "Борисова Ольга", className: "5А", unit: names))
    }

    @Test func remarksOpenTheirLessonAndTeachersTheirLessons() {
        let anomalies = ControlReport(kind: .anomalies, subtitle: "", parameters: [], tables: [
            ReportTable(name: "rows", title: "Замечания", columns: [ReportColumn("teacher", "Учитель"), ReportColumn("lesson_id", "№ урока"),
                                                                    ReportColumn("student", "Ученик"), ReportColumn("class", "Класс")],
                        rows: [[.text("Иванова Анна"), .integer(42), .text(""), .text("5А")],
                               [.text("Иванова Анна"), .none, .text("Андреев Илья"), .text("5А")]]),
        ])
        let table = anomalies.tables[0]
        #expect(ReportDrills.drill(anomalies, table: table, row: 0, column: 0) == .lesson(LessonID(42)))
        #expect(ReportDrills.drill(anomalies, table: table, row: 1, column: 0) == .student(name: "Андреев Илья", className: "5А", unit: nil))
        let keeping = ControlReport(kind: .journalKeeping, subtitle: "", parameters: [], tables: [
            ReportTable(name: "rows", title: "", columns: [ReportColumn("teacher", "Учитель"), ReportColumn("login", "Логин")],
                        rows: [[.text("Иванова Анна"), .text("ivanova")]]),
        ])
        #expect(ReportDrills.drill(keeping, table: keeping.tables[0], row: 0, column: 1) == .teacher(login: "ivanova", name: "Иванова Анна"))
    }

    @Test func windowsListQuartersThenTheYearAndStartOnTodaysPeriod() {
        let d = ReportSchool.date
        let windows = ReportWindowChoice.list([
            Period(code: "year", name: "Год", kind: .year, start: d("2024-09-02"), end: d("2025-05-30")),
            Period(code: "q2", name: "2 четверть", kind: .quarter, start: d("2024-11-05"), end: d("2024-12-27")),
            Period(code: "q1", name: "1 четверть", kind: .quarter, start: d("2024-09-02"), end: d("2024-10-25")),
        ])
        #expect(windows.map(\.periodCode) == ["q1", "q2", "year"])
        #expect(ReportWindowChoice.current(in: windows, today: d("2024-11-10")) == 1)
        #expect(ReportWindowChoice.current(in: windows, today: d("2024-10-30")) == 0, "the holidays after a quarter show that quarter")
    }

    // MARK: The screen over the report fixture school

    /// The fixture with Борисова Ольга's English final mark a «2»: with her
    /// «4» in mathematics she is «с одной 2».
    static func school() -> SchoolSnapshot {
        var school = ReportSchool.snapshot()
        if let index = school.finalMarks.firstIndex(where: { $0.studentCode == "a2" && $0.subjectCode == "eng" }) {
            school.finalMarks[index].value = .mark(2)
        }
        return school
    }

    static func harness(_ login: String, folder: URL) throws -> ScreenHarness {
        let h = try ScreenHarness(clock: ReportSchool.clock, home: { context, user -> any Screen in
            if let screen = try? ReportsScreen(user: user, context: context, reportFolder: folder) { return screen }
            return PlaceholderHome(user: user, context: context)
        }, school: school())
        try h.signInDirectly(login)
        return h
    }

    static func reports(_ h: ScreenHarness) throws -> ReportsScreen {
        try #require(h.app.topScreen.flatMap { ScreenHarness.innermost($0) ?? $0 } as? ReportsScreen)
    }

    /// F4, then the period by typing; F2, then the report by typing.
    static func choose(_ h: ScreenHarness, period: String, report: String) {
        h.press(.function(4))
        h.type(period)
        h.press(.enter, .function(2))
        h.type(report)
        h.press(.enter)
    }

    @Test func theDeputyOpensReportsFromTheMenu() throws {
        let h = try ScreenHarness(clock: ReportSchool.clock, school: Self.school())
        try h.signInDirectly("deputy")
        h.press(.character("м"))
        #expect(h.contains("[О] Отчёты"))
        h.press(.character("о"))
        #expect(try Self.reports(h).state.kind == .marksCount)
        #expect(h.lines[1].contains("Отчёты"), "\(h.screenText)")
        #expect(h.contains("Накопляемость отметок · вся школа · 2 четверть"))
    }

    @Test func theDeputyDrillsFromOneTwoToTheStudentsMarks() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let h = try Self.harness("deputy", folder: dir.url)
        Self.choose(h, period: "1 ч", report: "успев")
        let screen = try Self.reports(h)
        #expect(screen.state.kind == .progress)
        #expect(screen.state.window?.periodCode == "q1")
        #expect(h.contains("Таблица 1 из 3: Категории учеников по классам · Tab — следующая"), "\(h.screenText)")
        #expect(h.contains("С одной «2»"), "\(h.screenText)")
        let column = try #require(screen.state.table?.columns.firstIndex { $0.key == "one_2" })
        for _ in 1..<column { h.press(.right) }
        #expect(screen.state.cursor.selectedColumn == column)
        #expect(h.contains("С одной «2»: 1 · Enter — подробнее"), "\(h.screenText)")
        h.press(.enter)
        #expect(h.contains("5А: с одной «2»"), "\(h.screenText)")
        #expect(h.contains("Борисова Ольга"))
        h.press(.enter)
        #expect(h.contains("Отметки ученика: Борисова Ольга, 5А · 1 четверть"), "\(h.screenText)")
        #expect(h.contains("Английский язык") && h.contains("Математика"))
        h.press(.escape, .escape)
        #expect(try Self.reports(h) === screen)
    }

    @Test func printingTheSummarySheetGoesToThePrinterAndTheFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let h = try Self.harness("deputy", folder: dir.url)
        _ = try h.db.setSetting(.printer, "kabinet-12", by: .serverOperator)
        Self.choose(h, period: "1 ч", report: "успев")
        let log = dir.path("lp.log")
        let bin = try StandInPrinter.install(in: dir, log: log)
        StandInPrinter.withPath(bin) { h.press(.function(8)) }
        let path = dir.url.appendingPathComponent("deputy/ведомость-5a.pdf").path
        #expect(h.status.contains("Отправлено на принтер kabinet-12"), "\(h.status)")
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("-d kabinet-12 -t Сводная ведомость"))
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains(path))
        let text = try DocumentReaders.pdfText(path)
        #expect(text.contains("Борисова Ольга") && text.contains("Завучева Зоя"), "\(text)")
    }

    @Test func aPrinterThatRefusesIsSaidInRussianAndTheFileKept() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let h = try Self.harness("deputy", folder: dir.url)
        _ = try h.db.setSetting(.printer, "kabinet-12", by: .serverOperator)
        let bin = dir.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try StandInPrinter.writeScript("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n", to: bin + "/lp")
        Self.choose(h, period: "1 ч", report: "накоп")
        StandInPrinter.withPath(bin) { h.press(.function(5)) }
        #expect(h.status.contains("Принтер «kabinet-12» не принял задание (lp, код 1)"), "\(h.status)")
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("deputy/marks-count-school-q1.pdf").path))
    }

    @Test func withoutAPrinterTheReportAndItsFilesGoToTheUsersFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let h = try Self.harness("deputy", folder: dir.url)
        Self.choose(h, period: "1 ч", report: "успев")
        h.press(.function(5))
        let pdf = dir.url.appendingPathComponent("deputy/progress-school-q1.pdf").path
        #expect(h.status.contains("Записано: ") && FileManager.default.fileExists(atPath: pdf), "\(h.status)")
        #expect(try DocumentReaders.pdfText(pdf).contains("Успеваемость и качество"))
        h.press(.function(6), .enter)
        let xlsx = dir.url.appendingPathComponent("deputy/progress-school-q1.xlsx").path
        #expect(h.status.contains("Записано: ") && FileManager.default.fileExists(atPath: xlsx), "\(h.status)")
        #expect(try DocumentReaders.xlsxPart(xlsx, "xl/sharedStrings.xml").contains("Борисова Ольга"))
        h.press(.function(6), .down, .enter)
        let csv = dir.url.appendingPathComponent("deputy/progress-school-q1-categories.csv").path
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("class,excellent,good,one_3,one_2"))
        h.press(.function(6), .down, .down, .enter)
        let json = dir.url.appendingPathComponent("deputy/progress-school-q1.json").path
        #expect(try String(contentsOfFile: json, encoding: .utf8).contains("\"Борисова Ольга\""))
    }

    @Test func theJournalPagesOfTheRowsClassAndSubjectArePrinted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let h = try Self.harness("deputy", folder: dir.url)
        Self.choose(h, period: "1 ч", report: "накоп")
        let screen = try Self.reports(h)
        let row = try #require(screen.state.table?.rows.firstIndex { $0[0] == .text("5А") && $0[2] == .text("Математика") })
        for _ in 0..<row { h.press(.down) }
        h.press(.function(7))
        let path = dir.url.appendingPathComponent("deputy/журнал-5a-math-q1.pdf").path
        #expect(h.status.contains("Записано: ") && FileManager.default.fileExists(atPath: path), "\(h.status)")
        #expect(try DocumentReaders.pdfText(path).contains("Андреев Илья"))
    }

    @Test func aTeacherSeesTheirOwnReportsOnly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let h = try ScreenHarness(clock: ReportSchool.clock, school: Self.school())
        try h.signInDirectly("ivanova")
        h.press(.character("м"), .character("о"))
        let screen = try Self.reports(h)
        #expect(!screen.state.kinds.contains(.activity))
        #expect(screen.state.filters.first?.label == "мои уроки")
        #expect(screen.state.filters.contains { $0.label == "учитель Иванова Анна" })
        #expect(!screen.state.filters.contains { $0.label == "учитель Петров Пётр" })
        // asking for another teacher's report is refused by the store, in words
        screen.state.filterIndex = try #require(screen.state.filters.firstIndex { $0.dimension == .teacher })
        screen.compute(h.context)
        #expect(screen.state.report != nil)
    }

    @Test func aTeachersRowListsTheirLessons() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let h = try Self.harness("deputy", folder: dir.url)
        Self.choose(h, period: "1 ч", report: "ведение")
        let screen = try Self.reports(h)
        let row = try #require(screen.state.table?.rows.firstIndex { $0[0] == .text("Иванова Анна") })
        for _ in 0..<row { h.press(.down) }
        h.press(.enter)
        #expect(h.contains("Уроки: Иванова Анна"), "\(h.screenText)")
        let lessons = try #require(h.app.topScreen as? TeacherLessonsScreen).lessons
        #expect(lessons.map(\.date.iso).contains("2024-09-02"))
        #expect(lessons.contains { $0.cancelled })
        h.press(.enter)
        #expect(h.contains("Журнал 5А"), "\(h.screenText)")
    }
}
