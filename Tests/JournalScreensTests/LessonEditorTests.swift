import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

@Suite struct LessonEditorTests {
    func sheet(_ h: ScreenHarness, _ lesson: String = "today-1") throws -> LessonSheet {
        try h.db.lessonSheet(JournalSchool.lessonID(lesson), by: try #require(h.context.user))
    }

    @Test func offersThePlansNextTopicAndSavesTextsWhenTheFieldIsLeft() throws {
        let h = try ScreenHarness.grid()
        h.press(.function(2))
        #expect(h.lines[1].contains("Урок · 5А · Математика"))
        // a week ago was «Натуральные числа», 1 of its 2 lessons
        #expect(h.contains("F3 — тема по плану № 1, урок 2 из 2: Натуральные числа"))
        h.press(.function(3))
        #expect(try sheet(h).lesson.topic == "Натуральные числа")
        #expect(h.contains("✓ тема плана № 1 из 3, урок 2 из 2"))
        h.press(.tab)
        h.type("§ 3, № 12")
        h.press(.enter)
        #expect(try sheet(h).lesson.homework == "§ 3, № 12")
        #expect(h.status.contains("Домашнее задание сохранено."))
        h.type("контрольная в пятницу")
        h.press(.escape)   // leaving the screen saves what was typed
        #expect(try sheet(h).lesson.comment == "контрольная в пятницу")
        #expect(h.grid != nil)
    }

    @Test func theRollTakesOneKeyPerStudent() throws {
        let h = try ScreenHarness.grid()
        h.press(.function(2))
        // today's roll: Шилов has left, Яковлева is in
        #expect(!h.contains("Шилов"))
        #expect(h.contains("Яковлева Мария Денисовна"))
        h.press(.tab, .tab, .tab, .tab)
        h.type("н")
        h.press(.character(" "))
        h.type("b")
        h.type("j")
        let s = try sheet(h)
        #expect(s.attendance == [StudentID(1): .absent, StudentID(3): .ill, StudentID(4): .late])
        #expect(h.status.contains("Сохранено: оп · Григорьева А. И."))
        #expect(h.contains("отсутствуют 2 из 7"))
        h.press(.up, .delete)
        #expect(try sheet(h).attendance[StudentID(4)] == nil)
    }

    @Test func heldIsToggledBySpaceOrF5() throws {
        let h = try ScreenHarness.grid()
        h.press(.function(2), .function(5))
        #expect(try sheet(h).lesson.heldAt == SchoolTime(date: JournalSchool.wednesday, time: TimeOfDay(text: "10:00")!))
        #expect(h.contains("[x] да, отмечено в 10:00"))
        h.press(.tab, .tab, .tab, .character(" "))
        #expect(try sheet(h).lesson.heldAt == nil)
    }

    @Test func anotherTeachersLessonSaysReadOnlyAndTheStoreRefuses() throws {
        let h = try ScreenHarness.grid("today-2")
        h.press(.left, .function(2))
        #expect(h.contains("Урок другого учителя: только просмотр"))
        h.type("Диктант")
        h.press(.enter)
        #expect(h.status.contains("нет прав: это урок другого учителя"))
        #expect(try sheet(h, "today-2").lesson.topic == nil)
    }

    @Test func aCancelledLessonSaysSo() throws {
        let h = try ScreenHarness.grid()
        h.press(.left, .function(2))
        #expect(h.contains("Урок отменён: записи в нём не ведутся."))
        h.press(.function(5))
        #expect(h.status.contains("урок отменён"))
    }
}

@Suite struct FinalMarksTests {
    @Test func showsAveragesAndSetsFinalMarks() throws {
        let h = try ScreenHarness.grid()
        h.press(.character("4"), .up, .function(5))
        #expect(h.lines[1].contains("Итоговые отметки · 5А · Математика · 2 четверть"))
        let row = try #require(h.row(containing: "Андреев Илья Сергеевич"))
        // 5 a week ago and 4 today: 4.50, rounded up from 0.5
        #expect(h.lines[row].contains("4,50"))
        #expect(h.lines[row].contains("  5  "))
        h.press(.enter)
        let admin = try #require(try h.db.actingUser(login: "admin"))
        let finals = { try h.db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(2), by: admin).finalMarks }
        #expect(try finals()[StudentID(1)] == .mark(5))
        #expect(h.status.contains("Итог 5: Андреев И. С."))
        h.type("3")
        #expect(try finals()[StudentID(2)] == .mark(3))
        h.type("н")
        #expect(try finals()[StudentID(3)] == .notAssessed)
        h.type("7")
        #expect(h.status.contains("недопустимая итоговая отметка «7»"))
        h.press(.up, .delete)
        #expect(try finals()[StudentID(3)] == nil)
        h.press(.escape)
        #expect(h.lines[4].contains("5"))
    }

    @Test func aLockedPeriodRefusesFinalMarks() throws {
        let h = try ScreenHarness.grid(lockPreviousQuarter: true)
        h.press(.character("["), .function(5), .character("5"))
        #expect(h.status.contains("период «1 четверть» закрыт"))
    }
}

@Suite struct CellEditorTests {
    @Test func listsTheCellsMarksAndChangesThemInPlace() throws {
        let h = try ScreenHarness.grid("week-ago")
        h.press(.enter)
        #expect(h.lines[1].contains("Клетка журнала · 5А · Математика"))
        #expect(h.contains("Андреев Илья Сергеевич · ср 04.09.2024, 1-й урок"))
        #expect(h.contains("5     Работа на уроке (1)"))
        #expect(h.contains("04.09 08:50 ivanova"))
        h.press(.character("4"))   // the selected mark becomes 4
        h.press(.right)            // and its work type the next one
        let admin = try #require(try h.db.actingUser(login: "admin"))
        let marks = { try h.db.classGrid(.wholeClass(ClassID(1)), subject: SubjectID(1), period: PeriodID(2), by: admin)
            .marks[GridCell(lesson: JournalSchool.lessonID("week-ago"), student: StudentID(1))] ?? [] }
        #expect(try marks().map(\.value.value) == [4])
        #expect(try marks().first?.workTypeCode == "oral")
        #expect(try marks().first?.enteredBy == "ivanova")
        h.press(.enter)
        h.type("у доски")
        h.press(.enter)
        #expect(try marks().first?.comment == "у доски")
        #expect(try marks().first?.workTypeCode == "oral")
        // the «new» row: a test mark of weight 2
        h.press(.down)
        for _ in 0..<6 { h.press(.right) }
        #expect(h.contains("новая: Контрольная работа (2)"))
        h.press(.character("3"))
        #expect(try marks().map(\.value.value) == [4, 3])
        #expect(try marks().last?.workTypeCode == "test")
        h.type("б")
        #expect(h.contains("Посещаемость: б — болел"))
        h.press(.character(" "))
        #expect(h.contains("Посещаемость: присутствовал(а)"))
        h.press(.escape)
        #expect(h.cell("Андреев", under: "04.09", headerRow: 2) == "4/3")
    }
}
