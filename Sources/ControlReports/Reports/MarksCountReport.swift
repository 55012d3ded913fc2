import JournalCore
import JournalStore

/// «Накопляемость отметок» (reports.md marks-count).
enum MarksCountReport {
    static func tables(_ facts: MarkCountFacts, _ context: ReportContext) -> [ReportTable] {
        var rows = ReportTable(name: "rows", title: "Накопляемость отметок", columns: ReportContext.unitColumns + [
            ReportColumn("hours", "Часов в неделю"), ReportColumn("norm", "Норма"), ReportColumn("students", "Учеников"),
            ReportColumn("marks_0", "0 отметок"), ReportColumn("marks_1", "1 отметка"), ReportColumn("marks_2", "2 отметки"),
            ReportColumn("marks_3_plus", "3 и более"), ReportColumn("below_norm", "Ниже нормы"),
            ReportColumn("percent_0", "% без отметок"), ReportColumn("percent_1", "% с одной"),
            ReportColumn("percent_below_norm", "% ниже нормы"),
        ])
        var below = ReportTable(name: "below_norm", title: "Ученики ниже нормы", columns: ReportContext.unitColumns + [
            ReportColumn("student", "Ученик", weight: 2), ReportColumn("marks", "Отметок"), ReportColumn("norm", "Норма"),
        ])
        let byName = NameRanks(facts.standings.values.map(\.fullName))
        let rankOf = facts.standings.mapValues { byName.rank($0.fullName) }
        // The subjects of a class share its roll: each roll is sorted once.
        var sortedRolls: [MarkCountFacts.Audience: [(id: StudentID, name: String)]] = [:]
        for unit in context.sorted(facts.units) {
            let hours = context.weeklyHours(unit, facts.hours)
            let norm = context.norm(hours)
            let audience = MarkCountFacts.Audience(of: unit)
            let students: [(id: StudentID, name: String)]
            if let sorted = sortedRolls[audience] {
                students = sorted
            } else {
                students = facts.roll(of: unit).map { (id: $0, name: facts.standings[$0]?.fullName ?? "", rank: rankOf[$0] ?? byName.rank("")) }
                    .sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id.rawValue < $1.id.rawValue }
                    .map { (id: $0.id, name: $0.name) }
                sortedRolls[audience] = students
            }
            let cells = context.unitCells(unit)
            let counts = facts.marks(of: students.map(\.id), in: unit)
            let zero = counts.filter { $0 == 0 }.count, one = counts.filter { $0 == 1 }.count
            let belowNorm = counts.filter { $0 < norm }.count
            rows.rows.append(cells + [
                hours.map { .fixed($0.hundredths, places: 2) } ?? .none, .integer(norm), .integer(students.count),
                .integer(zero), .integer(one), .integer(counts.filter { $0 == 2 }.count), .integer(counts.filter { $0 >= 3 }.count),
                .integer(belowNorm), ReportArithmetic.percent(zero, of: students.count),
                ReportArithmetic.percent(one, of: students.count), ReportArithmetic.percent(belowNorm, of: students.count),
            ])
            for (student, count) in zip(students, counts) where count < norm {
                var row = cells   // appended one by one: no array literal to join per row (3,6·10⁴ rows)
                row.reserveCapacity(cells.count + 3)
                row.append(.text(student.name))
                row.append(.integer(count))
                row.append(.integer(norm))
                below.rows.append(row)
            }
        }
        return [rows, below]
    }
}
