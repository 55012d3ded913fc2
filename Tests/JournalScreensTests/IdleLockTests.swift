import Foundation
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// A teacher walks away from the staff PC signed in. The time without a key is
/// measured against the injected clock, so these tests move a TestClock.
@Suite struct IdleLockTests {
    let clock = TestClock(TinySchool.tuesdayMorning.instant)
    let password = "весна в школе"

    func signedIn(_ login: String = "ivanova", idleCapSeconds: Int? = nil) throws -> ScreenHarness {
        let h = try ScreenHarness(clock: clock, school: FamilySchool.snapshot(), idleCapSeconds: idleCapSeconds)
        try h.db.setPassword(login: login, to: password, by: .serverOperator)
        h.signIn(login, password)
        #expect(h.app.context.user?.login == login)
        return h
    }

    func idle(_ h: ScreenHarness, seconds: TimeInterval) {
        clock.advance(seconds: seconds)
        h.app.tick()
        h.app.draw()
    }

    @Test func fiveMinutesWithoutAKeyHideEverything() throws {
        let h = try signedIn()
        #expect(h.lines[0].contains("Иванова А. П. (учитель)") && h.lines[1].contains("Сегодня"))
        idle(h, seconds: 299)
        #expect(!h.app.isLocked)
        idle(h, seconds: 1)
        #expect(h.app.isLocked)
        #expect(h.lines[0].trimmingCharacters(in: .whitespaces) == "МБОУ СОШ № 1")   // no user, period, date
        #expect(h.contains("Сеанс заблокирован"))
        #expect(h.contains("Журнал заблокирован: 5 минут без нажатий клавиш."))
        #expect(h.contains("Сеанс пользователя: Иванова А. П."))
        #expect(!h.contains("Сегодня"))
        #expect(!h.contains("Иванова Анна Петровна"))
        #expect(h.lines[22].trimmingCharacters(in: .whitespaces).isEmpty)   // the status line said nothing either
        #expect(h.lines[23].contains("2Другой"))
    }

    @Test func theRightPasswordPutsBackTheSameScreens() throws {
        let h = try signedIn()
        let home = try #require(h.app.topScreen)
        idle(h, seconds: 300)
        h.type("осень в школе")
        h.press(.enter)
        #expect(h.app.isLocked)
        #expect(h.contains("Неверный пароль."))
        h.type(password)
        h.press(.enter)
        #expect(!h.app.isLocked)
        #expect(h.app.topScreen === home)
        #expect(h.lines[0].contains("Иванова А. П. (учитель)") && h.lines[1].contains("Сегодня"))
        #expect(h.contains("Сеанс продолжен."))
    }

    @Test func aKeyResetsTheWait() throws {
        let h = try signedIn()
        idle(h, seconds: 240)
        h.press(.down)
        idle(h, seconds: 240)
        #expect(!h.app.isLocked)
        idle(h, seconds: 60)
        #expect(h.app.isLocked)
    }

    @Test func aKeyAfterTheWaitOnlyLocks() throws {
        // The loop did not tick (a sleeping machine): the first key must not act
        // on the journal behind the lock.
        let h = try signedIn()
        clock.advance(seconds: 600)
        h.press(.function(10))   // on the home this would sign out
        #expect(h.app.isLocked)
        #expect(h.app.context.user?.login == "ivanova")
        #expect(!h.contains("Закрыть электронный журнал?"))
    }

    @Test func someoneElseSignsInAndTheFirstIsSignedOut() throws {
        let h = try signedIn()
        try h.db.setTopic(lesson: LessonID(1), "Сделано до блокировки", by: try #require(h.app.context.user))
        idle(h, seconds: 300)
        h.press(.function(2))
        #expect(!h.app.isLocked)
        #expect(h.app.context.user == nil)
        #expect(h.contains("Вход в электронный журнал"))
        try h.db.setPassword(login: "petrov", to: "осень в лицее", by: .serverOperator)
        h.signIn("petrov", "осень в лицее")
        #expect(h.lines[0].contains("Петров П. И. (учитель)"))
        let trail = try h.db.auditTrail(filter: .lesson(code: "1"), by: .serverOperator)
        #expect(trail.contains { $0.new.values.contains { $0?.contains("Сделано до блокировки") == true } })
    }

    @Test func guessingAtTheLockCountsLikeTheLoginScreen() throws {
        let h = try signedIn()
        idle(h, seconds: 300)
        for _ in 1...5 {
            h.type("не тот пароль")
            h.press(.enter)
        }
        #expect(h.contains("Вход с этим логином закрыт до 10:10"))
        h.type(password)
        h.press(.enter)
        #expect(h.app.isLocked)   // even the right one, while the login is locked
        h.press(.function(2))
        #expect(h.app.context.user == nil)
    }

    @Test func helpAndDialogsCloseWhenTheSessionLocks() throws {
        let h = try signedIn()
        h.press(.function(1))
        #expect(h.contains("Справка — F1"))
        idle(h, seconds: 300)
        #expect(!h.contains("Справка — F1"))
        #expect(!h.contains("сменить свой пароль"))
        h.press(.function(1))
        #expect(h.contains("войти другим пользователем"))   // the lock screen's own help
    }

    @Test func theSchoolsSettingAndTheCap() throws {
        try {
            let h = try signedIn()
            try h.db.setSetting(.idleLockMinutes, "1", by: .serverOperator)
            h.press(.function(10), .right, .enter)   // the setting is read at each sign-in
            h.signIn("ivanova", password)
            idle(h, seconds: 60)
            #expect(h.app.isLocked)
            #expect(h.contains("1 минуту без нажатий"))
        }()
        let capped = try signedIn(idleCapSeconds: 3)
        idle(capped, seconds: 3)
        #expect(capped.app.isLocked)
        #expect(capped.contains("3 секунды без нажатий"))
        let longer = try signedIn(idleCapSeconds: 3_600)   // a cap never lengthens the wait
        idle(longer, seconds: 300)
        #expect(longer.app.isLocked)
    }

    @Test func aPasswordTypedWithoutEnterDoesNotWaitForTheNextPerson() throws {
        let h = try ScreenHarness(clock: clock, school: FamilySchool.snapshot())
        try h.db.setPassword(login: "ivanova", to: password, by: .serverOperator)
        h.type("ivanova")
        h.press(.enter)
        h.type(password)
        #expect(h.contains("*****"))
        idle(h, seconds: 300)
        #expect(!h.contains("*****"))
        #expect(!h.contains("ivanova"))
        h.press(.enter)
        #expect(h.app.context.user == nil)
    }

    @Test func aFirstSignInLeftHalfwayGoesBackToTheLogin() throws {
        let h = try ScreenHarness(clock: clock, school: FamilySchool.snapshot())
        let code = try h.db.resetPassword(login: "petrov", by: .serverOperator)
        h.signIn("petrov", code)
        #expect(h.contains("Первый вход: придумайте пароль"))
        idle(h, seconds: 300)
        #expect(h.contains("Вход в электронный журнал"))
        #expect(!h.contains("Первый вход"))
    }

    @Test func interruptKeysSayWhatToDoOnEveryScreen() throws {
        let h = try signedIn()
        h.press(.control("c"))
        #expect(h.contains("Ctrl-C здесь не действует: F10 — назад"))
        h.press(.control("z"), .control("\\"))
        #expect(h.app.isRunning)
        idle(h, seconds: 300)
        h.press(.control("c"))
        #expect(h.contains("Ctrl-C здесь не действует: введите пароль или F2"))
        #expect(h.app.isLocked)
    }

    @Test func leavingTheProgramFromTheLockAsksFirst() throws {
        let h = try signedIn()
        idle(h, seconds: 300)
        h.press(.function(10))
        #expect(h.contains("Закрыть электронный журнал?"))
        h.press(.escape)
        #expect(h.app.isRunning && h.app.isLocked)
        h.press(.function(10), .right, .enter)
        #expect(!h.app.isRunning)
    }

    @Test(.timeLimit(.minutes(1))) func aLongPasteAtTheLockNeitherCrashesNorHangs() throws {
        let h = try signedIn()
        idle(h, seconds: 300)
        for _ in 0..<10_000 { h.app.handle(.character("ж")) }
        h.press(.enter)
        #expect(h.contains("Неверный пароль."))
    }
}
