import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Two subjects of one name (two groups' mathematics, say) are two rows of the
/// family view, each with its own marks, average and final mark.
@Suite struct FamilySubjectsTests {
    @Test func twoSubjectsOfOneNameAreNotMerged() throws {
        var school = FamilySchool.snapshot()
        school.subjects.append(Subject(code: "math-b", name: "Математика"))
        school.lessons.append(Lesson(code: "74", classCode: "7b", subjectCode: "math-b", teacherLogin: "petrov",
                                     date: TinySchool.monday, lessonNumber: 1))
        let morning = TinySchool.time("2024-09-03T09:00")
        school.marks.append(Mark(lessonCode: "74", studentCode: "s4", value: try MarkValue(2), workTypeCode: "lesson",
                                 enteredAt: morning, enteredBy: "petrov"))
        school.finalMarks.append(FinalMark(studentCode: "s4", subjectCode: "math-b", periodCode: "q1", value: .mark(3),
                                           enteredAt: morning, enteredBy: "petrov"))
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(school, options: LoadOptions(source: "test"))
        let mama = try #require(try db.actingUser(login: "mama"))

        let record = try db.familyRecord(of: StudentID(4), period: PeriodID(1), by: mama)
        #expect(record.subjects.map(\.name) == ["Математика", "Математика", "Русский язык"])
        #expect(record.subjects.map { $0.marks.map(\.value.value) } == [[5, 4], [2], []])
        #expect(record.subjects.map(\.average.text) == ["4.33", "2.00", ""])
        #expect(record.subjects.map(\.finalMark) == [.mark(5), .mark(3), nil])
        #expect(Set(record.subjects.map(\.id)).count == 3)
        #expect(record.finalMarks.subjects.map(\.name) == ["Математика", "Математика"])
        #expect(record.finalMarks.subjects.map { record.finalMarks.value(subject: $0.id, period: PeriodID(1)) } == [.mark(5), .mark(3)])
    }
}
