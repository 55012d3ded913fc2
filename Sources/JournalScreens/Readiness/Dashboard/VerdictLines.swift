import JournalCore
import ReadinessMetrics
import TerminalUI

/// The verdict in words: ready or not, over which complete weeks, and which
/// indicators held the school back in which weeks.
enum VerdictLines {
    static func lines(_ report: ReadinessReport, width: Int, language: Language) -> [Line] {
        let verdict = report.verdict
        let ru = language == .ru
        let weeks = weekDates(report)
        var lines: [Line] = []
        if verdict.ready {
            let span = weeks[verdict.weeks.first ?? ""].map { first in
                weeks[verdict.weeks.last ?? ""].map { ReadinessFormat.days(first.from, $0.to) } ?? ""
            } ?? ""
            let n = verdict.requiredWeeks
            let when = n == 1 ? "в последнюю полную неделю" : "в каждой из последних \(n) полных недель"
            lines += wrapped(ru ? "Школа готова к ББЖ по профилю \(report.profile.id): все показатели достигли порога \(when) (\(span))."
                : "The school is ready under profile \(report.profile.id): every indicator met its goal in each of the last \(ReadinessFormat.completeWeeks(n, language)) (\(span)).",
                mark: "✓", style: .success, width: width)
            return lines
        }
        lines += wrapped(notReadyHeadline(verdict, weeks: weeks, profile: report.profile.id, language: language),
                         mark: "✗", style: .error, width: width)
        for held in verdict.heldBack {
            let when = held.weeks.count == verdict.weeks.count && held.weeks.count > 1
                ? (ru ? "все \(held.weeks.count) недели" : "all \(held.weeks.count) weeks")
                : held.weeks.compactMap { weeks[$0].map { ReadinessFormat.days($0.from, $0.to) } }.joined(separator: ", ")
            let text = held.key.title.text(in: language) + " — " + when
            lines.append(Line([Span("  "), Span("✗", style: .error), Span(" " + TextFitting.truncate(text, toWidth: max(1, width - 4)))]))
        }
        return lines
    }

    private static func notReadyHeadline(_ verdict: ReadinessVerdict, weeks: [String: ReportWeek], profile: String,
                                         language: Language) -> String {
        let ru = language == .ru
        let needed = ReadinessFormat.completeWeeks(verdict.requiredWeeks, language)
        if verdict.missingWeeks > 0 {
            let have = verdict.weeks.count
            let lack = ru ? "Для вердикта нужны \(needed), в окне \(have == 0 ? "нет ни одной" : "только \(have)"): выберите окно длиннее (F3)."
                : "A verdict needs \(needed); the window has \(have): choose a longer window (F3)."
            let blocking = verdict.blocking.isEmpty ? "" : (ru ? " Не достигли порога:" : " Below the goal:")
            return (ru ? "Школа пока не готова к ББЖ (профиль \(profile)). " : "Not ready yet (profile \(profile)). ") + lack + blocking
        }
        let first = verdict.weeks.first.flatMap { weeks[$0] }, last = verdict.weeks.last.flatMap { weeks[$0] }
        let span = first.flatMap { f in last.map { ReadinessFormat.days(f.from, $0.to) } } ?? ""
        return ru ? "Школа пока не готова к ББЖ (профиль \(profile)). Последние \(needed) (\(span)); не достигли порога:"
            : "Not ready yet (profile \(profile)). The last \(needed) (\(span)); below the goal:"
    }

    private static func weekDates(_ report: ReadinessReport) -> [String: ReportWeek] {
        Dictionary(report.weeks.map { ($0.week.label, $0.week) }, uniquingKeysWith: { first, _ in first })
    }

    private static func wrapped(_ text: String, mark: String, style: StyleRole, width: Int) -> [Line] {
        TextFitting.wrap(text, width: max(1, width - 2)).enumerated().map { index, part in
            index == 0 ? Line([Span(mark, style: style), Span(" " + part, style: .emphasis)]) : Line("  " + part, style: .emphasis)
        }
    }
}
