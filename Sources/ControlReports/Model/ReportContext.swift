import JournalCore
import JournalStore

/// What every report's arithmetic reads besides its facts: the names behind
/// ids, the scope and the school's settings.
public struct ReportContext: Sendable {
    public var names: ReportNames
    public var scope: ReportScope
    public var settings: SchoolSettings

    public init(names: ReportNames, scope: ReportScope, settings: SchoolSettings) {
        self.names = names
        self.scope = scope
        self.settings = settings
    }

    func className(_ id: ClassID?) -> String { id.flatMap { names.classes[$0]?.name } ?? "" }
    func groupName(_ id: GroupID?) -> String { id.flatMap { names.groups[$0]?.name } ?? "" }
    func subjectName(_ id: SubjectID) -> String { names.subjects[id]?.name ?? "" }
    func accountName(_ id: AccountID?) -> String { id.flatMap { names.accounts[$0]?.name } ?? "" }
    func login(_ id: AccountID?) -> String { id.flatMap { names.accounts[$0]?.code } ?? "" }

    /// Classes by grade then name; a group of no class after every class.
    func classOrder(_ id: ClassID?) -> (Int, String) {
        guard let id, let named = names.classes[id] else { return (Int.max, "") }
        return (named.order, named.name)
    }

    /// Units in the order of the journal: class, whole class before its
    /// groups, group name, subject name.
    func sorted(_ units: some Sequence<TeachingUnit>) -> [TeachingUnit] {
        let units = Array(units)
        let classNames = NameRanks(units.map { classOrder($0.classID).1 })
        let groupNames = NameRanks(units.map { groupName($0.groupID) })
        let subjectNames = NameRanks(units.map { subjectName($0.subjectID) })
        // Each unit's key made once: comparing Cyrillic names inside the sort
        // cost more than the sort (3·10³ units in a school-wide report).
        return units.map { unit in
            let order = classOrder(unit.classID)
            return (unit: unit, key: (order.0, classNames.rank(order.1), groupNames.rank(groupName(unit.groupID)),
                                      subjectNames.rank(subjectName(unit.subjectID))))
        }
        .sorted { $0.key < $1.key }
        .map(\.unit)
    }

    /// Students by their class (grade, name), then by name.
    func sortedByClassAndName(_ students: [StudentStanding]) -> [StudentStanding] {
        let byName = NameRanks(students.map(\.fullName))
        let byClass = NameRanks(students.map { classOrder($0.classID).1 })
        var classRank: [ClassID: (Int, Int)] = [:]
        for student in students where classRank[student.classID] == nil {
            let order = classOrder(student.classID)
            classRank[student.classID] = (order.0, byClass.rank(order.1))
        }
        // Ranks looked up once per student: hashing a Cyrillic name costs more than the sort.
        return students.map { (student: $0, grade: classRank[$0.classID]?.0 ?? Int.max, name: classRank[$0.classID]?.1 ?? Int.max,
                               rank: byName.rank($0.fullName)) }
            .sorted { a, b in
                if a.grade != b.grade { return a.grade < b.grade }
                if a.name != b.name { return a.name < b.name }
                return a.rank < b.rank
            }.map(\.student)
    }

    /// The unit's three naming columns.
    func unitCells(_ unit: TeachingUnit) -> [ReportValue] {
        [.text(className(unit.classID)), .text(groupName(unit.groupID)), .text(subjectName(unit.subjectID))]
    }

    static let unitColumns = [ReportColumn("class", "Класс", weight: 0.7), ReportColumn("group", "Группа", weight: 1.2),
                              ReportColumn("subject", "Предмет", weight: 1.6)]

    /// Hours a week of a unit (reports.md, the norm): its curriculum row, else
    /// its class's row for a part group, else its weekly timetable slots in
    /// the window; nil when none of them has it.
    func weeklyHours(_ unit: TeachingUnit, _ hours: TeachingHours) -> WeeklyHours? {
        if let own = hours.curriculum[unit] { return own }
        if unit.groupID != nil, unit.classID != nil,
           let classRow = hours.curriculum[TeachingUnit(classID: unit.classID, groupID: nil, subjectID: unit.subjectID)] {
            return classRow
        }
        return hours.timetableSlots[unit].map { WeeklyHours(hundredths: $0 * 100) }
    }

    /// Marks a period asks for at `hours` a week: ≤ 2 hours the low norm,
    /// otherwise the high one; a unit without hours anywhere has the low norm.
    func norm(_ hours: WeeklyHours?) -> Int {
        (hours?.hundredths ?? 0) <= 200 ? settings.marksNormLow : settings.marksNormHigh
    }

    /// `2024-09` → «сентябрь 2024».
    static func monthTitle(_ month: String) -> String {
        let parts = month.split(separator: "-")
        let names = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
        guard parts.count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return month }
        return "\(names[m - 1]) \(parts[0])"
    }
}
