import JournalCore
import Testing
@testable import ReadinessMetrics

@Suite struct RatioTests {
    @Test func valueIsShownWithOneDecimalRoundedHalfUp() {
        #expect(Ratio(180, of: 200).decimalText == "90.0")
        #expect(Ratio(2, of: 3).decimalText == "66.7")     // 66.666…
        #expect(Ratio(1, of: 3).decimalText == "33.3")     // 33.333…
        #expect(Ratio(1, of: 16).decimalText == "6.3")     // 6.25 exactly: half up
        #expect(Ratio(1, of: 8).decimalText == "12.5")
        #expect(Ratio(0, of: 5).decimalText == "0.0")
        #expect(Ratio(5, of: 4).decimalText == "125.0")    // parent_accounts may pass 100 %
        #expect(Ratio(2, of: 3).text(in: .ru) == "66,7 %")
    }

    @Test func thresholdIsComparedExactlyNotOnTheRoundedValue() {
        // 189/199 = 94.97…% shows as 95.0 but does not reach 95
        #expect(Ratio(189, of: 199).decimalText == "95.0")
        #expect(!Ratio(189, of: 199).meets(Threshold(percent: 95)))
        // 19/20 is exactly 95 %: met
        #expect(Ratio(19, of: 20).meets(Threshold(percent: 95)))
        #expect(Ratio(1, of: 1).meets(Threshold(percent: 100)))
        #expect(!Ratio(99, of: 100).meets(Threshold(percent: 100)))
        // a custom threshold with a decimal: 37/40 = 92.5 %
        #expect(Ratio(37, of: 40).meets(Threshold(number: 92.5)!))
        #expect(!Ratio(184, of: 199).meets(Threshold(number: 92.5)!))   // 92.46…
    }

    @Test func zeroDenominatorIsNoDataAndNeverMeets() {
        let empty = Ratio(0, of: 0)
        #expect(empty.percent == nil)
        #expect(empty.decimalText == nil)
        #expect(empty.text(in: .ru) == "нет данных")
        #expect(!empty.meets(Threshold(percent: 0)))
        #expect(IndicatorValue(key: .planning, ratio: empty, threshold: Threshold(percent: 0)).met == false)
    }

    @Test func thresholdsReadFromNumbersWithAtMostTwoDecimals() {
        #expect(Threshold(number: 95)?.text == "95")
        #expect(Threshold(number: 92.5)?.text == "92.5")
        #expect(Threshold(number: 0.25)?.hundredths == 25)
        #expect(Threshold(number: 92.125) == nil)
        #expect(Threshold(number: -1) == nil)
    }

    @Test func worstFirstOrdersNoDataThenLowestShareThenMostMissing() {
        func row(_ name: String, _ n: Int, _ d: Int) -> BreakdownRow {
            BreakdownRow(group: .teacher(.init(Int64(name.count))), name: name, ratio: Ratio(n, of: d), threshold: nil)
        }
        let rows = [row("a", 9, 10), row("b", 0, 0), row("c", 1, 2), row("d", 2, 4), row("e", 10, 10)]
        #expect(rows.sorted(by: BreakdownRow.worstFirst).map(\.name) == ["b", "d", "c", "a", "e"])
    }
}
