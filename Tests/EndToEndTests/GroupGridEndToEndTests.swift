import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// The built binary in tmux at 80×24: a teacher who teaches a group opens it
/// from «Мои классы», and the grid lists exactly the group's members.
@Suite(.serialized) struct GroupGridEndToEndTests {
    @Test func theTeachersGroupGridListsExactlyItsMembers() throws {
        let session = try JournalInTmux { db in
            try db.load(GroupSchool.snapshot(today: JournalSchool.realToday), options: LoadOptions(source: "e2e"))
            try db.setPassword(login: "ivanova", to: "весна в школе", by: .serverOperator)
        }
        defer { session.close() }
        let tmux = session.tmux
        #expect(tmux.waitFor("Логин:"))
        try tmux.type("ivanova")
        try tmux.press("Enter")
        try tmux.type("весна в школе")
        try tmux.press("Enter")
        #expect(tmux.waitFor("Английский я… · гр. 1"), "\(tmux.screen())")
        try tmux.press("F3")
        #expect(tmux.waitFor("Английский язык · гр. 1"), "\(tmux.screen())")
        try tmux.press("Down", "Down", "Enter")
        #expect(tmux.waitFor("Журнал 5А · Английский язык · гр. 1"), "\(tmux.screen())")
        let screen = tmux.screen()
        let rows = screen.split(separator: "\n").filter { line in
            line.count > 4 && line.dropFirst(1).prefix(3).contains { $0.isNumber } && line.contains("│")
        }
        let names = rows.compactMap { row in
            row.split(separator: "│").first.map { $0.split(separator: " ").dropFirst().prefix(3).joined(separator: " ") }
        }
        #expect(names == ["Андреев И. С.", "Борисова О. П.", "Васильев П. А.", "Григорьева А. И."], "\(screen)")
        for other in ["Дмитриев", "Егорова", "Шилов", "Яковлева", "Жуков"] { #expect(!screen.contains(other)) }
        try tmux.press("5")
        #expect(tmux.waitFor("Сохранено."), "\(tmux.screen())")
        let today = try session.database().snapshot(by: .serverOperator).marks.filter { $0.lessonCode == "today-eng1" }
        #expect(today.map(\.studentCode) == ["s1"])
    }
}
