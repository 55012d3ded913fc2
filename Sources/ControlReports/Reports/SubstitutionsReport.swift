import JournalCore
import JournalStore

/// «Замены и пропущенные уроки / табель» (reports.md substitutions). By the
/// timetable = held − as substitute + substituted away + cancelled (the
/// teacher's own lessons); missed = substituted away + cancelled.
enum SubstitutionsReport {
    static func tables(_ facts: [SubstitutionFacts], _ context: ReportContext) -> [ReportTable] {
        var table = ReportTable(name: "rows", title: "Замены и пропущенные уроки", columns: [
            ReportColumn("teacher", "Учитель", weight: 2), ReportColumn("login", "Логин"), ReportColumn("month", "Месяц"),
            ReportColumn("by_timetable", "По расписанию"), ReportColumn("held", "Проведено"),
            ReportColumn("as_substitute", "Замещал других"), ReportColumn("substituted_away", "Его заменяли"),
            ReportColumn("cancelled", "Отменено"), ReportColumn("missed", "Пропущено"),
            ReportColumn("summary", "Итог", weight: 2),
        ])
        let sorted = facts.sorted { a, b in
            let na = context.accountName(a.teacherID), nb = context.accountName(b.teacherID)
            return na != nb ? RussianOrder.areInIncreasingOrder(na, nb) : a.month < b.month
        }
        for f in sorted {
            let missed = f.substitutedAway + f.cancelled
            table.rows.append([
                .text(context.accountName(f.teacherID)), .text(context.login(f.teacherID)), .text(f.month),
                .integer(f.held - f.asSubstitute + f.substitutedAway + f.cancelled), .integer(f.held), .integer(f.asSubstitute),
                .integer(f.substitutedAway), .integer(f.cancelled), .integer(missed),
                .text("Пропущено \(missed) / Замещено \(f.asSubstitute)"),
            ])
        }
        return [table]
    }
}
