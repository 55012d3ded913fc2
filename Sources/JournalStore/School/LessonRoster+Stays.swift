import GRDB
import JournalCore

extension LessonRoster {
    /// Every stay that overlaps a window — a student's enrollment in a class,
    /// their membership of a group — held in memory, for the reports that
    /// check the rolls of 10⁵ attendance rows or list the roll of every unit at
    /// once (an index lookup in SQL per row was a third of «Посещаемость»).
    /// The rule is `onRoll`'s: a whole-class lesson's students are those
    /// enrolled in its class on its day, a group lesson's are the group's
    /// members on its day.
    struct Stays {
        /// Whose roll a lesson takes: its class's (no group) or its group's,
        /// as one number.
        struct Audience: Hashable {
            let key: Int

            init(classID: Int?, groupID: Int?) {
                key = groupID.map { $0 * 2 + 1 } ?? (classID ?? 0) * 2
            }

            /// A teaching unit's: its group's, else its class's.
            init(of unit: TeachingUnit) {
                self.init(classID: unit.classID.map { Int($0.rawValue) }, groupID: unit.groupID.map { Int($0.rawValue) })
            }

            var isGroup: Bool { key % 2 == 1 }
        }

        struct Stay {
            var audience: Audience
            var from: Int
            /// `Int.max` while the stay is open.
            var to: Int

            func covers(_ day: Int) -> Bool { from <= day && day <= to }
        }

        /// Student ids by their index here, in the order first read.
        private(set) var studentIDs: [Int] = []
        /// Each student's stays, by the student's index.
        private(set) var ofStudent: [[Stay]] = []
        private var indexOfStudent: [Int: Int] = [:]
        /// Each audience's stays as (student, from, to), by student then start.
        private var ofAudience: [Audience: [(student: Int, from: Int, to: Int)]] = [:]

        /// The stays in the classes and groups of the school that overlap
        /// `from`...`to`.
        init(_ db: Database, from: SchoolDate, to: SchoolDate) throws {
            let arguments: StatementArguments = ["from": from, "to": to]
            for (sql, isGroup) in [
                ("SELECT student_id, class_id, from_day, to_day FROM enrollment e WHERE \(ClassHistorySQL.overlaps("e", from: ":from", to: ":to"))", false),
                ("SELECT student_id, group_id, from_day, to_day FROM group_member gm WHERE \(ClassHistorySQL.overlaps("gm", from: ":from", to: ":to"))", true),
            ] {
                let rows = try ReportRows(db, sql: sql, arguments: arguments)
                while try rows.next() {
                    let owner = rows.int(1)
                    add(student: rows.int(0),
                        Stay(audience: isGroup ? Audience(classID: nil, groupID: owner) : Audience(classID: owner, groupID: nil),
                             from: rows.int(2), to: rows.optionalInt(3) ?? Int.max))
                }
            }
            for audience in ofAudience.keys {
                ofAudience[audience]?.sort { ($0.student, $0.from) < ($1.student, $1.from) }
            }
        }

        private mutating func add(student: Int, _ stay: Stay) {
            let index: Int
            if let known = indexOfStudent[student] {
                index = known
            } else {
                index = studentIDs.count
                indexOfStudent[student] = index
                studentIDs.append(student)
                ofStudent.append([])
            }
            ofStudent[index].append(stay)
            ofAudience[stay.audience, default: []].append((student, stay.from, stay.to))
        }

        /// The index of a student with a stay in the window.
        func index(of student: Int) -> Int? {
            indexOfStudent[student]
        }

        /// Whether the student at `index` is on the roll of `audience` on `day`.
        func isOnRoll(_ index: Int, _ audience: Audience, on day: Int) -> Bool {
            ofStudent[index].contains { $0.audience == audience && $0.covers(day) }
        }

        /// The last day up to `until` that the student at `index` was in a
        /// class (a student on no class's roll in the window has none).
        func lastDayInAClass(_ index: Int, until: Int) -> Int? {
            ofStudent[index].filter { !$0.audience.isGroup }.map { min($0.to, until) }.max()
        }

        /// The students on the roll of `audience` on `day`, each once, by id.
        func roll(_ audience: Audience, on day: Int) -> [Int] {
            var students: [Int] = []
            for stay in ofAudience[audience] ?? [] where stay.from <= day && day <= stay.to && students.last != stay.student {
                students.append(stay.student)
            }
            return students
        }
    }
}
