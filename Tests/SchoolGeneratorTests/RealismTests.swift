import JournalCore
import Testing
@testable import SchoolGenerator

/// The generated journal is not perfect, so that the readiness indicators have
/// something to show: rates in the ranges a school on its way to the paperless
/// journal has.
@Suite struct RealismTests {
    let s = Fixtures.mediumYear
    var held: [Lesson] { s.lessons.filter { !$0.cancelled } }

    @Test func notEveryLessonHasATopicButMostDo() {
        let withTopic = held.filter { $0.topic != nil }.count
        let planned = held.filter { $0.topic != nil || $0.homework != nil }.count
        #expect(withTopic < held.count)
        #expect(Double(planned) / Double(held.count) > 0.85)
        #expect(held.contains { $0.homework != nil } && held.contains { $0.homework == nil && $0.topic != nil })
    }

    @Test func marksAreEnteredDuringTheLessonMostlyButNotAlways() {
        let index = SnapshotIndex(s)
        let inClass = Set(WorkType.builtIn.filter(\.inClass).map(\.code))
        let marks = s.marks.filter { inClass.contains($0.workTypeCode) }
        let during = marks.filter { mark in
            let start = index.lessonStart(index.lessons[mark.lessonCode]!)
            return mark.enteredAt.seconds - start.seconds <= 45 * 60
        }.count
        let share = Double(during) / Double(marks.count)
        #expect((0.45...0.9).contains(share))
        let daysLate = marks.filter { $0.enteredAt.date.dayNumber - index.lessons[$0.lessonCode]!.date.dayNumber >= 2 }.count
        #expect(daysLate > 0)
    }

    @Test func aboutSixPercentOfStudentLessonsHaveAnAttendanceRecord() {
        let roster = Roster(s)
        let places = held.reduce(0) { $0 + roster.students(of: $1).count }
        let share = Double(s.attendance.count) / Double(places)
        #expect((0.04...0.09).contains(share))
        #expect(Set(s.attendance.map(\.code)) == Set(AttendanceCode.allCases))
    }

    /// A substituted lesson names the scheduled teacher it replaced: the
    /// timetable's teacher of its class or group in that slot.
    @Test func aFewLessonsAreSubstitutedAndFewerCancelled() {
        let calendar = AcademicCalendar(firstYear: 2026)
        var scheduled: [String: String] = [:]
        let key = { (c: String?, g: String?, weekday: Int, n: Int) in "\(c ?? "")|\(g ?? "")|\(weekday)|\(n)" }
        for entry in s.timetable { scheduled[key(entry.classCode, entry.groupCode, entry.weekday, entry.lessonNumber)] = entry.teacherLogin }
        for lesson in s.lessons {
            let weekday = calendar.timetableWeekday(of: lesson.date, saturday: true)!
            let planned = scheduled[key(lesson.classCode, lesson.groupCode, weekday, lesson.lessonNumber)]
            #expect(planned == (lesson.substituteFor ?? lesson.teacherLogin), "\(lesson.code)")
            #expect(lesson.substituteFor != lesson.teacherLogin)
        }
        let substituted = held.filter { $0.substituteFor != nil }.count
        let cancelled = s.lessons.count - held.count
        #expect((0.01...0.07).contains(Double(substituted) / Double(s.lessons.count)))
        #expect(cancelled > 0 && Double(cancelled) / Double(s.lessons.count) < 0.015)
    }

    @Test func marksSpreadLikeARealJournal() {
        let counts = Dictionary(grouping: s.marks, by: \.value.value).mapValues(\.count)
        let total = Double(s.marks.count)
        #expect(Double(counts[5] ?? 0) / total > 0.2)
        #expect(Double(counts[4] ?? 0) / total > 0.3)
        #expect((0.02...0.12).contains(Double(counts[2] ?? 0) / total))
        #expect((counts[1] ?? 0) > 0 && Double(counts[1]!) / total < 0.01)
        let types = Set(s.marks.map(\.workTypeCode))
        #expect(types.isSuperset(of: ["lesson", "oral", "homework", "test", "dictation", "independent", "lab"]))
    }

    @Test func familiesAndAccountsAreUneven() {
        let parentsPerStudent = Dictionary(grouping: s.guardians, by: \.studentCode).mapValues(\.count)
        let childrenPerParent = Dictionary(grouping: s.guardians, by: \.parentLogin).mapValues(\.count)
        #expect(s.students.contains { parentsPerStudent[$0.code] == nil })
        #expect(parentsPerStudent.values.contains(1) && parentsPerStudent.values.contains(2))
        #expect(childrenPerParent.values.contains { $0 >= 2 })
        let parents = s.accounts.filter { $0.has(.parent) }
        #expect(parents.contains { $0.activatedAt == nil })
        #expect(parents.filter { $0.activatedAt != nil }.count * 10 > parents.count * 7)
        #expect(s.accounts.contains { $0.disabled })
        let students = s.accounts.filter { $0.has(.student) }
        #expect(!students.isEmpty)
        let withAccount = Set(s.students.compactMap(\.login))
        #expect(s.students.allSatisfy { student in
            student.login == nil || s.classes.first { $0.code == s.classHistory.latestClass(of: student.code) }!.grade >= 5
        })
        #expect(withAccount.count == students.count)
    }

    @Test func teachersAndParentsSignInEveryWeek() {
        let teachers = Set(s.accounts.filter { $0.has(.teacher) }.map(\.login))
        let october = SchoolDate(year: 2026, month: 10, day: 5)!
        let week = s.signIns.filter { $0.at.date >= october && $0.at.date < october.adding(days: 7) }
        let teachersIn = Set(week.map(\.login)).intersection(teachers)
        #expect(teachersIn.count * 10 >= teachers.count * 9)
        let accounts = Dictionary(uniqueKeysWithValues: s.accounts.map { ($0.login, $0) })
        #expect(s.signIns.allSatisfy { signIn in accounts[signIn.login]!.activatedAt.map { $0 <= signIn.at } ?? false })
        #expect(s.signIns.allSatisfy { $0.at >= accounts[$0.login]!.createdAt })
    }
}
