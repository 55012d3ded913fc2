import JournalCore
@testable import SchoolGenerator

/// Schools shared by the tests, generated once per test run.
enum Fixtures {
    static let start2024 = SchoolDate(year: 2024, month: 9, day: 2)!

    /// The architecture's small school: four weeks of September 2024.
    static let small = SchoolGenerator(size: .small, seed: 7, start: start2024).generate()

    /// A medium school over a whole year, 34 school weeks: every holiday, three
    /// finished quarters.
    static let mediumYear = SchoolGenerator(size: .medium, seed: 3, start: start2024).generate()

    static let timeZone = TimeZone(identifier: "Europe/Moscow")!
}

/// Lookups over a snapshot for the assertions.
struct SnapshotIndex {
    let lessons: [String: Lesson]
    let students: [String: Student]
    let classes: [String: SchoolClass]

    init(_ s: SchoolSnapshot) {
        lessons = Dictionary(uniqueKeysWithValues: s.lessons.map { ($0.code, $0) })
        students = Dictionary(uniqueKeysWithValues: s.students.map { ($0.code, $0) })
        classes = Dictionary(uniqueKeysWithValues: s.classes.map { ($0.code, $0) })
    }

    func lessonStart(_ lesson: Lesson) -> SchoolTime {
        SchoolTime(date: lesson.date, time: BellSchedule.bells[lesson.lessonNumber - 1].start)
    }
}

import Foundation
