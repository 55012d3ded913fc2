import Foundation
import JournalCore
import JournalStore
import TerminalUI
import TestFixtures
import Testing
@testable import JournalScreens

/// «Мой класс» on screen (FamilySchool, Tuesday 03.09.2024 10:00): ivanova
/// heads 7Б, where Кузнецов Пётр has an «н» and a 2 in math; papa is his father.
@Suite struct MyClassScreenTests {
    func signedIn(_ login: String) throws -> ScreenHarness {
        let h = try ScreenHarness(school: FamilySchool.snapshot())
        try h.signInDirectly(login)
        return h
    }

    @Test func theClassTeacherOpensTheirClassFromTheMenu() throws {
        let h = try signedIn("ivanova")
        h.type("м")
        #expect(h.contains("[М] Мой класс"))
        h.type("м")
        #expect(h.contains("Мой класс: 7Б · неделя 02.09–08.09.2024"))
        #expect(h.contains("Кузнецов Пётр"))
        #expect(h.contains("н без ув.: 1  двоек: 1"))
        h.press(.function(2))
        #expect(h.contains("Сейчас 2-й урок. Отсутствуют: Сидорова А."))
    }

    @Test func aTeacherWhoHeadsNoClassIsNotOfferedIt() throws {
        let h = try signedIn("fizruk")
        h.type("м")
        #expect(!h.contains("Мой класс"))
    }

    @Test func theNoticeIsPreviewedThenSentAndItsReadingShows() throws {
        let h = try signedIn("ivanova")
        h.type("мм")
        h.press(.character(" "))
        #expect(h.contains("[•] Кузнецов Пётр"))
        h.press(.function(8))
        #expect(h.contains("получил(а) 2 по предмету") && h.contains("«Математика» 03.09."))
        h.type("о")
        #expect(h.contains("Уведомление отправлено родителям: 1."))
        h.press(.function(6))
        #expect(h.contains("Кузнецов П.") && h.contains("не прочитано"))
        let papa = try #require(try h.db.actingUser(login: "papa"))
        try h.db.markNoticesRead(try h.db.parentNotices(by: papa).map(\.id), by: papa)
        h.app.topScreen?.reload(context: h.context)   // what the data-version check does
        h.app.draw()
        #expect(h.contains("прочитано 03.09"))
    }

    @Test func excusingTheChosenDayAsksForTheDocument() throws {
        let h = try signedIn("ivanova")
        h.type("мм")
        h.press(.down, .down)
        h.press(.function(7))
        #expect(h.contains("Уважительная причина: Кузнецов П."))
        h.type("17")
        h.press(.enter)
        #expect(h.contains("Уважительная причина: 1 урок, Кузнецов П."))
        #expect(h.contains("уп (справка № 17)"))
    }

    @Test func theParentSeesTheNoticeUntilReadingIt() throws {
        let db = try FamilySchool.database()
        let ivanova = try #require(try db.actingUser(login: "ivanova"))
        try db.sendNotices([NoticeDraft(student: StudentID(5), text: "Кузнецов Пётр: получил(а) 2 по предмету «Математика» 03.09.")],
                           in: ClassID(2), by: ivanova)
        let h = try ScreenHarness(db: db)
        try h.signInDirectly("papa")
        #expect(h.contains("Уведомления классного руководителя: 1 · F8 — прочитать"))
        h.press(.function(8))
        #expect(h.contains("получил(а) 2 по предмету «Математика» 03.09."))
        h.press(.escape)
        #expect(!h.contains("Уведомления классного руководителя: 1"))
    }

    @Test func theChosenStudentsAreTheNoticesTargets() {
        var state = MyClassState(today: FamilySchool.tuesday)
        #expect(state.week == TinySchool.monday)
        #expect(state.noticeTargets(selected: StudentID(1)) == [StudentID(1)])
        state.toggle(StudentID(2))
        #expect(state.noticeTargets(selected: StudentID(1)) == [StudentID(2)])
        state.toggle(StudentID(2))
        #expect(state.chosen.isEmpty)
        state.moveWeek(by: -1)
        #expect(state.week == TinySchool.monday.adding(days: -7))
    }

    @Test func onlyStudentsWithSomethingToTellGetADraft() {
        let entry = MyClassEntry(lesson: LessonID(1), date: FamilySchool.tuesday, lessonNumber: 1, subject: "Алгебра", mark: 2)
        let overview = MyClassOverview(
            classID: ClassID(1), className: "7А", week: TinySchool.monday, today: FamilySchool.tuesday,
            students: [MyClassStudent(id: StudentID(1), fullName: "Петров Иван", entries: [entry], contact: PersonContact(), parents: []),
                       MyClassStudent(id: StudentID(2), fullName: "Иванов Пётр", entries: [], contact: PersonContact(), parents: [])],
            todayAbsences: [], lessonNow: nil)
        let (drafts, nothing) = MyClassState.drafts(for: [StudentID(1), StudentID(2)], in: overview)
        #expect(drafts.map(\.1) == ["Петров Иван: получил(а) 2 по предмету «Алгебра» 03.09."])
        #expect(nothing == ["Иванов Пётр"])
    }
}
