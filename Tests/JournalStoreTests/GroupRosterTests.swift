import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// A lesson's students are its group's members on its date (or its class's,
/// for a whole-class lesson), wherever they appear: the grid, the roll, the
/// writes, the final marks, the family diary (`LessonRoster`).
@Suite struct GroupRosterTests {
    let db: AppDatabase
    let today = JournalSchool.wednesday
    let ivanova: ActingUser
    let petrov: ActingUser
    let mama: ActingUser
    let english = SubjectID(3)
    let q2 = PeriodID(2)

    init() throws {
        db = try GroupSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday, "12:30"))
        ivanova = try #require(try db.actingUser(login: "ivanova"))
        petrov = try #require(try db.actingUser(login: "petrov"))
        mama = try #require(try db.actingUser(login: "mama"))
    }

    func lesson(_ code: String) -> LessonID { GroupSchool.lessonID(code) }

    @Test func aGroupGridListsExactlyItsMembersAndItsLessons() throws {
        let grid = try db.classGrid(.group(GroupID(1)), subject: english, period: q2, by: ivanova)
        #expect(grid.label.text == "5А · Английский язык · гр. 1")
        #expect(grid.students.map(\.fullName) == GroupSchool.groupMembers["eng1"])
        #expect(grid.lessons.map(\.id) == [lesson("week-ago-eng1"), lesson("today-eng1")])
        #expect(grid.marks[GridCell(lesson: lesson("week-ago-eng1"), student: StudentID(1))]?.map(\.value.value) == [5])
        let second = try db.classGrid(.group(GroupID(2)), subject: english, period: q2, by: petrov)
        #expect(second.students.map(\.fullName) == GroupSchool.groupMembers["eng2"])
        #expect(second.lessons.map(\.id) == [lesson("today-eng2")])
        // Шилов left three days ago, Яковлева came two days ago: their spans close the other days
        let shilov = try #require(second.students.first { $0.fullName.hasPrefix("Шилов") })
        #expect(shilov.spans == [DaySpan(from: today.adding(days: -60), to: today.adding(days: -3))])
        #expect(!shilov.isEnrolled(on: today))
    }

    @Test func theWholeClassGridHasNoGroupLessons() throws {
        let grid = try db.classGrid(.wholeClass(ClassID(1)), subject: english, period: q2, by: ivanova)
        #expect(grid.lessons.isEmpty)
        #expect(grid.students.count == 8)
    }

    @Test func aGroupOfTwoClassesListsBoth() throws {
        let grid = try db.classGrid(.group(GroupID(5)), subject: SubjectID(6), period: q2, by: petrov)
        #expect(grid.label.text == "Финансовая грамотность · Электив 5–6")
        #expect(grid.students.map(\.fullName) == ["Васильев Пётр Андреевич", "Жуков Игорь Олегович"])
        #expect(try db.markingPeriods(of: .group(GroupID(5))).map(\.period.code) == ["q1", "q2", "year"])
    }

    @Test func theRollIsTheGroupsMembersThatDay() throws {
        let sheet = try db.lessonSheet(lesson("today-eng2"), by: petrov)
        #expect(sheet.label.text == "5А · Английский язык · гр. 2")
        #expect(sheet.students.map(\.fullName) == ["Дмитриев Олег Олегович", "Егорова Вера Павловна", "Яковлева Мария Денисовна"])
        #expect(try db.studentsEnrolled(in: lesson("today-eng2")) == [StudentID(5), StudentID(6), StudentID(8)])
        #expect(try db.studentsEnrolled(in: lesson("today-eng1")) == [StudentID(1), StudentID(2), StudentID(3), StudentID(4)])
    }

    @Test func twoGroupsOfAClassInOneSlotBothTakeTheirOwnMarks() throws {
        let mine = try db.lessons(of: ivanova, on: today).filter { $0.lessonNumber == 4 }
        let his = try db.lessons(of: petrov, on: today).filter { $0.lessonNumber == 4 }
        #expect(mine.map(\.label.text) == ["5А · Английский язык · гр. 1"])
        #expect(his.map(\.label.text) == ["5А · Английский язык · гр. 2"])
        #expect(mine.first?.room == "24" && mine.first?.isSubstitution == false)
        try db.addMark(lesson: lesson("today-eng1"), student: StudentID(1), value: try MarkValue(4), by: ivanova)
        try db.addMark(lesson: lesson("today-eng2"), student: StudentID(5), value: try MarkValue(3), by: petrov)
        try db.setAttendance(lesson: lesson("today-eng2"), student: StudentID(6), code: .absent, by: petrov)
        #expect(try db.lessonSheet(lesson("today-eng1"), by: ivanova).marks == [StudentID(1): [try MarkValue(4)]])
        #expect(try db.lessonSheet(lesson("today-eng2"), by: petrov).marks == [StudentID(5): [try MarkValue(3)]])
    }

    /// A Sunday worked on Wednesday's timetable: «Сегодня» finds each lesson's
    /// room and sees no substitution, as on a Wednesday.
    @Test func aWorkingSundayFollowsItsWeekdaysTimetableOnToday() throws {
        let sunday = today.adding(days: 4)
        _ = try db.setCalendarDay(sunday, .workday(weekday: 3), note: "Перенос", by: .serverOperator)
        let worked = try db.lessons(of: ivanova, on: sunday)
        let wednesday = try db.lessons(of: ivanova, on: today.adding(days: 7))
        #expect(worked.map { [$0.lessonNumber, Int($0.room ?? "") ?? 0] } == wednesday.map { [$0.lessonNumber, Int($0.room ?? "") ?? 0] })
        #expect(!worked.isEmpty && worked.allSatisfy { !$0.isSubstitution && $0.room != nil })
    }

    @Test func aStudentOfTheOtherGroupIsRefusedByName() throws {
        #expect(throws: JournalError.studentNotInGroup(student: "Дмитриев Олег Олегович", group: "5А · Английский язык · гр. 1", date: today)) {
            try db.addMark(lesson: lesson("today-eng1"), student: StudentID(5), value: try MarkValue(4), by: ivanova)
        }
        #expect(throws: JournalError.studentNotInGroup(student: "Шилов Максим Юрьевич", group: "5А · Английский язык · гр. 2", date: today)) {
            try db.setAttendance(lesson: lesson("today-eng2"), student: StudentID(7), code: .absent, by: petrov)
        }
        #expect(throws: JournalError.studentNotEnrolled(student: "Жуков Игорь Олегович", date: today)) {
            try db.addMark(lesson: JournalSchool.lessonID("today-1"), student: StudentID(9), value: try MarkValue(4), by: ivanova)
        }
        #expect(try db.auditCount(table: "mark") == 0 && db.auditCount(table: "attendance") == 0)
    }

    @Test func aClubWithoutMarksTakesAttendanceAndTopicsOnly() throws {
        let club = lesson("today-robot")
        #expect(throws: JournalError.groupNotGraded("Робототехника · 5–6 классы")) {
            try db.addMark(lesson: club, student: StudentID(1), value: try MarkValue(5), by: ivanova)
        }
        try db.setAttendance(lesson: club, student: StudentID(9), code: .absent, by: ivanova)
        try db.setTopic(lesson: club, "Сборка робота", by: ivanova)
        let sheet = try db.lessonSheet(club, by: ivanova)
        #expect(sheet.grading == .none)
        #expect(sheet.attendance == [StudentID(9): .absent])
        #expect(sheet.lesson.topic == "Сборка робота")
        #expect(throws: JournalError.groupNotGraded("Робототехника · 5–6 классы")) {
            try db.setFinalMark(student: StudentID(1), subject: SubjectID(4), period: q2, value: .passed, by: ivanova)
        }
    }

    @Test func aPassFailClubTakesOnlyPassOrFailAsItsFinalMark() throws {
        let club = lesson("today-chess")
        #expect(throws: JournalError.passFailOnly("5А · Шахматы · Шахматный клуб")) {
            try db.addMark(lesson: club, student: StudentID(2), value: try MarkValue(5), by: petrov)
        }
        #expect(throws: JournalError.passFailOnly("5А · Шахматы · Шахматный клуб")) {
            try db.setFinalMark(student: StudentID(2), subject: SubjectID(5), period: q2, value: .mark(5), by: petrov)
        }
        try db.setFinalMark(student: StudentID(2), subject: SubjectID(5), period: q2, value: .passed, by: petrov)
        let grid = try db.classGrid(.group(GroupID(4)), subject: SubjectID(5), period: q2, by: petrov)
        #expect(grid.grading == .passFail)
        #expect(grid.finalMarks == [StudentID(2): .passed])
    }

    @Test func finalMarksStayPerStudentAndAreSetByWhoTaughtThem() throws {
        try db.setFinalMark(student: StudentID(1), subject: english, period: q2, value: .mark(5), by: ivanova)
        #expect(throws: JournalError.forbidden(Phrase(ru: "итоговые отметки ставит учитель этого предмета в классе",
                                                      en: "final marks are set by the teacher of the subject in the class"))) {
            try db.setFinalMark(student: StudentID(1), subject: english, period: q2, value: .mark(4), by: petrov)
        }
        try db.setFinalMark(student: StudentID(5), subject: english, period: q2, value: .mark(4), by: petrov)
        #expect(try db.classGrid(.group(GroupID(1)), subject: english, period: q2, by: ivanova).finalMarks == [StudentID(1): .mark(5)])
        #expect(try db.classGrid(.group(GroupID(2)), subject: english, period: q2, by: petrov).finalMarks == [StudentID(5): .mark(4)])
        // the class's grid of the subject shows the same final marks: they are the student's, not the group's
        #expect(try db.classGrid(.wholeClass(ClassID(1)), subject: english, period: q2, by: ivanova).finalMarks
            == [StudentID(1): .mark(5), StudentID(5): .mark(4)])
    }

    @Test func theFamilyDiaryHasTheChildsGroupsOnly() throws {
        let record = try db.familyRecord(of: StudentID(1), period: q2, by: mama)
        #expect(record.subjects.map(\.name) == ["Английский язык", "Математика", "Робототехника", "Русский язык"])
        #expect(record.subjects.first?.marks.map(\.value.value) == [5])
        #expect(record.homework.map(\.text) == ["Упражнение для eng1"])
    }

    @Test func whoMayReadAGroupsGrid() throws {
        // Петров is 5А's homeroom teacher: 5А's groups are open to him
        _ = try db.classGrid(.group(GroupID(1)), subject: english, period: q2, by: petrov)
        // the club of no class: its teacher only
        _ = try db.classGrid(.group(GroupID(3)), subject: SubjectID(4), period: q2, by: ivanova)
        #expect(throws: JournalError.forbidden(Phrase(ru: "журнал этого класса вам недоступен", en: "this class's journal is not yours to read"))) {
            try db.classGrid(.group(GroupID(3)), subject: SubjectID(4), period: q2, by: petrov)
        }
    }

    @Test func theHomeroomTeacherExcusesAbsencesInAGroupsLesson() throws {
        try db.setAttendance(lesson: lesson("today-robot"), student: StudentID(1), code: .absent, by: ivanova)
        try db.setAttendance(lesson: lesson("today-robot"), student: StudentID(1), code: .excused, by: petrov)
        #expect(throws: JournalError.forbidden(Phrase(ru: "это урок другого учителя", en: "this is another teacher's lesson"))) {
            try db.setAttendance(lesson: lesson("today-robot"), student: StudentID(9), code: .excused, by: petrov)
        }
        #expect(try db.lessonSheet(lesson("today-robot"), by: ivanova).attendance == [StudentID(1): .excused])
    }

    @Test func myClassesListsTheGroupsByName() throws {
        #expect(try db.teachingAssignments(of: ivanova).map(\.label.text)
            == ["5А · Математика", "5А · Русский язык", "5А · Английский язык · гр. 1", "Робототехника · 5–6 классы"])
        #expect(try db.teachingAssignments(of: petrov).map(\.label.text)
            == ["5А · Русский язык", "5А · Английский язык · гр. 2", "5А · Шахматы · Шахматный клуб", "Финансовая грамотность · Электив 5–6"])
    }
}
