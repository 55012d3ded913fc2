import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// Groups on the screens: «Мои классы» and «Сегодня» name them, a group's
/// grid lists its members only, its final marks follow its grading, and a
/// substitution shows whom it replaced.
@Suite struct GroupScreensTests {
    static func harness(login: String, clock: TestClock = JournalSchool.clock(JournalSchool.wednesday)) throws -> ScreenHarness {
        let h = try ScreenHarness(db: try GroupSchool.database(clock: clock))
        try h.signInDirectly(login)
        return h
    }

    @Test func myClassesOpensTheGroupsGridWithItsMembersOnly() throws {
        let h = try Self.harness(login: "ivanova")
        h.press(.function(3))
        #expect(h.contains("5А     Английский язык · гр. 1"), "\(h.screenText)")
        #expect(h.contains("       Робототехника · 5–6 классы"))
        h.press(.down, .down, .enter)
        #expect(h.lines[1].contains("Журнал 5А · Английский язык · гр. 1 · 2 четверть"), "\(h.screenText)")
        let rows = h.lines[4..<18].filter { $0.contains(".") && $0.dropFirst(2).first?.isNumber == true }
        #expect(rows.count == 4)
        for name in ["Андреев И. С.", "Борисова О. П.", "Васильев П. А.", "Григорьева А. И."] { #expect(h.contains(name)) }
        #expect(!h.contains("Дмитриев") && !h.contains("Яковлева"))
        #expect(h.cell("Андреев", under: "10.09", headerRow: 2) == nil)   // no lesson of the group then
        #expect(h.lines[2].contains("04.09 11.09│"))
    }

    @Test func todayNamesTheGroupBesideTheSubject() throws {
        let h = try Self.harness(login: "ivanova")
        #expect(h.contains(" 4 11:25  5А    Английский я… · гр. 1"), "\(h.screenText)")
        #expect(h.contains(" 5 12:20  Робототехника · 5–6 классы  —"), "\(h.screenText)")
    }

    @Test func theLessonEditorNamesTheGroupAndRollsItsMembers() throws {
        let h = try Self.harness(login: "petrov")
        try h.open(LessonEditorScreen(lesson: GroupSchool.lessonID("today-eng2"), context: h.context))
        #expect(h.lines[1].contains("Урок · 5А · Английский язык · гр. 2"), "\(h.screenText)")
        for name in ["Дмитриев", "Егорова", "Яковлева"] { #expect(h.contains(name), "\(name)") }
        for name in ["Андреев", "Шилов"] { #expect(!h.contains(name), "\(name)") }
    }

    @Test func aPassFailGroupsFinalMarksSayWhatTheyTake() throws {
        let h = try Self.harness(login: "petrov")
        try h.open(ClassGridScreen.forLesson(GroupSchool.lessonID("today-chess"), context: h.context))
        #expect(h.lines[1].contains("Журнал 5А · Шахматы · Шахматный клуб · 2 четверть"))
        h.press(.function(5))
        #expect(h.contains("Группа на зачёте: з — зач, ч — незач; Del — убрать"))
        h.press(.character("5"))
        #expect(h.status.contains("группа «5А · Шахматы · Шахматный клуб» оценивается «зачтено/не зачтено»"), "\(h.status)")
        h.press(.character("з"))
        #expect(h.status.contains("Итог зач: Борисова О. П."))
    }

    @Test func aGroupWithoutMarksRefusesThemByItsFullName() throws {
        let h = try Self.harness(login: "ivanova")
        try h.open(ClassGridScreen.forLesson(GroupSchool.lessonID("today-robot"), context: h.context))
        #expect(h.lines[1].contains("Журнал Робототехника · 5–6 классы"))
        h.press(.character("5"))
        #expect(h.status.contains("в группе «Робототехника · 5–6 классы» отметки не ставятся"), "\(h.status)")
        h.press(.function(5))
        #expect(h.contains("Группа без отметок: итоговые отметки не ставятся"))
    }

    @Test func theReplacedTeacherSeesWhoCoversTheLesson() throws {
        let h = try Self.harness(login: "petrov")
        try h.db.substitute(LessonAddress(classCode: "5a", groupCode: "eng2", date: JournalSchool.wednesday, number: 4),
                            teacher: "ivanova", reason: nil, by: .serverOperator)
        try h.open(ClassGridScreen.forLesson(GroupSchool.lessonID("today-eng2"), context: h.context))
        #expect(h.lines[20].contains("ср 11.09.2024 · 4-й урок · Иванова А. П. · замена, вместо: Петров П. И."),
                "\(h.screenText)")
        h.press(.character("5"))
        #expect(h.status.contains("урок заменён, его ведёт Иванова А. П."), "\(h.status)")
        #expect(try h.db.lessonSheet(GroupSchool.lessonID("today-eng2"), by: try #require(try h.db.actingUser(login: "admin")))
            .marks.isEmpty)
    }

    @Test func aClosedPeriodSaysSoInTheTitle() throws {
        let h = try Self.harness(login: "ivanova")
        try h.db.setPeriodLocked("q2", true, by: .serverOperator)
        try h.open(ClassGridScreen.forLesson(JournalSchool.lessonID("today-1"), context: h.context))
        #expect(h.lines[1].contains("Журнал 5А · Математика · 2 четверть (закрыт)"))
        h.press(.character("5"))
        #expect(h.status.contains("период «2 четверть» закрыт"))
    }
}
