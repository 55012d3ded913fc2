import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct TimetableTests {
    @Test(arguments: SchoolSize.allCases, [1, 2, 3] as [UInt64])
    func everyHourIsPlacedAndNoTeacherIsDoubleBooked(_ size: SchoolSize, seed: UInt64) {
        let model = SchoolGenerator(size: size, seed: seed, start: Fixtures.start2024, weeks: 1).makeModel()
        #expect(model.timetable.unplacedHours == 0)
        var seen = Set<Int>()
        for plan in model.classes {
            for weekday in 1...6 {
                let lessons = model.timetable.lessons(classIndex: plan.index, weekday: weekday)
                // lessons 1...n without a gap, as many as the class has that day
                #expect(lessons.count == plan.lessonsPerDay[weekday - 1])
                #expect(lessons.enumerated().allSatisfy { $0.offset + 1 == $0.element.lesson })
                for lesson in lessons {
                    let key = (lesson.cell.teacher * 8 + weekday) * 16 + lesson.lesson
                    #expect(seen.insert(key).inserted, "teacher \(lesson.cell.teacher) twice at \(weekday)/\(lesson.lesson)")
                }
            }
        }
    }

    @Test func theTimetableGivesEachClassItsCurriculum() {
        let s = Fixtures.mediumYear
        for schoolClass in s.classes {
            let entries = s.timetable.filter { $0.classCode == schoolClass.code }
            let sixDays = entries.contains { $0.weekday == 6 }
            #expect(entries.count == Curriculum.weeklyTotal(grade: schoolClass.grade, sixDays: sixDays))
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
