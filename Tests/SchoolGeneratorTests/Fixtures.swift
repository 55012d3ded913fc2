import Foundation
import JournalCore
@testable import SchoolGenerator

/// Schools shared by the tests, generated once per test run.
enum Fixtures {
    /// 1 September 2026, a Tuesday: the year of the issue's holidays (4 November,
    /// 22–23 February with the working Saturday of 20 February, 8 March, 3 and
    /// 10 May) and of the official calendar the generator follows.
    static let start = SchoolDate(year: 2026, month: 9, day: 1)!

    /// The architecture's small school: four weeks of September 2026.
    static let small = SchoolGenerator(size: .small, seed: 7, start: start).generate()

    /// A medium school over a whole year, 34 school weeks: every holiday, three
    /// finished quarters.
    static let mediumYear = SchoolGenerator(size: .medium, seed: 3, start: start).generate()

    static let timeZone = TimeZone(identifier: "Europe/Moscow")!
}

/// Lookups over a snapshot for the assertions.
struct SnapshotIndex {
    let lessons: [String: Lesson]
    let students: [String: Student]
    let classes: [String: SchoolClass]
    let groups: [String: TeachingGroup]

    init(_ s: SchoolSnapshot) {
        lessons = Dictionary(uniqueKeysWithValues: s.lessons.map { ($0.code, $0) })
        students = Dictionary(uniqueKeysWithValues: s.students.map { ($0.code, $0) })
        classes = Dictionary(uniqueKeysWithValues: s.classes.map { ($0.code, $0) })
        groups = Dictionary(uniqueKeysWithValues: s.groups.map { ($0.code, $0) })
    }

    func lessonStart(_ lesson: Lesson) -> SchoolTime {
        SchoolTime(date: lesson.date, time: BellSchedule.bells[lesson.lessonNumber - 1].start)
    }
}

/// Who a lesson's students are on its date, as bundle-format.md says: the
/// members of its group, or for a whole-class lesson the students enrolled in
/// the class.
struct Roster {
    let history: ClassHistory
    private let members: [String: [GroupMembership]]
    private let enrolledByClass: [String: [Enrollment]]
    private let membersByGroup: [String: [GroupMembership]]

    init(_ s: SchoolSnapshot) {
        history = s.classHistory
        members = Dictionary(grouping: s.groupMembers) { $0.groupCode + "|" + $0.studentCode }
        enrolledByClass = Dictionary(grouping: s.enrollments, by: \.classCode)
        membersByGroup = Dictionary(grouping: s.groupMembers, by: \.groupCode)
    }

    func isStudent(_ student: String, of lesson: Lesson) -> Bool {
        if let group = lesson.groupCode {
            return (members[group + "|" + student] ?? []).contains { $0.contains(lesson.date) }
        }
        return history.isEnrolled(student, in: lesson.classCode!, on: lesson.date)
    }

    /// The lesson's students on its date.
    func students(of lesson: Lesson) -> Set<String> {
        if let group = lesson.groupCode {
            return Set((membersByGroup[group] ?? []).filter { $0.contains(lesson.date) }.map(\.studentCode))
        }
        return Set((enrolledByClass[lesson.classCode!] ?? []).filter { $0.contains(lesson.date) }.map(\.studentCode))
    }

    /// Members of a group on a date.
    func members(of group: String, on date: SchoolDate) -> Set<String> {
        Set((membersByGroup[group] ?? []).filter { $0.contains(date) }.map(\.studentCode))
    }

    /// Students of a class on a date.
    func students(of classCode: String, on date: SchoolDate) -> Set<String> {
        Set((enrolledByClass[classCode] ?? []).filter { $0.contains(date) }.map(\.studentCode))
    }
}

extension SchoolSnapshot {
    /// «class|group|subject», the key of a course's timetable rows, plans and curriculum.
    static func courseKey(_ classCode: String?, _ groupCode: String?, _ subject: String) -> String {
        "\(classCode ?? "")|\(groupCode ?? "")|\(subject)"
    }
}

extension SchoolSnapshot {
    /// The weeks the КТП check multiplies a course's weekly hours by: by the
    /// grade of its class, or of its group's class (none for a group of several
    /// classes).
    func studyWeeks(_ classCode: String?, _ groupCode: String?) -> Int {
        let owner = classCode ?? groups.first { $0.code == groupCode }?.classCode
        return StudyWeeks.of(grade: classes.first { $0.code == owner }?.grade)
    }
}
