import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The production key maps, screen by screen: no key is bound twice, counting
/// a letter's twin on the other layout and its other case as the same key, and
/// no screen binds a key the shell answers first (F1, Ctrl-L, Ctrl-C …).
@Suite struct KeyConflictTests {
    /// Presses `keys` and keeps every screen shown on the way, by whose it is and its type.
    static func visit(_ h: ScreenHarness, _ keys: [Key], into screens: inout [String: any Screen]) {
        func keep() {
            guard let top = h.app.topScreen else { return }
            let whose = h.context.user.map { $0.login + " " + $0.roles.map(\.rawValue).joined(separator: "+") } ?? "nobody"
            screens["\(whose): \(type(of: top)) \(type(of: ScreenHarness.innermost(top) ?? top))", default: top] = top
        }
        keep()
        for key in keys {
            h.press(key)
            keep()
        }
    }

    /// Every screen of the program, reached the way a user reaches it.
    static func everyScreen() throws -> [String: any Screen] {
        var screens: [String: any Screen] = [:]
        let login = try ScreenHarness()
        visit(login, [], into: &screens)
        let clock = TestClock(TinySchool.tuesdayMorning.instant)
        let locked = try ScreenHarness(clock: clock)
        try locked.signInDirectly("ivanova")
        clock.advance(seconds: 3600)
        locked.app.tick()
        if locked.app.isLocked { screens["IdleLockScreen"] = IdleLockScreen(user: try #require(locked.context.user),
                                                                             policy: IdleLockPolicy(database: locked.db, capSeconds: nil),
                                                                             context: locked.context) }
        let teacher = try ScreenHarness.journal()
        visit(teacher, [.function(3), .escape, .function(9), .escape, .home, .enter, .enter, .escape, .function(2), .escape,
                        .function(5), .escape], into: &screens)
        visit(teacher, [.home, .enter, .enter, .function(6), .escape, .escape], into: &screens)
        // a deputy and an administrator who both teach: the homes with every shortcut
        for roles in [[Role.admin, .teacher], [.deputy, .teacher]] {
            let h = try ScreenHarness.ivanova(as: roles)
            visit(h, [.down, .enter, .enter, .escape, .escape, .function(7), .escape], into: &screens)
            visit(h, [.character("п"), .function(3), .escape, .escape], into: &screens)
            // «Отчёты» from the menu: the picker, own dates, a teacher's lessons
            visit(h, [.character("м"), .character("о"), .function(4), .end, .enter, .escape, .function(2), .escape,
                      .function(2), .character("в"), .character("е"), .character("д"), .enter, .enter, .escape, .escape, .escape], into: &screens)
            visit(h, [.character("м"), .character("р"), .function(5), .escape, .escape, .character("з"), .escape, .escape],
                  into: &screens)
            // the school-year sections, opened as the menu «Разделы» opens them
            let user = try #require(h.context.user)
            for (letter, keys) in [("к", [Key.escape]), ("т", [.enter, .escape, .escape]), ("в", [.escape])] {
                let section = try #require(SchoolSections.available(to: user).first { $0.letter == Character(letter) })
                h.open(try section.open(user, h.context))
                visit(h, keys, into: &screens)
            }
            visit(h, [.character("м"), .character("д"), .escape, .escape], into: &screens)
            visit(h, [.character("м"), .character("г"), .escape, .escape], into: &screens)
            visit(h, [.character("м"), .character("с"), .function(2), .escape, .function(3), .escape, .escape, .escape], into: &screens)
            if roles.contains(.admin) {
                visit(h, [.function(8), .insert, .escape, .function(3), .escape, .escape], into: &screens)
            } else {
                visit(h, [.function(8), .escape], into: &screens)
            }
        }
        // the director, who reads: the dashboard and the transition without the keys that write
        let director = try ScreenHarness.ivanova(as: [.director, .teacher])
        visit(director, [.character("g"), .function(3), .escape, .escape], into: &screens)
        let family = try ScreenHarness(school: FamilySchool.snapshot())
        try family.signInDirectly("mama")
        visit(family, [.function(4), .enter, .escape], into: &screens)
        // the class teacher's «Мой класс» (ivanova heads 7Б), and papa's notices
        let homeroom = try ScreenHarness(school: FamilySchool.snapshot())
        try homeroom.signInDirectly("ivanova")
        visit(homeroom, [.character("м"), .character("м"), .function(7), .escape, .escape, .escape], into: &screens)
        let papa = try ScreenHarness(school: FamilySchool.snapshot())
        try papa.signInDirectly("papa")
        visit(papa, [.function(8), .escape], into: &screens)
        visit(family, [.character("м"), .character("с"), .function(2), .escape, .escape, .escape], into: &screens)
        // a thread (F2 reply, F4 edit, F8 withdraw): mama writes to her child's class teacher
        visit(family, [.character("м"), .character("с"), .function(2)] + "Петров".map { Key.character($0) }
              + [.enter] + "Вопрос".map { Key.character($0) } + [.function(2), .escape, .escape], into: &screens)
        let secretary = try ScreenHarness(school: FamilySchool.snapshot())
        try secretary.signInDirectly("sekretar")
        visit(secretary, [], into: &screens)
        visit(secretary, [.function(11), .character("н"), .escape, .escape], into: &screens)
        let yearGrid = try ScreenHarness.grid()
        visit(yearGrid, [.character("]"), .function(5), .escape], into: &screens)
        return screens
    }

    @Test func noScreenBindsOneKeyTwice() throws {
        let screens = try Self.everyScreen()
        let reached = Set(screens.values.map { String(describing: type(of: ScreenHarness.innermost($0) ?? $0)) })
        #expect(reached.isSuperset(of: [
                                        "LoginScreen", "IdleLockScreen", "TodayScreen", "MyClassesScreen", "ChangePasswordScreen",
                                        "ClassGridScreen", "CellEditorScreen", "LessonEditorScreen", "FinalMarksScreen", "ReadinessDashboardScreen",
                                        "BreakdownScreen", "ShortfallScreen", "AccountsScreen", "NewAccountScreen", "FamilyHome",
                                        "FamilySubjectScreen", "AuditTrailScreen", "RoadmapScreen", "ComputersScreen", "ReportsScreen",
                                        "ReportPickerScreen", "ReportDatesScreen", "PeopleScreen", "TimetableScreen", "BellsScreen",
                                        "DaySubstitutionsScreen", "CalendarScreen", "PlanScreen", "PlanTopicsScreen", "WorkTypesScreen",
                                        "MyClassScreen", "FamilyNoticesScreen", "HomeworkLoadScreen", "MessagesScreen", "ComposeScreen",
                                        "AnnouncementComposeScreen", "ThreadScreen", "YearEndScreen", "PromotionScreen", "YearMarksScreen"]),
                "\(reached.sorted())")
        let shell = GlobalAction.keyMap(try ScreenHarness().context).keySets
        for (name, screen) in screens.sorted(by: { $0.key < $1.key }) {
            let listed = try #require(screen as? any ListsKeyBindings, "\(name) does not list its keys")
            #expect(KeyClashes.find(in: shell + listed.keyBindings).isEmpty,
                    "\(name): \(KeyClashes.find(in: shell + listed.keyBindings).map(\.name))")
        }
    }

    /// The check itself finds a clash of twins across a home's shortcut and its screen.
    @Test func aShortcutOnATwinOfTheScreensLetterIsCaught() throws {
        let h = try ScreenHarness.grid()
        let grid = try #require(h.grid)
        let home = ShortcutScreen(grid, shortcuts: [Shortcut(key: .character("y"), label: "", help: "", open: { _ in grid })])
        #expect(KeyClashes.find(in: home.keyBindings) == [.character("y")])
    }
}
