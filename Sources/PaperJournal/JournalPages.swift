import Documents
import JournalCore
import JournalStore

/// The class journal of a class or a group in a subject and a period, laid
/// out as the paper journal is: each spread is a left page of marks and
/// attendance (student × lesson date) and a right page with the same dates'
/// topics and homework. The rows of a date are the students on the lesson's
/// roll that day (the store's roster); a cell of a student not on the roll
/// that day is struck through with «—», as a paper journal's would be.
public enum JournalPages {
    /// Lesson columns on one left page: a paper journal has about as many,
    /// and on landscape A4 a cell still holds «5 4 н» in 8 points.
    public static let datesPerPage = 16

    public static func document(_ grid: ClassGridData, footer: DocumentFooter) -> Document {
        let lessons = grid.lessons.filter { !$0.cancelled }
        var document = Document(title: "Классный журнал: \(grid.label.text)",
                                subtitle: "\(grid.period.period.name) · учитель: \(teachers(lessons))",
                                footer: footer, orientation: .landscape)
        let spreads = stride(from: 0, to: max(lessons.count, 1), by: datesPerPage).map {
            Array(lessons[$0..<min($0 + datesPerPage, lessons.count)])
        }
        for (index, spread) in spreads.enumerated() {
            let last = index == spreads.count - 1
            if index > 0 { document.blocks.append(.pageBreak) }
            document.blocks.append(.heading("Отметки и посещаемость · \(range(spread))"))
            document.blocks.append(.table(marksPage(grid, spread, withFinals: last)))
            document.blocks.append(.pageBreak)
            document.blocks.append(.heading("Что пройдено на уроке · \(range(spread))"))
            document.blocks.append(.table(topicsPage(spread)))
        }
        return document
    }

    /// «Иванова А. П.», and the substitutes after «замены:».
    static func teachers(_ lessons: [GridLesson]) -> String {
        var main: [String] = [], substitutes: [String] = []
        for lesson in lessons {
            if lesson.substituteFor == nil {
                if !main.contains(lesson.teacherName) { main.append(lesson.teacherName) }
            } else if !substitutes.contains(lesson.teacherName) {
                substitutes.append(lesson.teacherName)
            }
        }
        let names = main.isEmpty ? "—" : main.joined(separator: ", ")
        return substitutes.isEmpty ? names : names + "; замены: " + substitutes.joined(separator: ", ")
    }

    private static func range(_ lessons: [GridLesson]) -> String {
        guard let first = lessons.first, let last = lessons.last else { return "уроков в периоде нет" }
        return first.date == last.date ? first.date.russian : "\(first.date.russian) – \(last.date.russian)"
    }

    private static func marksPage(_ grid: ClassGridData, _ lessons: [GridLesson], withFinals: Bool) -> DocumentTable {
        var columns = [DocumentColumn("№", weight: 0.7, alignment: .trailing, characters: 4),
                       DocumentColumn("Ученик", weight: 5, characters: 30)]
        columns += lessons.map { DocumentColumn($0.date.russianShort, weight: 1.3, alignment: .center, characters: 7) }
        if withFinals {
            columns.append(DocumentColumn("Ср.", weight: 1.5, alignment: .center, characters: 6))
            columns.append(DocumentColumn("Итог", weight: 1.5, alignment: .center, characters: 6))
        }
        let rows = grid.students.enumerated().map { index, student -> [DocumentCell] in
            var row: [DocumentCell] = [.integer(index + 1), .text(student.fullName)]
            row += lessons.map { .text(cell(grid, lesson: $0, student: student)) }
            if withFinals {
                row.append(grid.average(of: student.id).value.map { .decimal($0, places: 2) } ?? .empty)
                row.append(grid.finalMarks[student.id].map { .bold($0.text) } ?? .empty)
            }
            return row
        }
        return DocumentTable(columns: columns, rows: rows, fontSize: 8)
    }

    /// The marks of a cell in the order entered, then the attendance code.
    static func cell(_ grid: ClassGridData, lesson: GridLesson, student: GridStudent) -> String {
        guard student.isEnrolled(on: lesson.date) else { return "—" }
        let key = GridCell(lesson: lesson.id, student: student.id)
        var parts = (grid.marks[key] ?? []).map { String($0.value.value) }
        if let code = grid.attendance[key] { parts.append(code.rawValue) }
        return parts.joined(separator: " ")
    }

    private static func topicsPage(_ lessons: [GridLesson]) -> DocumentTable {
        let columns = [DocumentColumn("Дата", weight: 1.3, characters: 11),
                       DocumentColumn("Что пройдено на уроке", weight: 7, characters: 50),
                       DocumentColumn("Домашнее задание", weight: 5, characters: 40),
                       DocumentColumn("Учитель", weight: 2.5, characters: 20)]
        let rows = lessons.map { lesson -> [DocumentCell] in
            let teacher = lesson.substituteFor == nil ? lesson.teacherName : "\(lesson.teacherName) (замена)"
            return [.text(lesson.date.russian), .text(lesson.topic ?? ""), .text(lesson.homework ?? ""), .text(teacher)]
        }
        return DocumentTable(columns: columns, rows: rows, fontSize: 9)
    }
}
