import JournalCore
import Testing
@testable import ControlReports

/// Ranks made from collation keys must order names exactly as the comparison
/// that reports sorted them by before: equal names share a rank, unknown ones go last.
@Suite struct NameRanksTests {
    static let names = ["Ёлкина Анна", "Елкина Анна", "елкина анна", "Жуков Илья", "Андреев", "Андреева", "Andrews", "Ѐрмолов",
                        "Straße", "Öztürk", "Ярослава-Мария", "", "Жуков Илья", "Σοφία"]

    @Test func ranksFollowTheRussianOrder() {
        let ranks = NameRanks(Self.names)
        for a in Self.names {
            for b in Self.names {
                #expect((ranks.rank(a) < ranks.rank(b)) == RussianOrder.areInIncreasingOrder(a, b), "\(a) < \(b)")
            }
        }
        #expect(ranks.rank("Жуков Илья") == ranks.rank("Жуков Илья"))
        #expect(ranks.rank("Нет такого") == Int.max)
    }
}
