import ControlReports
import JournalCore

/// The class, group and subject a report's row names (as printed).
struct ReportUnitNames: Hashable, Sendable {
    var className: String
    var groupName: String
    var subjectName: String
}

/// What is behind a figure of a report: a list of rows to choose from, or the
/// student, lesson, teacher or class journal it stands for.
enum ReportDrill: Equatable {
    /// Rows of one of the report's tables, each opening what `opens` says.
    case rows(title: String, table: ReportTable)
    /// A student's marks: in the unit's class grid when the row names one.
    case student(name: String, className: String, unit: ReportUnitNames?)
    case lesson(LessonID)
    case teacher(login: String, name: String)
    /// The class grid of a class (or group) in a subject.
    case unit(ReportUnitNames)
}

/// Works out the drill-down of a cell from the report's own tables: no
/// database, so it is tested with hand-made reports.
enum ReportDrills {
    /// The derived table of the progress report: per class, how many students
    /// fall in each category (the figures the deputy drills from).
    static let categoriesName = "categories"

    static let categoryCodes = ["excellent", "good", "one_3", "one_2", "failing", "not_assessed"]
    static let categoryTitles = ["Отличники", "Хорошисты", "С одной «3»", "С одной «2»", "Неуспевающие", "н/а"]

    /// The progress report's «students» lists counted by class and category.
    static func categories(_ report: ControlReport) -> ReportTable? {
        guard report.kind == .progress, let students = report.table("students") else { return nil }
        var table = ReportTable(name: categoriesName, title: "Категории учеников по классам",
                                columns: [ReportColumn("class", "Класс")] + zip(categoryCodes, categoryTitles).map { ReportColumn($0, $1) })
        var classes: [String] = []
        var counts: [String: [String: Set<String>]] = [:]
        for record in students.records {
            let name = record["class"]?.plain ?? "", category = record["category"]?.plain ?? ""
            if counts[name] == nil { classes.append(name) }
            counts[name, default: [:]][category, default: []].insert(record["student"]?.plain ?? "")
        }
        for name in classes {
            table.rows.append([.text(name)] + categoryCodes.map { .integer(counts[name]?[$0]?.count ?? 0) })
        }
        return table
    }

    /// The drill-down of `column` in `row` of `table`; nil when the cell
    /// stands for nothing further.
    static func drill(_ report: ControlReport, table: ReportTable, row: Int, column: Int) -> ReportDrill? {
        guard table.rows.indices.contains(row), table.columns.indices.contains(column) else { return nil }
        let record = table.records[row]
        let key = table.columns[column].key
        let text = { (key: String) in record[key]?.plain ?? "" }
        switch (report.kind, table.name) {
        case (.marksCount, "rows"):
            return marksCount(report, record, key)
        case (.marksCount, "below_norm"):
            return .student(name: text("student"), className: text("class"), unit: unit(record))
        case (.progress, categoriesName):
            guard let index = categoryCodes.firstIndex(of: key), let students = report.table("students") else { return nil }
            let title = "\(text("class")): \(categoryTitles[index].lowercased())"
            return .rows(title: title, table: filtered(students) { $0["class"]?.plain == text("class") && $0["category"]?.plain == key })
        case (.progress, "rows"):
            return progressMark(report, record, key)
        case (.progress, "students"), (.attendance, _):
            return .student(name: text("student"), className: text("class"), unit: nil)
        case (.anomalies, "rows"):
            if case .integer(let id)? = record["lesson_id"] { return .lesson(LessonID(Int64(id))) }
            return text("student").isEmpty ? nil : .student(name: text("student"), className: text("class"), unit: nil)
        case (.anomalies, "summary"):
            guard let rows = report.table("rows") else { return nil }
            return .rows(title: "\(text("teacher")), неделя с \(text("week"))",
                         table: filtered(rows) { $0["week"]?.plain == text("week") && $0["teacher"]?.plain == text("teacher") })
        case (.journalKeeping, _), (.substitutions, _):
            return .teacher(login: text("login"), name: text("teacher"))
        case (.programme, _):
            return unit(record).map { .unit($0) }
        default:
            return nil
        }
    }

    /// «0 отметок», «1 отметка», «2 отметки», «ниже нормы» → those students.
    private static func marksCount(_ report: ControlReport, _ record: [String: ReportValue], _ key: String) -> ReportDrill? {
        guard let below = report.table("below_norm"), let names = unit(record) else { return nil }
        let wanted: Int?
        switch key {
        case "marks_0", "percent_0": wanted = 0
        case "marks_1", "percent_1": wanted = 1
        case "marks_2": wanted = 2
        case "below_norm", "percent_below_norm", "students": wanted = nil
        default: return .unit(names)
        }
        let what = wanted.map { "\($0) " + ["отметок", "отметка", "отметки"][$0] } ?? "ниже нормы"
        let title = [names.className, names.groupName, names.subjectName].filter { !$0.isEmpty }.joined(separator: " · ") + ": " + what
        return .rows(title: title, table: filtered(below) { other in
            unit(other) == names && (wanted == nil || other["marks"] == .integer(wanted ?? 0))
        })
    }

    /// «3», «2», «1», н/а of a class's subject → the class's students with it.
    private static func progressMark(_ report: ControlReport, _ record: [String: ReportValue], _ key: String) -> ReportDrill? {
        let marks = ["marks_3": "3", "marks_2": "2", "marks_1": "1", "not_assessed": "н/а", "failed": "незач"]
        guard let mark = marks[key], let students = report.table("students") else { return nil }
        let className = record["class"]?.plain ?? "", subject = record["subject"]?.plain ?? ""
        var seen: Set<String> = []
        let table = filtered(students) { other in
            guard other["class"]?.plain == className else { return false }
            let subjects = (other["subjects"]?.plain ?? "").components(separatedBy: ", ")
            return subjects.contains("\(subject) \(mark)") && seen.insert(other["student"]?.plain ?? "").inserted
        }
        return .rows(title: "\(className) · \(subject): «\(mark)»", table: table)
    }

    private static func unit(_ record: [String: ReportValue]) -> ReportUnitNames? {
        guard let subject = record["subject"]?.plain, !subject.isEmpty else { return nil }
        return ReportUnitNames(className: record["class"]?.plain ?? "", groupName: record["group"]?.plain ?? "", subjectName: subject)
    }

    private static func filtered(_ table: ReportTable, _ keep: ([String: ReportValue]) -> Bool) -> ReportTable {
        var result = table
        result.rows = zip(table.rows, table.records).filter { keep($0.1) }.map(\.0)
        return result
    }
}
