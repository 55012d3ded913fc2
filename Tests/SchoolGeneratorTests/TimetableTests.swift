import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct TimetableTests {
    /// Both teachers of a subject taught in two groups, and the teachers of the
    /// electives and clubs, count: nobody is in two places at once.
    @Test(arguments: SchoolSize.allCases, [1, 2, 3] as [UInt64])
    func everyHourIsPlacedAndNoTeacherIsDoubleBooked(_ size: SchoolSize, seed: UInt64) {
        let model = SchoolGenerator(size: size, seed: seed, start: Fixtures.start, weeks: 1).makeModel()
        #expect(model.timetable.unplacedHours == 0)
        var seen = Set<Int>()
        let book = { (teacher: Int, weekday: Int, lesson: Int) in
            #expect(seen.insert((teacher * 8 + weekday) * 16 + lesson).inserted, "teacher \(teacher) twice at \(weekday)/\(lesson)")
        }
        for plan in model.classes {
            for weekday in 1...6 {
                let lessons = model.timetable.lessons(classIndex: plan.index, weekday: weekday)
                // lessons 1...n without a gap, as many as the class has that day
                #expect(lessons.count == plan.lessonsPerDay[weekday - 1])
                #expect(lessons.enumerated().allSatisfy { $0.offset + 1 == $0.element.lesson })
                for lesson in lessons {
                    book(lesson.cell.teacher, weekday, lesson.lesson)
                    if lesson.cell.isSplit {
                        #expect(lesson.cell.partner != lesson.cell.teacher)
                        book(lesson.cell.partner, weekday, lesson.lesson)
                    }
                }
            }
        }
        for lesson in model.timetable.groupLessons { book(lesson.teacher, lesson.weekday, lesson.lesson) }
        #expect(model.groups.count >= 3)
        #expect(model.timetable.groupLessons.count == model.groups.count * GroupPlan.perWeek)
    }

    /// Every hour of a class's curriculum is a slot of its timetable; a subject
    /// taught in two groups has a row for each group in the same slot.
    @Test func theTimetableGivesEachClassItsCurriculum() {
        let s = Fixtures.mediumYear
        for schoolClass in s.classes {
            let entries = s.timetable.filter { $0.classCode == schoolClass.code }
            let slots = Set(entries.map { $0.weekday * 10 + $0.lessonNumber })
            let sixDays = entries.contains { $0.weekday == 6 }
            #expect(slots.count == Curriculum.weeklyTotal(grade: schoolClass.grade, sixDays: sixDays))
            for slot in slots {
                let rows = entries.filter { $0.weekday * 10 + $0.lessonNumber == slot }
                #expect(rows.count == 1 || (rows.count == 2 && Set(rows.map(\.teacherLogin)).count == 2
                    && rows.allSatisfy { $0.groupCode != nil && $0.subjectCode == rows[0].subjectCode }))
            }
        }
    }

    @Test func roomsAreNeverDoubleBooked() {
        let s = Fixtures.mediumYear
        var seen = Set<String>()
        for entry in s.timetable {
            #expect(seen.insert("\(entry.room ?? "")|\(entry.weekday)|\(entry.lessonNumber)").inserted)
        }
    }
}
