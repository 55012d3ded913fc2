import Testing
@testable import JournalCore

/// The allocation-free comparison of names must order exactly as the keyed one.
@Suite struct RussianOrderFastPathTests {
    static let names = ["Андреев Илья", "андреев илья", "Ёлкин Ёж", "Елкин Еж", "Ежов", "Ёжиков", "Жуков", "Zed", "zed", "Ann",
                        "Андреев", "Андреева", "5А", "5Б", "10А", "гр. 1", "", " ", "Ѐлка", "ѐлка", "Straße", "İnci", "Σοφία",
                        "Öztürk", "Ярослава-Мария", "я", "Я", "ё", "е", "Ё", "Е"]

    @Test func theFastPathAgreesWithTheKeys() {
        for a in Self.names {
            for b in Self.names {
                let keyA = RussianOrder.sortKey(a), keyB = RussianOrder.sortKey(b)
                let keyed = keyA != keyB ? keyA.lexicographicallyPrecedes(keyB)
                    : a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
                #expect(RussianOrder.areInIncreasingOrder(a, b) == keyed, "\(a) < \(b)")
            }
        }
    }

    @Test func theCollationKeysOrderAsTheComparison() {
        for a in Self.names {
            for b in Self.names {
                let keyed = RussianOrder.collationKey(a).lexicographicallyPrecedes(RussianOrder.collationKey(b))
                #expect(RussianOrder.areInIncreasingOrder(a, b) == keyed, "\(a) < \(b)")
            }
        }
    }

    @Test func yoFollowsYeAndCaseIsIgnored() {
        #expect(["Ёлкин", "Жуков", "Елкин", "ежов"].sorted(by: RussianOrder.areInIncreasingOrder) == ["ежов", "Елкин", "Ёлкин", "Жуков"])
        #expect(RussianOrder.fastOrder("Straße", "Strasse") == nil)
    }
}
