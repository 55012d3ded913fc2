import JournalCore
import JournalStore

/// «Успеваемость и качество» (reports.md progress).
enum ProgressReport {
    static func tables(_ facts: [FinalMarkFact], _ context: ReportContext) -> [ReportTable] {
        [rows(facts, context), lists(facts, context)]
    }

    private struct Key: Hashable {
        var classID: ClassID
        var subjectID: SubjectID
    }

    static func rows(_ facts: [FinalMarkFact], _ context: ReportContext) -> ReportTable {
        var table = ReportTable(name: "rows", title: "Успеваемость и качество по предметам", columns: [
            ReportColumn("class", "Класс", weight: 0.7), ReportColumn("subject", "Предмет", weight: 1.6),
            ReportColumn("total", "С отметкой"), ReportColumn("left", "Выбыли"), ReportColumn("exempt", "Осв."),
            ReportColumn("n", "N"), ReportColumn("marks_5", "«5»"), ReportColumn("marks_4", "«4»"), ReportColumn("marks_3", "«3»"),
            ReportColumn("marks_2", "«2»"), ReportColumn("marks_1", "«1»"), ReportColumn("not_assessed", "н/а"),
            ReportColumn("passed", "зач"), ReportColumn("failed", "незач"),
            ReportColumn("success", "% успеваемости"), ReportColumn("quality", "% качества"), ReportColumn("sou", "СОУ"),
            ReportColumn("average", "Средний балл"),
        ])
        let grouped = Dictionary(grouping: facts) { Key(classID: $0.student.classID, subjectID: $0.subjectID) }
        let keys = grouped.keys.sorted { a, b in
            let ka = context.classOrder(a.classID), kb = context.classOrder(b.classID)
            if ka != kb { return ka.0 != kb.0 ? ka.0 < kb.0 : RussianOrder.areInIncreasingOrder(ka.1, kb.1) }
            return RussianOrder.areInIncreasingOrder(context.subjectName(a.subjectID), context.subjectName(b.subjectID))
        }
        for key in keys {
            let marks = grouped[key] ?? []
            let left = marks.filter(\.student.left).count
            let counted = marks.filter { !$0.student.left && $0.value != .exempt }.map(\.value)
            let exempt = marks.count - left - counted.count
            let n = counted.count
            let count = { (value: FinalMarkValue) in counted.filter { $0 == value }.count }
            let numbers = counted.compactMap(\.numericValue)
            let sou = count(.mark(5)) * 100 + count(.mark(4)) * 64 + count(.mark(3)) * 36 + count(.mark(2)) * 16 + count(.notAssessed) * 7
            table.rows.append([
                .text(context.className(key.classID)), .text(context.subjectName(key.subjectID)), .integer(marks.count),
                .integer(left), .integer(exempt), .integer(n),
                .integer(count(.mark(5))), .integer(count(.mark(4))), .integer(count(.mark(3))), .integer(count(.mark(2))),
                .integer(count(.mark(1))), .integer(count(.notAssessed)), .integer(count(.passed)), .integer(count(.failed)),
                ReportArithmetic.percent(count(.mark(5)) + count(.mark(4)) + count(.mark(3)) + count(.passed), of: n),
                ReportArithmetic.percent(count(.mark(5)) + count(.mark(4)), of: n),
                ReportArithmetic.ratio(sou, n, places: 1),
                ReportArithmetic.ratio(numbers.reduce(0, +), numbers.count, places: 2),
            ])
        }
        return table
    }

    /// The categories of a class's students, in the order the report lists them.
    enum Category: String, CaseIterable {
        case excellent, good, oneThree = "one_3", oneTwo = "one_2", failing, notAssessed = "not_assessed"

        var title: String {
            switch self {
            case .excellent: "отличники"
            case .good: "хорошисты"
            case .oneThree: "с одной «3»"
            case .oneTwo: "с одной «2»"
            case .failing: "неуспевающие"
            case .notAssessed: "н/а"
            }
        }

        /// The categories of one student's final marks (осв and зач ignored).
        static func of(_ values: [FinalMarkValue]) -> [Category] {
            let marks = values.filter { $0 != .exempt && $0 != .passed }
            guard !marks.isEmpty else { return [] }
            let isFailing = { (v: FinalMarkValue) in v == .mark(1) || v == .mark(2) || v == .notAssessed || v == .failed }
            let fourOrFive = { (v: FinalMarkValue) in v == .mark(4) || v == .mark(5) }
            var result: [Category] = []
            if marks.allSatisfy({ $0 == .mark(5) }) { result.append(.excellent) }
            if marks.allSatisfy(fourOrFive), marks.contains(.mark(4)) { result.append(.good) }
            if marks.filter({ $0 == .mark(3) }).count == 1, marks.filter({ $0 != .mark(3) }).allSatisfy(fourOrFive) {
                result.append(.oneThree)
            }
            if marks.filter({ $0 == .mark(2) }).count == 1, marks.filter(isFailing).count == 1 { result.append(.oneTwo) }
            if marks.contains(where: isFailing) { result.append(.failing) }
            if marks.contains(.notAssessed) { result.append(.notAssessed) }
            return result
        }
    }

    static func lists(_ facts: [FinalMarkFact], _ context: ReportContext) -> ReportTable {
        var table = ReportTable(name: "students", title: "Списки учеников", columns: [
            ReportColumn("class", "Класс", weight: 0.7), ReportColumn("category", "Код"), ReportColumn("category_title", "Категория", weight: 1.4),
            ReportColumn("student", "Ученик", weight: 2), ReportColumn("subjects", "Предметы с «3», «2», н/а", weight: 2.4),
        ])
        let byStudent = Dictionary(grouping: facts.filter { !$0.student.left }) { $0.student.studentID }
        let students = context.sortedByClassAndName(byStudent.values.compactMap(\.first).map(\.student))
        // students are in class order, then by name: a stable pass per category keeps both
        let classes = students.map(\.classID).reduce(into: [ClassID]()) { if $0.last != $1 { $0.append($1) } }
        for classID in classes {
            let ofClass = students.filter { $0.classID == classID }
            for category in Category.allCases {
                for student in ofClass {
                    let marks = byStudent[student.studentID] ?? []
                    guard Category.of(marks.map(\.value)).contains(category) else { continue }
                    let weak = marks.filter { [.mark(1), .mark(2), .mark(3), .notAssessed, .failed].contains($0.value) }
                        .map { "\(context.subjectName($0.subjectID)) \($0.value.text)" }.sorted(by: RussianOrder.areInIncreasingOrder)
                    table.rows.append([.text(context.className(classID)), .text(category.rawValue), .text(category.title),
                                       .text(student.fullName), .text(weak.joined(separator: ", "))])
                }
            }
        }
        return table
    }
}
