import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// A bulk load inserts each lesson with its entry summary worked out in Swift
/// (`LessonSummaries`); single writes keep it with `LessonStats`' SQL. Both must
/// give every column the same value, on data that hits every edge: entries a
/// second either side of each deadline, cancelled lessons, class-days all
/// cancelled, lessons of groups with and without a class, lessons without entries.
@Suite struct LessonSummariesTests {
    static let columns = ["day_end"] + ["mic", "moc", "att"].flatMap { kind in
        ["n", "first", "last", "ok_noon", "ok_24h", "ok_end"].map { "\(kind)_\($0)" }
    }

    /// TinySchool with two weeks of lessons in two classes and their groups, and
    /// entries scattered around each lesson's deadlines.
    static func school() -> SchoolSnapshot {
        var s = TinySchool.snapshot()
        s.classes.append(SchoolClass(code: "6b", name: "6Б", grade: 6, homeroomLogin: nil))
        s.enrol(Student(code: "s4", fullName: "Волков Иван", login: nil), in: "6b", from: TinySchool.monday)
        s.groups = [TeachingGroup(code: "5a-1", name: "гр. 1", kind: .part, classCode: "5a", subjectCode: "math"),
                    TeachingGroup(code: "club", name: "Кружок", kind: .extra, classCode: nil, subjectCode: nil)]
        s.groupMembers = [GroupMembership(groupCode: "5a-1", studentCode: "s1", from: TinySchool.monday),
                          GroupMembership(groupCode: "club", studentCode: "s4", from: TinySchool.monday)]
        var random = SplitMix(seed: 7)
        var lessons: [Lesson] = []
        for day in 0..<12 {
            let date = TinySchool.monday.adding(days: day)
            for (classCode, groupCode) in [("5a", nil), ("5a", "5a-1"), ("6b", nil), (nil, "club")] as [(String?, String?)] {
                for number in 1...2 where random.next() % 4 != 0 {
                    var lesson = Lesson(code: "g\(lessons.count)", classCode: classCode, groupCode: groupCode,
                                        subjectCode: random.next() % 2 == 0 ? "math" : "rus",
                                        teacherLogin: random.next() % 2 == 0 ? "ivanova" : "petrov", date: date, lessonNumber: number,
                                        topic: random.next() % 2 == 0 ? "Тема" : nil, homework: random.next() % 3 == 0 ? "№ 1" : "  ",
                                        cancelled: random.next() % 5 == 0)
                    let edges = offsets(lesson, &random)
                    if random.next() % 2 == 0 { lesson.heldAt = startOf(lesson).adding(seconds: edges[0]) }
                    if random.next() % 3 == 0 {
                        lesson.comment = random.next() % 4 == 0 ? " " : "Шумно"
                        lesson.commentAt = startOf(lesson).adding(seconds: edges.last!)
                    }
                    lessons.append(lesson)
                }
            }
        }
        s.lessons += lessons
        s.workTypes = WorkType.builtIn
        let inClass = WorkType.builtIn.first { $0.inClass }!.code
        let other = WorkType.builtIn.first { !$0.inClass }!.code
        for lesson in lessons where random.next() % 3 != 0 {
            for (index, offset) in Self.offsets(lesson, &random).enumerated() {
                let time = Self.startOf(lesson).adding(seconds: offset)
                let student = lesson.classCode == "6b" || lesson.groupCode == "club" ? "s4" : "s1"
                s.marks.append(Mark(lessonCode: lesson.code, studentCode: student, value: try! MarkValue(4),
                                    workTypeCode: index % 2 == 0 ? inClass : other, enteredAt: time, enteredBy: nil))
                if index == 0 {
                    s.attendance.append(Attendance(lessonCode: lesson.code, studentCode: student, code: .absent,
                                                   enteredAt: Self.startOf(lesson).adding(seconds: offset + 1), enteredBy: nil))
                }
            }
        }
        return s
    }

    /// Seconds after the lesson's start, a few seconds either side of: the
    /// start, 24 hours later, the next day's noon, an hour after either
    /// lesson's end (the class-day may end with either).
    static func offsets(_ lesson: Lesson, _ random: inout SplitMix) -> [Int] {
        let start = startOf(lesson)
        let noon = SchoolTime(date: lesson.date.adding(days: 1), time: TimeOfDay(text: "12:00")!)
        let ends = ["10:15", "11:10"].map { SchoolTime(date: lesson.date, time: TimeOfDay(text: $0)!) }
        let edges = [0, 86_400, noon.seconds - start.seconds] + ends.map { $0.seconds - start.seconds }
        return (0..<Int(random.next() % 4 + 1)).map { _ in
            edges[Int(random.next() % UInt64(edges.count))] + Int(random.next() % 5) - 2
        }
    }

    static func startOf(_ lesson: Lesson) -> SchoolTime {
        SchoolTime(date: lesson.date, time: TimeOfDay(text: lesson.lessonNumber == 1 ? "08:30" : "09:25")!)
    }

    func summaries(_ db: AppDatabase) throws -> [[DatabaseValue]] {
        try db.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.columns.joined(separator: ", ")) FROM lesson ORDER BY id").map { row in
                Self.columns.map { row[$0] as DatabaseValue }
            }
        }
    }

    @Test func loadedSummariesEqualTheStoresOwnSQL() throws {
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        let school = Self.school()
        try db.load(school, options: LoadOptions(source: "test"))
        let loaded = try summaries(db)
        #expect(loaded.count == school.lessons.count)
        #expect(loaded.contains { $0[0].isNull })
        try db.writer.write { db in
            try LessonStats.refreshDays(db, from: TinySchool.monday, to: TinySchool.monday.adding(days: 20))
        }
        let recomputed = try summaries(db)
        for (index, (a, b)) in zip(loaded, recomputed).enumerated() where a != b {
            Issue.record("lesson \(index + 1): loaded \(a), SQL \(b)")
        }
        #expect(loaded == recomputed)
    }

    func daySums(_ db: AppDatabase) throws -> [Row] {
        try db.writer.read { try Row.fetchAll($0, sql: "SELECT * FROM lesson_day_stats ORDER BY dimension, day, group_id") }
    }

    /// The day sums a bulk load writes are the rows `LessonDayStats.rebuild`
    /// makes from the loaded lessons.
    @Test func loadedDaySumsEqualTheStoresOwnSQL() throws {
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(Self.school(), options: LoadOptions(source: "test"))
        let loaded = try daySums(db)
        #expect(Set(loaded.map { $0["dimension"] as Int }) == [0, 1, 2, 3])
        #expect(loaded.contains { ($0["group_id"] as Int) < 0 })
        #expect(loaded.contains { ($0["held_end"] as Int) > 0 && ($0["comment_noon"] as Int) > 0 })
        try db.writer.write { try LessonDayStats.rebuild($0) }
        let rebuilt = try daySums(db)
        for (a, b) in zip(loaded, rebuilt) where a != b {
            Issue.record("loaded \(a), SQL \(b)")
        }
        #expect(loaded == rebuilt)
    }
}

/// A small deterministic random number generator for test data.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
