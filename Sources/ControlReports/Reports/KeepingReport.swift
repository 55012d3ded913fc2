import JournalCore
import JournalStore

/// «Ведение журнала по учителям» (reports.md journal-keeping): per teacher,
/// and per teacher × class or group × subject.
enum KeepingReport {
    /// The counted columns both tables share, in order.
    static let countColumns = [
        ReportColumn("lessons", "Уроков"),
        ReportColumn("with_topic", "С темой"), ReportColumn("percent_topic", "% с темой"),
        ReportColumn("with_homework", "С д/з"), ReportColumn("percent_homework", "% с д/з"),
        ReportColumn("with_attendance", "С посещаемостью"), ReportColumn("percent_attendance", "% с посещаемостью"),
        ReportColumn("as_substitute", "Замен"),
        ReportColumn("entries", "Записей"), ReportColumn("on_time", "В срок"), ReportColumn("percent_on_time", "% в срок"),
        ReportColumn("finals_needed", "Нужно итоговых"), ReportColumn("finals_set", "Итоговые выставлены"),
        ReportColumn("percent_finals", "% итоговых"),
    ]

    static func tables(_ facts: [KeepingFacts], _ context: ReportContext) -> [ReportTable] {
        var table = ReportTable(name: "rows", title: "Ведение журнала по учителям", columns: [
            ReportColumn("teacher", "Учитель", weight: 2), ReportColumn("login", "Логин")] + countColumns + [
            ReportColumn("last_entry_at", "Последняя запись", weight: 1.4), ReportColumn("last_entry_by", "Кем", weight: 1.6),
        ])
        var units = ReportTable(name: "units", title: "По классам и предметам", columns: [
            ReportColumn("teacher", "Учитель", weight: 2), ReportColumn("login", "Логин")] + ReportContext.unitColumns + countColumns)
        let sorted = facts.sortedByRussianName { context.accountName($0.teacherID) }
        for t in sorted {
            let counts = cells(lessons: t.lessons, topic: t.withTopic, homework: t.withHomework, attendance: t.withAttendance,
                               substitute: t.asSubstitute, entries: t.entries, onTime: t.onTime, needed: t.finalsNeeded, set: t.finalsSet)
            let head: [ReportValue] = [.text(context.accountName(t.teacherID)), .text(context.login(t.teacherID))]
            table.rows.append(head + counts + [t.lastEntryAt.map { .text($0.iso) } ?? .none,
                                               t.lastEntryBy.map { .text(context.accountName($0)) } ?? .none])
            for u in context.sorted(t.units.map(\.unit)).compactMap({ unit in t.units.first { $0.unit == unit } }) {
                units.rows.append(head + context.unitCells(u.unit) + cells(
                    lessons: u.lessons, topic: u.withTopic, homework: u.withHomework, attendance: u.withAttendance,
                    substitute: u.asSubstitute, entries: u.entries, onTime: u.onTime, needed: u.finalsNeeded, set: u.finalsSet))
            }
        }
        return [table, units]
    }

    private static func cells(lessons: Int, topic: Int, homework: Int, attendance: Int, substitute: Int, entries: Int, onTime: Int,
                              needed: Int, set: Int) -> [ReportValue] {
        [.integer(lessons),
         .integer(topic), ReportArithmetic.percent(topic, of: lessons),
         .integer(homework), ReportArithmetic.percent(homework, of: lessons),
         .integer(attendance), ReportArithmetic.percent(attendance, of: lessons),
         .integer(substitute),
         .integer(entries), .integer(onTime), ReportArithmetic.percent(onTime, of: entries),
         .integer(needed), .integer(set), ReportArithmetic.percent(set, of: needed)]
    }
}
