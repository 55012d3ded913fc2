import Documents
import JournalCore
import JournalStore

/// The summary sheet of progress and attendance (сводная ведомость) of a
/// class for the year, kept by the school at the year's end: one block per
/// student — a row per subject with the final marks of each marking period
/// and the year — so that any number of subjects fits A4 portrait, then the
/// lessons missed and the signature lines.
public enum SummarySheet {
    public static func document(_ data: SummarySheetData, school: School, footer: DocumentFooter) -> Document {
        var document = Document(title: "Сводная ведомость учёта успеваемости и посещаемости",
                                subtitle: "\(school.name) · класс \(data.className) · \(school.academicYear) учебный год",
                                footer: footer)
        document.blocks.append(.paragraph("Классный руководитель: \(data.homeroomName ?? "не назначен")"))
        document.blocks.append(.table(marksTable(data)))
        document.blocks.append(.table(missedTable(data)))
        document.blocks.append(.signatures(["Классный руководитель", "Директор"]))
        return document
    }

    /// A subject per row, a column per period: the paper form's layout.
    private static func marksTable(_ data: SummarySheetData) -> DocumentTable {
        var columns = [DocumentColumn("№", weight: 0.6, alignment: .trailing, characters: 4),
                       DocumentColumn("Ученик", weight: 4, characters: 30),
                       DocumentColumn("Предмет", weight: 4.5, characters: 30)]
        columns += data.periods.map { DocumentColumn($0.period.name, weight: 2, alignment: .center, characters: 10) }
        var rows: [[DocumentCell]] = []
        for (index, student) in data.students.enumerated() {
            for (line, subject) in data.subjects.enumerated() {
                var row: [DocumentCell] = line == 0 ? [.integer(index + 1), .bold(name(student, data))] : [.empty, .empty]
                row.append(.text(subject.name))
                row += data.periods.map { period in
                    data.finalMarks[SummaryCell(student: student.id, subject: subject.id, period: period.id)]
                        .map { .text($0.text) } ?? .empty
                }
                rows.append(row)
            }
        }
        return DocumentTable(title: "Итоговые отметки", columns: columns, rows: rows, fontSize: 8)
    }

    private static func missedTable(_ data: SummarySheetData) -> DocumentTable {
        let columns = [DocumentColumn("№", weight: 0.6, alignment: .trailing, characters: 4),
                       DocumentColumn("Ученик", weight: 6, characters: 30),
                       DocumentColumn("Пропущено уроков", weight: 2.5, alignment: .trailing, characters: 12),
                       DocumentColumn("из них по болезни", weight: 2.5, alignment: .trailing, characters: 12)]
        var total = MissedLessons(total: 0, ill: 0)
        var rows: [[DocumentCell]] = data.students.enumerated().map { index, student in
            let missed = data.missed[student.id] ?? MissedLessons(total: 0, ill: 0)
            total.total += missed.total
            total.ill += missed.ill
            return [.integer(index + 1), .text(name(student, data)), .integer(missed.total), .integer(missed.ill)]
        }
        rows.append([.empty, .bold("Всего по классу"), .integer(total.total), .integer(total.ill)])
        return DocumentTable(title: "Пропущено уроков за год", columns: columns, rows: rows, fontSize: 9)
    }

    /// A student who left before the year's end is marked so, with the day.
    private static func name(_ student: GridStudent, _ data: SummarySheetData) -> String {
        guard let last = student.enrolledTo, last < data.yearEnd else { return student.fullName }
        return "\(student.fullName) (выбыл(а) \(last.russian))"
    }
}
