import Foundation
import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// «Перевод учащихся» in a real terminal on the demo school: the secretary
/// opens it from the menu (F11, «н»), finds a 5А student by typing, changes
/// their line to «условно», enters the order and applies the whole move.
@Suite(.serialized) struct PromotionScreenEndToEndTests {
    @Test(.requires(Tools.tmux)) func theSecretaryChangesALineAndAppliesThePromotion() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (path, tmux) = try DemoTerminal.start(dir, timeout: 180)
        defer { tmux.close() }

        let db = try AppDatabase.open(path: path)
        let proposal = try db.promotionProposal(by: .serverOperator)
        let names = Dictionary(grouping: proposal.lines, by: \.fullName)
        let student = try #require(proposal.lines.first { $0.className == "5А" && $0.decision == .promote && names[$0.fullName]?.count == 1 })

        try DemoTerminal.signIn(tmux, "secretary")
        #expect(tmux.waitFor("Ученики и сотрудники"), "\(tmux.screen())")
        try tmux.press("F11")
        #expect(tmux.waitFor("Перевод учащихся"), "\(tmux.screen())")
        try tmux.type("н")
        #expect(tmux.waitFor("Задолженность"), "\(tmux.screen())")
        try tmux.type(student.fullName)
        #expect(tmux.waitFor("строк: 1 из"), "\(tmux.screen())")
        try tmux.press("Enter")
        #expect(tmux.waitFor("условно переведён в 6А *"), "\(tmux.screen())")
        try tmux.press("F2")
        #expect(tmux.waitFor("Приказ о переводе"), "\(tmux.screen())")
        try tmux.type("57")
        try tmux.press("Enter", "Enter")
        #expect(tmux.waitFor("Перевод проведён (№ 57)", timeout: 60), "\(tmux.screen())")

        let history = try db.classHistory(of: student.studentCode, by: .serverOperator)
        #expect(history.last?.from == proposal.effectiveDay && history.last?.order?.hasSuffix("условно переведён") == true, "\(history)")
        let eleventh = proposal.lines.filter { $0.grade == 11 }
        #expect(!eleventh.isEmpty)
        for line in eleventh.prefix(3) {
            #expect(try db.classHistory(of: line.studentCode, by: .serverOperator).last?.to == proposal.yearEnd)
        }
    }
}
