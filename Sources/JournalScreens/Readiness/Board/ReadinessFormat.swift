import JournalCore
import ReadinessMetrics
import TerminalUI

/// How the readiness screens write numbers, marks and weeks, the same way on
/// every screen and as `zhurnal report readiness` does.
enum ReadinessFormat {
    /// ✓ for met, ✗ for not met: readable without colour.
    static func mark(_ met: Bool) -> String { met ? "✓" : "✗" }

    static func style(_ met: Bool) -> StyleRole { met ? .success : .error }

    /// `189 / 200`, or `1234567/1300000` when the spaced form does not fit.
    static func fraction(_ ratio: Ratio, width: Int) -> String {
        let spaced = "\(ratio.numerator) / \(ratio.denominator)"
        return spaced.count <= width ? spaced : "\(ratio.numerator)/\(ratio.denominator)"
    }

    /// `95 %`, `92,5 %`; a dash without a threshold.
    static func threshold(_ threshold: Threshold?, _ language: Language) -> String {
        guard let threshold else { return "—" }
        let text = language == .ru ? threshold.text.withDecimalComma : threshold.text
        return language == .ru ? text + " %" : text + "%"
    }

    /// `09–15.09`, `30.09–06.10`, `30.12.2024–05.01.2025`.
    static func days(_ from: SchoolDate, _ to: SchoolDate) -> String {
        if from == to { return from.russianShort }
        if from.year != to.year { return from.russian + "–" + to.russian }
        if from.month == to.month { return pad(from.day) + "–" + to.russianShort }
        return from.russianShort + "–" + to.russianShort
    }

    /// `02.09.2024 – 25.10.2024`
    static func window(_ window: ReadinessWindow) -> String {
        window.from.russian + " – " + window.to.russian
    }

    /// The moment numbers are as of: `03.09.2024 10:00`.
    static func moment(_ time: SchoolTime) -> String {
        time.russian
    }

    private static func pad(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}

extension ReadinessFormat {
    /// `1 неделя`, `3 недели`, `5 недель`.
    static func plural(_ value: Int, _ one: String, _ few: String, _ many: String) -> String {
        let lastTwo = value % 100, last = value % 10
        let word = (11...14).contains(lastTwo) ? many : (last == 1 ? one : ((2...4).contains(last) ? few : many))
        return "\(value) \(word)"
    }

    /// `4 полные недели`, `1 полная неделя`, `5 полных недель`.
    static func completeWeeks(_ count: Int, _ language: Language) -> String {
        language == .ru ? plural(count, "полная неделя", "полные недели", "полных недель")
            : "\(count) complete week" + (count == 1 ? "" : "s")
    }
}
