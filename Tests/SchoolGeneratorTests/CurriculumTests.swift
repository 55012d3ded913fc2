import JournalCore
import Testing
@testable import SchoolGenerator

/// The curriculum (учебный план) is the one the timetable was built from, and
/// the first quarter is closed once the journal has gone past it.
@Suite struct CurriculumTests {
    let s = Fixtures.mediumYear

    @Test func theCurriculumIsTheTimetablesHours() {
        var weekly: [String: Int] = [:]
        for entry in s.timetable { weekly[SchoolSnapshot.courseKey(entry.classCode, entry.groupCode, entry.subjectCode), default: 0] += 1 }
        var curriculum: [String: Int] = [:]
        for row in s.curriculum { curriculum[SchoolSnapshot.courseKey(row.classCode, row.groupCode, row.subjectCode)] = row.hours.hundredths }
        #expect(curriculum == weekly.mapValues { $0 * 100 })
        let parts = Set(s.groups.filter { $0.kind == .part }.map(\.code))
        #expect(s.curriculum.allSatisfy { row in row.groupCode.map { parts.contains($0) == (row.classCode != nil) } ?? true })
    }

    /// Hours × weeks: a week without a holiday holds each course's weekly hours
    /// of lessons, and its plan has hours × the study weeks (33 in the first
    /// grade, 34 in the others: what the КТП check expects).
    @Test func hoursTimesWeeksAreTheLessonsAndThePlans() {
        let monday = SchoolDate(iso: "2026-09-14")!
        var lessons: [String: Int] = [:]
        for lesson in s.lessons where lesson.date >= monday && lesson.date < monday.adding(days: 7) {
            lessons[SchoolSnapshot.courseKey(lesson.classCode, lesson.groupCode, lesson.subjectCode), default: 0] += 1
        }
        var planned: [String: Int] = [:]
        for item in s.plans { planned[SchoolSnapshot.courseKey(item.classCode, item.groupCode, item.subjectCode), default: 0] += item.hours }
        for row in s.curriculum {
            let key = SchoolSnapshot.courseKey(row.classCode, row.groupCode, row.subjectCode)
            #expect(lessons[key] ?? 0 == row.hours.hundredths / 100, "\(key)")
            #expect(planned[key] == row.hours.hundredths * s.studyWeeks(row.classCode, row.groupCode) / 100, "\(key)")
        }
        #expect(lessons.count == s.curriculum.count)
    }

    @Test func theFirstQuarterIsClosedOnceTheJournalGoesPastIt() {
        let locked = { (s: SchoolSnapshot) in Set(s.periods.filter(\.locked).map(\.code)) }
        #expect(locked(s) == ["q1"])
        #expect(locked(Fixtures.small).isEmpty, "September only: the first quarter is under way")
        let november = SchoolGenerator(size: .small, seed: 2, start: SchoolDate(iso: "2026-11-09")!, weeks: 1).generate()
        #expect(locked(november) == ["q1"])
        #expect(november.lessons.allSatisfy { $0.date >= SchoolDate(iso: "2026-11-09")! })
        let asOf = SchoolTime(date: SchoolDate(iso: "2026-12-02")!, time: TimeOfDay(hour: 10, minute: 0)!)
        let today = SchoolGenerator(size: .small, seed: 2, start: Fixtures.start,
                                    weeks: SchoolGenerator.weeksBegun(from: Fixtures.start, through: asOf.date), asOf: asOf)
        #expect(today.generate().periods.first { $0.code == "q1" }!.locked)
    }
}
