import Documents
import JournalCore
import ReadinessMetrics

/// The staff-PC schedule on paper: one table, day by day, to hang by the PCs.
struct StaffPCScheduleDocument {
    let report: StaffPCScheduleReport
    let school: String
    let printedAt: SchoolTime

    var document: Document {
        let rows: [[DocumentCell]] = report.lines.map { line in
            [.text(WeekdayNames.short(line.weekday, .ru)), .text("\(line.start.text)–\(line.end.text)"), .bold(line.computer),
             .text(line.room), .text(line.teacher), .text(line.lastLessonEnd.text)]
        }
        var blocks: [DocumentBlock] = [
            .paragraph(report.supplyText(.ru)),
            .paragraph("Каждому учителю в каждый его учебный день — \(report.schedule.slotMinutes) минут за ПК в течение часа "
                       + "после его последнего урока."),
            .table(DocumentTable(columns: [DocumentColumn("День", weight: 0.6), DocumentColumn("Время", weight: 1.1),
                                           DocumentColumn("ПК", weight: 0.8), DocumentColumn("Где", weight: 1),
                                           DocumentColumn("Учитель", weight: 2.6), DocumentColumn("Последний урок до", weight: 1.1)],
                                 rows: rows)),
        ]
        if !report.missing.isEmpty {
            blocks.append(.paragraph("Без окна: " + report.missing.map { "\(WeekdayNames.short($0.weekday, .ru)) \($0.teacher)" }
                .joined(separator: "; ") + ". Нужен ещё ПК."))
        }
        blocks.append(.signatures(["Заместитель директора по УВР", "Директор"]))
        return Document(title: "График доступа к ПК для ведения журнала", subtitle: school,
                        footer: DocumentFooter(school: school, printedAt: printedAt.date.russian + " " + printedAt.timeOfDay.text,
                                               printedBy: "zhurnal"),
                        blocks: blocks)
    }
}
