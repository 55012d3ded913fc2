import JournalCore
import Testing
@testable import SchoolGenerator

/// The rules of bundle-format.md and of a real school that no generated entry
/// may break.
@Suite struct JournalRulesTests {
    static let schools = [("small", Fixtures.small), ("medium", Fixtures.mediumYear)]

    @Test(arguments: [0, 1])
    func marksAndAttendanceOnlyForStudentsEnrolledThatDay(_ which: Int) {
        let s = Self.schools[which].1
        let index = SnapshotIndex(s)
        let history = s.classHistory
        for mark in s.marks {
            let lesson = index.lessons[mark.lessonCode]!
            #expect(history.isEnrolled(mark.studentCode, in: lesson.classCode!, on: lesson.date))
        }
        for record in s.attendance {
            let lesson = index.lessons[record.lessonCode]!
            #expect(history.isEnrolled(record.studentCode, in: lesson.classCode!, on: lesson.date))
        }
    }

    @Test func someStudentsArriveAndSomeLeaveDuringTheYear() {
        let s = Fixtures.mediumYear
        #expect(s.enrollments.contains { $0.to != nil })
        #expect(s.enrollments.contains { $0.from > Fixtures.start2024 })
        #expect(s.enrollments.allSatisfy { stay in stay.to.map { stay.from <= $0 } ?? true })
    }

    @Test func noLessonsOnHolidaysOrSundays() {
        let s = Fixtures.mediumYear
        let calendar = AcademicCalendar(firstYear: 2024)
        #expect(s.lessons.allSatisfy { $0.date.weekday != 7 })
        #expect(s.lessons.allSatisfy { !calendar.isHoliday($0.date) })
        let days = Set(s.lessons.map(\.date))
        #expect(!days.contains(SchoolDate(year: 2024, month: 11, day: 4)!))
        #expect(!days.contains(SchoolDate(year: 2025, month: 1, day: 3)!))
        #expect(!days.contains(SchoolDate(year: 2025, month: 3, day: 24)!))
        #expect(days.contains(SchoolDate(year: 2024, month: 11, day: 5)!))
    }

    @Test func saturdaysOnlyForSixDayClasses() {
        #expect(Fixtures.mediumYear.lessons.allSatisfy { $0.date.weekday <= 5 })
        let model = SchoolGenerator(size: .large, seed: 1, start: Fixtures.start2024, weeks: 1).makeModel()
        #expect(model.classes.filter(\.sixDays).allSatisfy { $0.grade >= 5 })
        #expect(model.classes.contains { $0.sixDays })
    }

    @Test(arguments: [0, 1])
    func noTeacherTeachesTwoLessonsAtOnce(_ which: Int) {
        var seen = Set<String>()
        for lesson in Self.schools[which].1.lessons where !lesson.cancelled {
            #expect(seen.insert("\(lesson.teacherLogin)|\(lesson.date.dayNumber)|\(lesson.lessonNumber)").inserted)
        }
    }

    @Test func lessonCodesAreConsecutiveNumbers() {
        #expect(Fixtures.mediumYear.lessons.map(\.code) == (1...Fixtures.mediumYear.lessons.count).map(String.init))
    }

    @Test(arguments: [0, 1])
    func entriesAreMadeAfterTheLessonStarts(_ which: Int) {
        let s = Self.schools[which].1
        let index = SnapshotIndex(s)
        for mark in s.marks { #expect(mark.enteredAt >= index.lessonStart(index.lessons[mark.lessonCode]!)) }
        for record in s.attendance { #expect(record.enteredAt >= index.lessonStart(index.lessons[record.lessonCode]!)) }
        for lesson in s.lessons {
            if let held = lesson.heldAt { #expect(held >= index.lessonStart(lesson)) }
            if let at = lesson.commentAt { #expect(at >= index.lessonStart(lesson) && lesson.comment != nil) }
            if lesson.cancelled { #expect(lesson.topic == nil && lesson.heldAt == nil) }
        }
    }

    @Test func cancelledLessonsHaveNoEntries() {
        let s = Fixtures.mediumYear
        let cancelled = Set(s.lessons.filter(\.cancelled).map(\.code))
        #expect(!cancelled.isEmpty)
        #expect(!s.marks.contains { cancelled.contains($0.lessonCode) })
        #expect(!s.attendance.contains { cancelled.contains($0.lessonCode) })
    }

    @Test func absentStudentsGetNoMarksInThatLesson() {
        let s = Fixtures.mediumYear
        var missed = Set<String>()
        for record in s.attendance where record.code.isMissed { missed.insert(record.lessonCode + "|" + record.studentCode) }
        #expect(!s.marks.contains { missed.contains($0.lessonCode + "|" + $0.studentCode) })
    }

    @Test func firstGradersGetNoMarksAndNoHomework() {
        let s = Fixtures.mediumYear
        let firstGrade = Set(s.classes.filter { $0.grade == 1 }.map(\.code))
        let index = SnapshotIndex(s)
        #expect(!firstGrade.isEmpty)
        #expect(!s.marks.contains { index.lessons[$0.lessonCode]!.classCode.map(firstGrade.contains) ?? false })
        #expect(!s.lessons.contains { ($0.classCode.map(firstGrade.contains) ?? false) && $0.homework != nil })
    }
}
