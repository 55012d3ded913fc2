import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// The new academic year on the screens: «Закрытие года» starts it after a
/// confirmation that lists what will happen; the timetable and the curriculum
/// say they are drafts until the deputy confirms them; a carried-over КТП asks
/// its teacher to confirm it.
@Suite struct NewYearScreenTests {
    static func closedAndPromoted(as roles: [Role]) throws -> ScreenHarness {
        let h = try ScreenHarness.ivanova(as: roles)
        _ = try h.db.closeYear(force: true, by: .serverOperator)
        try h.db.applyPromotion(order: try PromotionOrder(number: "9", date: JournalSchool.wednesday), by: .serverOperator)
        return h
    }

    @Test func theYearEndScreenStartsTheNextYearAfterAConfirmation() throws {
        let open = try ScreenHarness.ivanova(as: [.admin, .teacher])
        open.open(YearEndScreen(user: try #require(open.context.user), context: open.context))
        open.press(.function(5))
        #expect(open.contains("не закрыт: сначала закройте его (F2)"), "\(open.screenText)")

        let h = try Self.closedAndPromoted(as: [.admin, .teacher])
        h.open(YearEndScreen(user: try #require(h.context.user), context: h.context))
        h.press(.function(5))
        #expect(h.contains("Начать учебный год 2025/2026?"), "\(h.screenText)")
        #expect(h.contains("копируются черновиком"))
        h.press(.character("н"))
        #expect(try h.db.school().academicYear == "2024/2025")
        h.press(.function(5), .character("д"))
        #expect(try h.db.school().academicYear == "2025/2026")
        #expect(h.contains("Закрытие года 2025/2026"), "\(h.screenText)")
        #expect(h.contains("Начат учебный год 2025/2026"), "\(h.screenText)")
    }

    @Test func theDeputyConfirmsTheCopiedTimetableAndCurriculum() throws {
        let h = try Self.closedAndPromoted(as: [.deputy, .teacher])
        _ = try h.db.startNewYear("2025/2026", by: .serverOperator)
        let user = try #require(h.context.user)
        h.open(TimetableScreen(user: user, context: h.context))
        #expect(h.contains("черновик, скопировано из 2024/2025"), "\(h.screenText)")
        h.press(.function(6))
        #expect(try h.db.yearDraft(.timetable)?.isDraft == false)
        #expect(!h.contains("черновик, скопировано"), "\(h.screenText)")
        h.press(.escape)
        h.open(PlanScreen(user: user, context: h.context))
        #expect(h.contains("Учебный план и КТП · черновик из 2024/2025"), "\(h.screenText)")
        h.press(.function(6))
        #expect(try h.db.yearDraft(.curriculum)?.isDraft == false)
    }

    @Test func theTeacherConfirmsACarriedOverPlan() throws {
        let h = try Self.closedAndPromoted(as: [.teacher])
        _ = try h.db.startNewYear("2025/2026", by: .serverOperator)
        let user = try #require(h.context.user)
        h.open(PlanScreen(user: user, context: h.context))
        #expect(h.contains("Мои КТП · КТП ждут: "), "\(h.screenText)")
        h.press(.enter)
        #expect(h.app.topScreen is PlanTopicsScreen, "\(h.screenText)")
        #expect(h.contains("перенесено из 2024/2025 — подтвердите (F7)"), "\(h.screenText)")
        h.press(.function(7))
        #expect(!h.contains("перенесено из 2024/2025"), "\(h.screenText)")
        #expect(h.contains("КТП подтверждён"), "\(h.screenText)")
    }
}
