import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct SizeTests {
    private func activeTeachers(_ s: SchoolSnapshot) -> Int {
        s.accounts.filter { $0.has(.teacher) && !$0.disabled }.count
    }

    @Test func smallSchoolIsTheArchitecturesSmall() {
        let s = Fixtures.small
        #expect(s.students.count == 75)
        #expect(s.classes.count == 3)
        #expect(activeTeachers(s) == 8)
        #expect(SchoolGenerator(size: .small, seed: 7, start: Fixtures.start).range.weeks == 4)
        // 3 classes of 23, 30 and 34 hours a week, English (and informatics in
        // grade 10) in two groups, an elective and three clubs: four weeks,
        // about 380 lessons.
        #expect((350...420).contains(s.lessons.count))
    }

    @Test func mediumSchoolIsTheArchitecturesMedium() {
        let s = Fixtures.mediumYear
        #expect(s.students.count == 500)
        #expect(s.classes.count == 20)
        #expect(activeTeachers(s) == 35)
        #expect(SchoolGenerator(size: .medium, seed: 3, start: Fixtures.start).range.weeks == 34)
        // 20 classes × ~28 hours × 34 weeks, plus the second group of English and
        // informatics and the elective and clubs, less public holidays.
        #expect((18_500...21_500).contains(s.lessons.count))
        let marksPerLesson = Double(s.marks.count) / Double(s.lessons.count)
        #expect((3.3...4.5).contains(marksPerLesson))
    }

    /// Large and huge are too slow to generate in a debug test run; their
    /// layout is checked here and their counts in docs/performance.md.
    @Test(arguments: SchoolSize.allCases)
    func layoutMatchesTheSize(_ size: SchoolSize) {
        let model = SchoolGenerator(size: size, seed: 1, start: Fixtures.start, weeks: 1).makeModel()
        #expect(model.classes.count == size.classes)
        #expect(model.body.pupils.count == size.students)
        #expect(model.staff.teachers.count == size.teachers)
        #expect(model.classes.allSatisfy { (1...11).contains($0.grade) })
        #expect(Set(model.classes.map(\.name)).count == size.classes)
        #expect(model.classes.allSatisfy { $0.homeroom >= 0 })
        let demoTeacher = model.classes[model.demo.classIndex].homeroom
        #expect(model.groups.contains { $0.kind == .mixed && $0.teacher == demoTeacher })
        let clubs = model.groups.filter { $0.kind == .extra }
        #expect((2...3).contains(clubs.count))
        #expect(clubs.contains { $0.grading == .none } && clubs.contains { $0.grading == .passFail })
    }

    @Test func weeklyHoursFollowTheCurriculumLimits() {
        for grade in 1...11 {
            for sixDays in [false, true] {
                let total = Curriculum.weeklyTotal(grade: grade, sixDays: sixDays)
                let limit = sixDays ? [21, 26, 26, 26, 32, 33, 35, 36, 36, 37, 37][grade - 1]
                    : [21, 23, 23, 23, 29, 30, 32, 33, 33, 34, 34][grade - 1]
                #expect(total <= limit, "grade \(grade)")
            }
        }
    }
}
