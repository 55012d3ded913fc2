import JournalCore
import JournalStore
import Testing
@testable import SchoolGenerator

@Suite struct LoadTests {
    /// Every reference resolves (the store refuses otherwise) and the school reads
    /// back as it was generated.
    @Test func aGeneratedSchoolLoadsAndReadsBackUnchanged() throws {
        let s = Fixtures.small
        let db = try AppDatabase.inMemory()
        try db.load(s, options: LoadOptions(demo: true, source: "test"))
        #expect(db.isDemo)
        let back = try db.snapshot(by: .serverOperator)
        #expect(back.school == s.school)
        #expect(back.accounts == s.accounts)
        #expect(back.classes == s.classes)
        #expect(back.students == s.students)
        #expect(back.timetable == s.timetable)
        #expect(back.lessons == s.lessons)
        #expect(back.marks == s.marks)
        #expect(back.attendance == s.attendance)
        #expect(back.signIns == s.signIns)
        #expect(Set(back.guardians) == Set(s.guardians))
        #expect(back.plans.count == s.plans.count)
    }

    /// The same check the store makes on load, in Swift: loading a medium school
    /// in a debug build takes longer than the rest of the suite.
    @Test func everyReferenceOfAWholeYearResolves() {
        let s = Fixtures.mediumYear
        let logins = Set(s.accounts.map(\.login))
        let students = Set(s.students.map(\.code))
        let classes = Set(s.classes.map(\.code))
        let subjects = Set(s.subjects.map(\.code))
        let lessons = Set(s.lessons.map(\.code))
        let periods = Set(s.periods.map(\.code))
        let workTypes = Set(s.workTypes.map(\.code))
        let bells = Set(s.bells.map(\.lessonNumber))
        #expect(s.classes.allSatisfy { $0.homeroomLogin.map(logins.contains) ?? false })
        #expect(s.students.allSatisfy { $0.login.map(logins.contains) ?? true })
        #expect(s.enrollments.allSatisfy { classes.contains($0.classCode) && students.contains($0.studentCode) })
        #expect(s.guardians.allSatisfy { logins.contains($0.parentLogin) && students.contains($0.studentCode) })
        #expect(s.timetable.allSatisfy { ($0.classCode.map(classes.contains) ?? false) && subjects.contains($0.subjectCode)
            && logins.contains($0.teacherLogin) && bells.contains($0.lessonNumber) })
        #expect(s.plans.allSatisfy { ($0.classCode.map(classes.contains) ?? false) && subjects.contains($0.subjectCode) })
        #expect(s.lessons.allSatisfy { ($0.classCode.map(classes.contains) ?? false) && subjects.contains($0.subjectCode)
            && logins.contains($0.teacherLogin) && bells.contains($0.lessonNumber) })
        #expect(s.marks.allSatisfy { lessons.contains($0.lessonCode) && students.contains($0.studentCode)
            && workTypes.contains($0.workTypeCode) && ($0.enteredBy.map(logins.contains) ?? true) })
        #expect(s.attendance.allSatisfy { lessons.contains($0.lessonCode) && students.contains($0.studentCode) })
        #expect(s.finalMarks.allSatisfy { students.contains($0.studentCode) && subjects.contains($0.subjectCode)
            && periods.contains($0.periodCode) })
        #expect(s.signIns.allSatisfy { logins.contains($0.login) })
        let attendanceKeys = s.attendance.map { $0.lessonCode + "|" + $0.studentCode }
        #expect(Set(attendanceKeys).count == attendanceKeys.count)
        let finalKeys = s.finalMarks.map { "\($0.studentCode)|\($0.subjectCode)|\($0.periodCode)" }
        #expect(Set(finalKeys).count == finalKeys.count)
    }

    @Test func identifiersAreUnique() {
        let s = Fixtures.mediumYear
        #expect(Set(s.accounts.map(\.login)).count == s.accounts.count)
        #expect(Set(s.students.map(\.code)).count == s.students.count)
        #expect(Set(s.classes.map(\.code)).count == s.classes.count)
        #expect(Set(s.subjects.map(\.code)).count == s.subjects.count)
        #expect(s.accounts.allSatisfy { $0.login.allSatisfy { $0.isASCII } })
    }
}
