import JournalCore
import JournalStore

/// «Ведение журнала по учителям» (reports.md journal-keeping).
enum KeepingReport {
    static func tables(_ facts: [KeepingFacts], _ context: ReportContext) -> [ReportTable] {
        var table = ReportTable(name: "rows", title: "Ведение журнала по учителям", columns: [
            ReportColumn("teacher", "Учитель", weight: 2), ReportColumn("login", "Логин"), ReportColumn("lessons", "Уроков"),
            ReportColumn("with_topic", "С темой"), ReportColumn("percent_topic", "% с темой"),
            ReportColumn("with_homework", "С д/з"), ReportColumn("percent_homework", "% с д/з"),
            ReportColumn("with_attendance", "С посещаемостью"), ReportColumn("percent_attendance", "% с посещаемостью"),
            ReportColumn("as_substitute", "Замен"), ReportColumn("last_entry_at", "Последняя запись", weight: 1.4),
            ReportColumn("last_entry_by", "Кем", weight: 1.6),
        ])
        let sorted = facts.sortedByRussianName { context.accountName($0.teacherID) }
        for t in sorted {
            table.rows.append([
                .text(context.accountName(t.teacherID)), .text(context.login(t.teacherID)), .integer(t.lessons),
                .integer(t.withTopic), ReportArithmetic.percent(t.withTopic, of: t.lessons),
                .integer(t.withHomework), ReportArithmetic.percent(t.withHomework, of: t.lessons),
                .integer(t.withAttendance), ReportArithmetic.percent(t.withAttendance, of: t.lessons),
                .integer(t.asSubstitute), t.lastEntryAt.map { .text($0.iso) } ?? .none,
                t.lastEntryBy.map { .text(context.accountName($0)) } ?? .none,
            ])
        }
        return [table]
    }
}
