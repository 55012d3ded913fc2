import Foundation
import JournalCore
@testable import JournalScreens
@testable import JournalStore
import TerminalUI
import TestFixtures
import Testing

@Suite struct ShellTests {
    @Test func loginScreenShowsTheChromeInRussian() throws {
        let h = try ScreenHarness()
        #expect(h.lines[0].hasPrefix(" МБОУ СОШ № 1"))
        #expect(h.lines[0].contains("1 четверть · вт 03.09.2024 10:00"))
        #expect(h.lines[1].contains("Вход в электронный журнал"))
        #expect(h.contains("Логин:"))
        #expect(h.lines[23].hasPrefix("1Помощь"))
        #expect(h.lines[23].contains("10Выход"))
        #expect(!h.contains("Демо-школа"))
    }

    @Test func longSchoolNameGivesWayToWhoIsSignedIn() throws {
        let h = try ScreenHarness(demo: true)
        try h.db.writer.write { try $0.execute(sql: "UPDATE school SET name = 'МБОУ «Средняя общеобразовательная школа № 147 имени А. С. Пушкина»'") }
        h.app.context.reloadSchool()
        h.signIn("admin", "admin")
        #expect(h.lines[0].contains("Админов А. (администратор)"), "\(h.lines[0])")
        #expect(h.lines[0].contains("МБОУ «Средняя"))
        #expect(h.lines[0].contains("…"))
    }

    @Test func demoSchoolListsAccountsToTry() throws {
        let h = try ScreenHarness(demo: true)
        #expect(h.contains("Демо-школа. Учётные записи для пробы (пароль = логин):"))
        #expect(h.contains("admin         администратор,"))
        #expect(h.contains("ivanova       учитель,"))
    }

    @Test func wrongThenRightPassword() throws {
        let h = try ScreenHarness()
        try h.db.setPassword(login: "ivanova", to: "весна в школе", by: .serverOperator)
        h.signIn("ivanova", "осень в школе")
        #expect(h.lines[22].contains("Неверный логин или пароль."))
        #expect(h.contains("Вход в электронный журнал"))
        h.press(.backTab)
        h.press(.tab)
        h.type("весна в школе")
        h.press(.enter)
        #expect(h.lines[1].contains("Сегодня"))   // a teacher's home
        #expect(h.lines[0].contains("Иванова А. П. (учитель)"))
    }

    @Test func unknownLoginGetsTheSameMessage() throws {
        let h = try ScreenHarness()
        h.signIn("nobody", "весна в школе")
        #expect(h.lines[22].contains("Неверный логин или пароль."))
    }

    @Test func passwordIsNeverShown() throws {
        let h = try ScreenHarness()
        h.type("ivanova")
        h.press(.enter)
        h.type("секрет")
        #expect(!h.contains("секрет"))
        #expect(h.contains("******"))
    }

    @Test func tooSmallWindowRecoversWithStateKept() throws {
        let h = try ScreenHarness()
        h.type("ivano")
        h.backend.size = Size(width: 60, height: 20)
        h.press(.resize)
        #expect(h.contains("Окно слишком маленькое: 60×20."))
        h.type("zzz")   // keys while too small change nothing
        h.backend.size = Size(width: 80, height: 24)
        h.press(.resize)
        #expect(h.contains("ivano"))
        #expect(!h.contains("zzz"))
    }

    @Test func signOutReturnsToLoginAndQuitAsksFirst() throws {
        let h = try ScreenHarness(demo: true)
        h.signIn("ivanova", "ivanova")
        #expect(h.lines[1].contains("Сегодня"))
        h.press(.function(10), .right, .enter)
        #expect(h.contains("Вход в электронный журнал"))
        #expect(h.contains("Вы вышли из журнала."))
        h.press(.function(10))
        #expect(h.contains("Закрыть электронный журнал?"))
        h.press(.escape)
        #expect(h.app.isRunning)
        h.press(.function(10), .right, .enter)
        #expect(!h.app.isRunning)
    }

    @Test func interruptKeysDoNotLeaveTheProgram() throws {
        let h = try ScreenHarness()
        h.press(.control("c"), .control("z"), .control("\\"))
        #expect(h.app.isRunning)
        #expect(h.contains("Чтобы выйти из программы, нажмите F10."))
    }

    @Test func helpIsGeneratedFromTheScreensKeys() throws {
        let h = try ScreenHarness()
        h.press(.function(1))
        #expect(h.contains("Справка — F1"))
        #expect(h.contains("выход из программы (спросит подтверждение)"))
        #expect(h.contains("Ctrl-L"))
        h.press(.escape)
        #expect(!h.contains("Справка — F1"))
    }

    @Test func firstSignInWithOneTimeCodeAsksForOwnPassword() throws {
        let h = try ScreenHarness()
        let code = try h.db.createAccount(login: "smirnova", fullName: "Смирнова Елена Викторовна", roles: [.teacher], by: .serverOperator)
        h.signIn("smirnova", code)
        #expect(h.contains("Первый вход: придумайте пароль"))
        h.type("короткий")
        h.press(.enter)
        h.type("другой!")
        h.press(.enter)
        #expect(h.contains("Пароли не совпадают"))
        h.type("Весна в школе 2024")
        h.press(.enter)
        h.type("Весна в школе 2024")
        h.press(.enter)
        #expect(h.lines[0].contains("Смирнова Е. В. (учитель)"))
        #expect(h.contains("Сегодня у вас уроков нет."))
        #expect(h.contains("Пароль сохранён."))
    }

    @Test func keystrokeInATextFieldChangesFewCells() throws {
        let h = try ScreenHarness()
        h.type("ivanova")
        h.press(.character("x"))
        #expect(h.backend.lastDrawChangedCells <= 2)
    }

    @Test(.timeLimit(.minutes(1))) func longPasteIsCutAndDoesNotHang() throws {
        let h = try ScreenHarness()
        h.press(.enter)
        for _ in 0..<10_000 { h.app.handle(.character("я")) }
        h.app.draw()
        #expect(h.contains("*****"))
    }

    @Test func commitsByOthersReloadTheTopScreen() throws {
        final class Spy: Screen {
            var reloads = 0
            func title(in context: AppContext) -> String { "Spy" }
            var functionBarItems: [FunctionBarItem] { [] }
            var helpEntries: [HelpEntry] { [] }
            func render(in area: Rect, buffer: inout Buffer, context: AppContext) {}
            func handle(_ key: Key, context: AppContext) -> [ScreenEffect] { [] }
            func reload(context: AppContext) { reloads += 1 }
        }
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("s.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: TinySchool.tuesdayMorning)
        try db.load(TinySchool.snapshot(), options: LoadOptions(demo: true, source: "test"))
        let spy = Spy()
        let app = App(backend: TestBackend(), context: try AppContext(db: db, language: .ru),
                      login: { LoginScreen(context: $0) }, home: { _, _ in spy })
        app.apply(screenEffects: [.signedIn(try db.actingUser(login: "ivanova")!)])
        app.refreshIfOthersCommitted()
        #expect(spy.reloads == 0)
        let other = try AppDatabase.open(path: path, clock: TinySchool.tuesdayMorning)
        try other.setTopic(lesson: LessonID(1), "Другой процесс", by: try other.actingUser(login: "ivanova")!)
        app.refreshIfOthersCommitted()
        #expect(spy.reloads == 1)
        app.refreshIfOthersCommitted()
        #expect(spy.reloads == 1)
    }
}
