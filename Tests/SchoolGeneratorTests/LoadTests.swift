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
        #expect(back.periods == s.periods)
        #expect(back.calendar == s.calendar)
        #expect(back.enrollments == s.enrollments)
        #expect(back.groups == s.groups)
        #expect(back.groupMembers == s.groupMembers)
        #expect(back.curriculum == s.curriculum)
        #expect(back.timetable == s.timetable)
        // The generator leaves due lessons to the default rule, which the load applies (HomeworkDueFill).
        let undue = back.lessons.map { lesson in
            var lesson = lesson
            lesson.homeworkDue = nil
            return lesson
        }
        #expect(undue == s.lessons)
        #expect(back.lessons.contains { $0.homeworkDue != nil })
        #expect(back.lessons.allSatisfy { $0.homeworkDue == nil || $0.homework != nil })
        #expect(back.marks == s.marks)
        #expect(back.attendance == s.attendance)
        #expect(back.signIns == s.signIns)
        #expect(Set(back.guardians) == Set(s.guardians))
        #expect(Set(back.plans) == Set(s.plans))
    }

    /// Readiness reads a school whose electives and clubs have lessons of no
    /// class: schedule_fill counts the classes' own rows (their groups' too),
    /// and the lists name a mixed or extra group's lesson by its group alone.
    @Test func readinessReadsTheGroupsLessons() throws {
        let s = Fixtures.small
        let db = try AppDatabase.inMemory()
        try db.load(s, options: LoadOptions(demo: true, source: "test"))
        var request = ReadinessCountRequest()
        request.timetable = true
        let spans = try db.readinessCounts(request).timetableSpans
        #expect(Set(spans.map(\.classID)).count == s.classes.count)
        let asOf = SchoolTime(date: Fixtures.start.adding(days: 27), time: TimeOfDay(hour: 23, minute: 0)!)
        let lessons = try db.readinessLessons(from: Fixtures.start, to: asOf.date, asOf: asOf, slice: .school,
                                              filter: .withoutEntry(EntryKindSet([])))
        #expect(lessons.contains { $0.classID == nil && $0.groupID != nil } && lessons.contains { $0.classID != nil })
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
        let groups = Dictionary(uniqueKeysWithValues: s.groups.map { ($0.code, $0) })
        // whole class: class only; part group: its class and the group; mixed or extra group: the group only
        let belongs = { (classCode: String?, groupCode: String?) -> Bool in
            guard let groupCode else { return classCode.map(classes.contains) ?? false }
            guard let group = groups[groupCode] else { return false }
            return group.kind == .part ? classCode == group.classCode : classCode == nil
        }
        #expect(s.classes.allSatisfy { $0.homeroomLogin.map(logins.contains) ?? false })
        #expect(s.students.allSatisfy { $0.login.map(logins.contains) ?? true })
        #expect(s.enrollments.allSatisfy { classes.contains($0.classCode) && students.contains($0.studentCode) })
        #expect(s.guardians.allSatisfy { logins.contains($0.parentLogin) && students.contains($0.studentCode) })
        #expect(s.groups.allSatisfy { ($0.classCode.map(classes.contains) ?? ($0.kind != .part))
            && ($0.kind != .mixed || $0.classCode == nil) && ($0.subjectCode.map(subjects.contains) ?? true) })
        #expect(s.groupMembers.allSatisfy { groups[$0.groupCode] != nil && students.contains($0.studentCode) })
        #expect(s.curriculum.allSatisfy { belongs($0.classCode, $0.groupCode) && subjects.contains($0.subjectCode) })
        #expect(s.calendar.allSatisfy { $0.classCode == nil && ($0.kind != .workday || $0.weekday != nil) })
        #expect(s.timetable.allSatisfy { belongs($0.classCode, $0.groupCode) && subjects.contains($0.subjectCode)
            && logins.contains($0.teacherLogin) && bells.contains($0.lessonNumber) })
        #expect(s.plans.allSatisfy { belongs($0.classCode, $0.groupCode) && subjects.contains($0.subjectCode) })
        #expect(s.lessons.allSatisfy { belongs($0.classCode, $0.groupCode) && subjects.contains($0.subjectCode)
            && logins.contains($0.teacherLogin) && bells.contains($0.lessonNumber)
            && ($0.substituteFor.map(logins.contains) ?? true) })
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
        #expect(Set(s.groups.map(\.code)).count == s.groups.count)
        let curriculumKeys = s.curriculum.map { SchoolSnapshot.courseKey($0.classCode, $0.groupCode, $0.subjectCode) }
        #expect(Set(curriculumKeys).count == curriculumKeys.count)
        #expect(s.accounts.allSatisfy { $0.login.allSatisfy { $0.isASCII } })
    }
}
