import GRDB
import JournalCore

/// What «Накопляемость отметок» counts, as the store has it.
public struct MarkCountFacts: Sendable {
    /// A class (no group) or a group: whose roll a unit has, whatever its subject.
    public struct Audience: Hashable, Sendable {
        public var classID: ClassID?
        public var groupID: GroupID?

        public init(of unit: TeachingUnit) {
            classID = unit.classID
            groupID = unit.groupID
        }
    }

    /// Every unit with a non-cancelled lesson in the window.
    public var units: Set<TeachingUnit>
    /// Each audience's students: on its roll on their last day in the window.
    /// Read once per class or group, not once per subject: the subjects of a
    /// class share its roll.
    public var rolls: [Audience: Set<StudentID>]
    /// Marks entered by as of in the unit's non-cancelled lessons of the window.
    var marks: MarkTally
    var unitNumbers: [TeachingUnit: Int]
    public var standings: [StudentID: StudentStanding]
    public var hours: TeachingHours

    public func roll(of unit: TeachingUnit) -> Set<StudentID> {
        rolls[Audience(of: unit)] ?? []
    }

    /// The unit's marks of each of `students`, the unit looked up once.
    public func marks(of students: [StudentID], in unit: TeachingUnit) -> [Int] {
        guard let number = unitNumbers[unit] else { return students.map { _ in 0 } }
        return students.map { marks.count(of: $0.rawValue, inUnit: number) }
    }
}

/// Each unit's marks as its students' ids, one per mark, sorted within the
/// unit: unit `n`'s are `students[starts[n]..<starts[n + 1]]`. Two flat arrays
/// filled by a counting sort (`Buckets`), where a dictionary keyed by unit and
/// student missed the cache on each of the 2·10⁵ marks of a school's quarter.
struct MarkTally {
    private(set) var starts: [Int]
    private(set) var students: [Int64]

    /// One unit number (below `unitCount`) and one student per mark.
    init(units: [Int], students marked: [Int64], unitCount: Int) {
        let byUnit = Buckets(units, count: unitCount)
        var students = byUnit.order.map { marked[$0] }
        for n in 0..<unitCount { students[byUnit.starts[n]..<byUnit.starts[n + 1]].sort() }
        self.starts = byUnit.starts
        self.students = students
    }

    /// How many (unit, student) pairs have a mark.
    var pairCount: Int {
        (0..<starts.count - 1).reduce(0) { total, n in
            let slice = students[starts[n]..<starts[n + 1]]
            return total + slice.indices.filter { $0 == slice.startIndex || slice[$0] != slice[$0 - 1] }.count
        }
    }

    func count(of student: Int64, inUnit unit: Int) -> Int {
        let slice = students[starts[unit]..<starts[unit + 1]]
        return slice.firstIndex(after: student) - slice.firstIndex(notBelow: student)
    }
}

private extension ArraySlice<Int64> {
    /// The first index whose id is ≥ `value` (binary search of a sorted slice).
    func firstIndex(notBelow value: Int64) -> Int { partition { $0 < value } }

    /// The first index whose id is > `value`.
    func firstIndex(after value: Int64) -> Int { partition { $0 <= value } }

    private func partition(_ before: (Int64) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if before(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension AppDatabase {
    /// The marks, the most rows, are read on a second connection meanwhile (`SideRead`).
    public func markCountFacts(_ scope: ReportScope, window: Phrase, by requester: Requester) throws -> MarkCountFacts {
        let report = Phrase(ru: "Накопляемость отметок", en: "Marks count")
        return try read(alongside: { db in try MarkCountSQL.markRuns(db, ReportAccess.scope(db, requester, scope, report: report)) }) { db, marks in
            let scope = try ReportAccess.scope(db, requester, scope, report: report)
            try ReportFactSQL.requireLessons(db, scope, window: window)
            return try MarkCountSQL.facts(db, scope) { try marks.value(db) }
        }
    }
}

enum MarkCountSQL {
    /// `marks` gives the window's marks (`markRuns`), asked for last.
    static func facts(_ db: Database, _ scope: ReportScope, marks: (() throws -> MarkRuns)? = nil) throws -> MarkCountFacts {
        let units = Set(try Row.fetchAll(db, sql: """
            SELECT DISTINCT l.class_id, l.group_id, l.subject_id FROM lesson l
            WHERE l.cancelled = 0 AND l.day BETWEEN :from AND :to AND \(ReportScope.lessonFilter)
            """, arguments: scope.arguments).map(TeachingUnit.init))
        let numbers = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
        let rolls = try rolls(db, scope, of: units)
        let standings = try ReportFactSQL.standings(db, scope)
        let hours = try ReportFactSQL.hours(db, scope)
        let runs = try marks?() ?? markRuns(db, scope)
        return MarkCountFacts(units: units, rolls: rolls, marks: markCounts(runs, numbers: numbers),
                              unitNumbers: numbers, standings: standings, hours: hours)
    }

    /// The roll of each class and group among `units`, on each student's last
    /// day in a class in the window: the stays read once (`LessonRoster.Stays`),
    /// not the roll of each unit's subject again.
    static func rolls(_ db: Database, _ scope: ReportScope,
                      of units: Set<TeachingUnit>) throws -> [MarkCountFacts.Audience: Set<StudentID>] {
        let stays = try LessonRoster.Stays(db, from: scope.from, to: scope.to)
        var onRoll: [LessonRoster.Stays.Audience: Set<StudentID>] = [:]
        for (index, student) in stays.studentIDs.enumerated() {
            guard let last = stays.lastDayInAClass(index, until: scope.to.dayNumber) else { continue }
            for stay in stays.ofStudent[index] where stay.covers(last) { onRoll[stay.audience, default: []].insert(StudentID(Int64(student))) }
        }
        // A group's roll is its members', whatever class its lessons name (the stays' key drops it).
        var rolls: [MarkCountFacts.Audience: Set<StudentID>] = [:]
        for unit in units {
            if let roll = onRoll[LessonRoster.Stays.Audience(of: unit)] { rolls[MarkCountFacts.Audience(of: unit)] = roll }
        }
        return rolls
    }

    /// The window's marks, a lesson's together: each lesson's unit, where its
    /// marks end in `students`, and the students.
    struct MarkRuns: Sendable {
        var units: [TeachingUnit] = []
        var ends: [Int] = []
        var students: [Int64] = []
    }

    /// The marks of the window's non-cancelled lessons (any teacher's),
    /// entered by as of. Tallied in Swift rather than grouped in SQL: a
    /// quarter of the huge school has 2·10⁵ marks, and SQLite's sort of them
    /// costs more than a counting sort.
    static func markRuns(_ db: Database, _ scope: ReportScope) throws -> MarkRuns {
        var runs = MarkRuns()
        let marks = try ReportRows(db, sql: """
            SELECT l.id, l.class_id, l.group_id, l.subject_id, m.student_id FROM lesson l JOIN mark m ON m.lesson_id = l.id
            WHERE l.cancelled = 0 AND l.day BETWEEN :from AND :to
              AND (:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp) AND (:subject IS NULL OR l.subject_id = :subject)
              AND m.entered_at <= :asOf
            """, arguments: scope.arguments)
        // A lesson's marks come one after another: its unit is read once, not per mark.
        var lastLesson: Int?
        while try marks.next() {
            let lesson = marks.int(0)
            if lesson != lastLesson {
                if lastLesson != nil { runs.ends.append(runs.students.count) }
                lastLesson = lesson
                runs.units.append(marks.unit(at: 1))
            }
            runs.students.append(Int64(marks.int(4)))
        }
        if lastLesson != nil { runs.ends.append(runs.students.count) }
        return runs
    }

    /// Each unit's marks, by the units' numbers; a lesson's unit looked up once.
    static func markCounts(_ runs: MarkRuns, numbers: [TeachingUnit: Int]) -> MarkTally {
        var units: [Int] = [], students: [Int64] = []
        units.reserveCapacity(runs.students.count)
        students.reserveCapacity(runs.students.count)
        var start = 0
        for (unit, end) in zip(runs.units, runs.ends) {
            if let number = numbers[unit] {
                units.append(contentsOf: repeatElement(number, count: end - start))
                students.append(contentsOf: runs.students[start..<end])
            }
            start = end
        }
        return MarkTally(units: units, students: students, unitCount: numbers.count)
    }
}
