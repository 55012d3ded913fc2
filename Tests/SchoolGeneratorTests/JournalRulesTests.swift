import Foundation
import JournalCore
import Testing
@testable import SchoolGenerator

/// The rules of bundle-format.md and of a real school that no generated entry
/// may break.
@Suite struct JournalRulesTests {
    static let schools = [("small", Fixtures.small), ("medium", Fixtures.mediumYear)]

    /// A mark or attendance row only for a student of the lesson on its date:
    /// a member of its group, or enrolled in its class for a whole-class lesson.
    @Test(arguments: [0, 1])
    func marksAndAttendanceOnlyForTheLessonsStudentsThatDay(_ which: Int) {
        let s = Self.schools[which].1
        let index = SnapshotIndex(s)
        let roster = Roster(s)
        for mark in s.marks {
            let lesson = index.lessons[mark.lessonCode]!
            #expect(roster.isStudent(mark.studentCode, of: lesson), "\(mark.studentCode) in \(lesson.code)")
        }
        for record in s.attendance {
            let lesson = index.lessons[record.lessonCode]!
            #expect(roster.isStudent(record.studentCode, of: lesson), "\(record.studentCode) in \(lesson.code)")
        }
    }

    @Test func someStudentsArriveAndSomeLeaveDuringTheYear() {
        let s = Fixtures.mediumYear
        let history = s.classHistory
        #expect(s.students.contains { history.stays(of: $0.code).last!.to != nil })
        #expect(s.students.contains { history.stays(of: $0.code).first!.from > Fixtures.start })
        #expect(s.enrollments.allSatisfy { stay in stay.to.map { stay.from <= $0 } ?? true })
    }

    /// No lesson on a Sunday, between quarters or on an official holiday; the
    /// working Saturday of 20 February 2027 follows Monday's timetable.
    @Test func noLessonsOnHolidaysOrSundays() {
        let s = Fixtures.mediumYear
        let calendar = AcademicCalendar(firstYear: 2026)
        #expect(s.lessons.allSatisfy { $0.date.weekday != 7 })
        #expect(s.lessons.allSatisfy { !calendar.isHoliday($0.date) })
        let days = Set(s.lessons.map(\.date))
        let holidays = OfficialCalendar.days(from: calendar.yearStart, to: calendar.yearEnd).filter { $0.kind == .holiday }
        #expect(holidays.count >= 10)
        #expect(holidays.allSatisfy { !days.contains($0.date) })
        for day in ["2026-11-04", "2027-01-04", "2027-02-22", "2027-02-23", "2027-03-08", "2027-03-22", "2027-05-03", "2027-05-10"] {
            #expect(!days.contains(SchoolDate(iso: day)!), "\(day)")
        }
        #expect(days.contains(SchoolDate(iso: "2026-11-05")!))
    }

    @Test func theWorkingSaturdayFollowsMondaysTimetable() {
        let s = Fixtures.mediumYear
        let saturday = SchoolDate(iso: "2027-02-20")!
        let onSaturday = s.lessons.filter { $0.date == saturday }
        let monday = s.timetable.filter { $0.weekday == 1 }
        #expect(onSaturday.count == monday.count)
        let key = { (c: String?, g: String?, n: Int, subject: String) in "\(c ?? "")|\(g ?? "")|\(n)|\(subject)" }
        #expect(Set(onSaturday.map { key($0.classCode, $0.groupCode, $0.lessonNumber, $0.subjectCode) })
                == Set(monday.map { key($0.classCode, $0.groupCode, $0.lessonNumber, $0.subjectCode) }))
        #expect(!s.lessons.contains { $0.date == saturday.adding(days: 7) })
    }

    @Test func saturdaysOnlyForSixDayClassesAndTheWorkingSaturday() {
        let workday = SchoolDate(iso: "2027-02-20")!
        #expect(Fixtures.mediumYear.lessons.allSatisfy { $0.date.weekday <= 5 || $0.date == workday })
        let model = SchoolGenerator(size: .large, seed: 1, start: Fixtures.start, weeks: 1).makeModel()
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

    /// Nobody has two lessons at once: the two groups of a class share a slot,
    /// but a student is in one of them; an elective or a club meets after its
    /// members' lessons.
    @Test(arguments: [0, 1])
    func noStudentHasTwoLessonsAtOnce(_ which: Int) {
        let s = Self.schools[which].1
        let roster = Roster(s)
        var seen = Set<String>()
        for lesson in s.lessons where lesson.date.weekday == 3 && lesson.date.weekIndex % 5 == 0 {
            for student in roster.students(of: lesson) {
                #expect(seen.insert("\(student)|\(lesson.date.dayNumber)|\(lesson.lessonNumber)").inserted,
                        "\(student) twice at \(lesson.date) \(lesson.lessonNumber)")
            }
        }
        #expect(!seen.isEmpty)
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

    @Test func cancelledLessonsHaveNoEntriesAndAReason() {
        let s = Fixtures.mediumYear
        let cancelled = Set(s.lessons.filter(\.cancelled).map(\.code))
        #expect(!cancelled.isEmpty)
        #expect(!s.marks.contains { cancelled.contains($0.lessonCode) })
        #expect(!s.attendance.contains { cancelled.contains($0.lessonCode) })
        #expect(s.lessons.allSatisfy { $0.cancelled == ($0.cancelReason != nil) })
        #expect(s.lessons.allSatisfy { !$0.cancelled || $0.substituteFor == nil })
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
