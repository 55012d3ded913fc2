import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing
import TmuxDriver

/// The class teacher and the families in tmux (issue 15), on FamilySchool:
/// ivanova heads 7Б, where Кузнецов Пётр (papa's son) has an «н» and a 2 in
/// math on Tuesday 03.09.2024. The teacher and the parent each sit at their
/// own terminal on the same school file.
@Suite(.serialized) struct ClassTeacherEndToEndTests {
    func signIn(_ tmux: TmuxSession, _ login: String) throws {
        #expect(tmux.waitFor("Вход в электронный журнал"))
        try tmux.type(login)
        try tmux.press("Enter")
        try tmux.type(FamilySchool.password(login))
        try tmux.press("Enter")
    }

    /// ivanova in «Мой класс», on the week of 03.09.2024.
    func openMyClass(_ journal: JournalInTmux) throws -> TmuxSession {
        let tmux = journal.tmux
        try signIn(tmux, "ivanova")
        #expect(tmux.waitFor("Иванова А. П. (учитель)"))
        try tmux.type("м")
        #expect(tmux.waitFor("[М] Мой класс"))
        try tmux.type("м")
        #expect(tmux.waitFor("Мой класс: 7Б"))
        try tmux.press("F9")
        #expect(tmux.waitFor("Перейти к неделе"))
        try tmux.type("03.09.2024")
        try tmux.press("Enter")
        #expect(tmux.waitFor("неделя 02.09–08.09.2024"))
        return tmux
    }

    func parentTerminal(_ journal: JournalInTmux) throws -> TmuxSession {
        let parent = try TmuxSession(command: [ZhurnalBinary.url.path, "--db", journal.databasePath].joined(separator: " "))
        try signIn(parent, "papa")
        #expect(parent.waitFor("Дневник: Кузнецов Пётр"))
        return parent
    }

    @Test(.requires(Tools.tmux)) func theClassTeacherExcusesADayAndTheParentSeesUp() throws {
        let journal = try JournalInTmux(prepare: FamilySchool.prepare)
        defer { journal.close() }
        let tmux = try openMyClass(journal)
        #expect(tmux.waitFor("н без ув.: 1"))
        try tmux.press("Down", "Down")
        try tmux.press("F7")
        #expect(tmux.waitFor("Уважительная причина: Кузнецов П."))
        #expect(tmux.screen().contains("03.09.2024"))
        try tmux.type("17")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Уважительная причина: 1 урок, Кузнецов П."))
        #expect(tmux.waitFor("уп (справка № 17)"))

        let parent = try parentTerminal(journal)
        defer { parent.close() }
        // the family's home opens on the diary week; attendance is F5 (after «Неделя» F3 and «Отметки» F4)
        try parent.press("F5")
        try parent.type("[")
        #expect(parent.waitFor("7Б · 1 четверть"))
        #expect(parent.waitFor("03.09.2024"))
        #expect(parent.waitFor("уп"))
        #expect(!parent.screen().contains(" н "))
        print("Мой класс after the excuse:\n" + tmux.screen() + "\nThe parent's attendance:\n" + parent.screen())
    }

    @Test(.requires(Tools.tmux)) func aNoticeAboutATwoReachesTheParentWhoReadsItAndTheTeacherSeesIt() throws {
        let journal = try JournalInTmux(prepare: FamilySchool.prepare)
        defer { journal.close() }
        let tmux = try openMyClass(journal)
        try tmux.press("Space")
        #expect(tmux.waitFor("[•] Кузнецов Пётр"))
        try tmux.press("F8")
        #expect(tmux.waitFor("«Математика» 03.09."))
        #expect(tmux.screen().contains("получил(а) 2 по предмету"))
        let preview = tmux.screen()
        try tmux.press("Right", "Enter")
        #expect(tmux.waitFor("Уведомление отправлено родителям: 1."))
        try tmux.press("F6")
        #expect(tmux.waitFor("не прочитано"))

        let parent = try parentTerminal(journal)
        defer { parent.close() }
        #expect(parent.waitFor("Уведомления классного руководителя: 1 · F8 — прочитать"))
        let home = parent.screen()
        try parent.press("F8")
        #expect(parent.waitFor("получил(а) 2 по предмету «Математика» 03.09."))
        try parent.press("Escape")
        #expect(parent.waitUntil { !$0.contains("Уведомления классного руководителя: 1") })

        // The teacher's screen follows by itself (the data-version refresh).
        #expect(tmux.waitUntil { $0.contains("прочитано") && !$0.contains("не прочитано") })
        print("Preview:\n" + preview + "\nThe parent's home:\n" + home + "\nRead:\n" + tmux.screen())
    }
}
