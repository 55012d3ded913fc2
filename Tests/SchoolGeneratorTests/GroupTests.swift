import JournalCore
import Testing
@testable import SchoolGenerator

/// Groups as a real school has them (issue 12): English in two groups from
/// grade 2 and informatics from grade 7, an elective of two classes, clubs.
@Suite struct GroupTests {
    let s = Fixtures.mediumYear

    private var classesByCode: [String: SchoolClass] { Dictionary(uniqueKeysWithValues: s.classes.map { ($0.code, $0) }) }

    @Test func englishFromGradeTwoAndInformaticsFromGradeSevenInTwoGroups() {
        for schoolClass in s.classes {
            let parts = s.groups.filter { $0.kind == .part && $0.classCode == schoolClass.code }
            var expected: [String] = []
            if schoolClass.grade >= 2 { expected += ["eng", "eng"] }
            if schoolClass.grade >= 7 { expected += ["inf", "inf"] }
            #expect(parts.compactMap(\.subjectCode).sorted() == expected.sorted(), "\(schoolClass.name)")
            #expect(parts.allSatisfy { $0.name == "гр. 1" || $0.name == "гр. 2" })
            #expect(parts.allSatisfy { $0.grading == .marks })
        }
        #expect(!s.timetable.contains { $0.groupCode == nil && ($0.subjectCode == "eng" || $0.subjectCode == "inf")
            && (classesByCode[$0.classCode!]!.grade >= 7 || $0.subjectCode == "eng") })
    }

    /// On any day the two groups of a class are disjoint and together are the
    /// whole class: a transferred student changes group with the class.
    @Test func theTwoGroupsSplitTheClass() {
        let roster = Roster(s)
        let dates = stride(from: 0, through: 240, by: 15).map { Fixtures.start.adding(days: $0) }
        var checked = 0
        for group in s.groups where group.kind == .part && group.name == "гр. 1" {
            let other = String(group.code.dropLast()) + "2"
            for date in dates {
                let first = roster.members(of: group.code, on: date), second = roster.members(of: other, on: date)
                let wholeClass = roster.students(of: group.classCode!, on: date)
                #expect(first.isDisjoint(with: second))
                #expect(first.union(second) == wholeClass, "\(group.code) on \(date)")
                #expect(abs(first.count - second.count) <= 3, "\(group.code) on \(date)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The two groups of a class have their lessons at the same time, each with
    /// its own teacher, and a student gets marks only in their own group's.
    @Test func bothGroupsAtOnceEachWithItsTeacher() {
        let parts = Set(s.groups.filter { $0.kind == .part }.map(\.code))
        let groupLessons = s.lessons.filter { lesson in lesson.groupCode.map(parts.contains) ?? false }
        #expect(!groupLessons.isEmpty)
        let bySlot = Dictionary(grouping: groupLessons) { (lesson: Lesson) in
            "\(lesson.classCode!)|\(lesson.subjectCode)|\(lesson.date.dayNumber)|\(lesson.lessonNumber)"
        }
        #expect(bySlot.values.allSatisfy { pair in pair.count == 2 && Set(pair.compactMap(\.groupCode)).count == 2 })
        #expect(bySlot.values.allSatisfy { pair in Set(pair.map(\.teacherLogin)).count == 2 || pair.contains(where: \.cancelled) })
        let roster = Roster(s)
        let lessons = SnapshotIndex(s).lessons
        let marks = s.marks.filter { lessons[$0.lessonCode]!.groupCode != nil }
        #expect(marks.count > 1_000)
        #expect(marks.allSatisfy { roster.isStudent($0.studentCode, of: lessons[$0.lessonCode]!) })
    }

    @Test func anElectiveOfTwoClassesAndClubs() throws {
        let roster = Roster(s)
        let elective = try #require(s.groups.first { $0.kind == .mixed })
        #expect(elective.classCode == nil && elective.grading == .marks)
        let classes = Set(s.groupMembers.filter { $0.groupCode == elective.code }.compactMap { s.classHistory.classCode(of: $0.studentCode, on: $0.from) })
        #expect(classes.count == 2)
        let clubs = s.groups.filter { $0.kind == .extra }
        #expect((2...3).contains(clubs.count))
        #expect(clubs.contains { $0.grading == .none } && clubs.contains { $0.grading == .passFail })
        #expect(clubs.contains { $0.classCode != nil } && clubs.contains { $0.classCode == nil })
        for group in [elective] + clubs {
            let lessons = s.lessons.filter { $0.groupCode == group.code }
            #expect(lessons.count >= 25, "\(group.code)")
            #expect(lessons.allSatisfy { $0.classCode == nil })
            #expect(roster.members(of: group.code, on: Fixtures.start.adding(days: 14)).count >= 5)
        }
        let ungraded = Set(s.lessons.filter { lesson in clubs.contains { $0.code == lesson.groupCode } }.map(\.code))
        #expect(!s.marks.contains { ungraded.contains($0.lessonCode) }, "clubs keep attendance and topics only")
        #expect(s.attendance.contains { ungraded.contains($0.lessonCode) })
        #expect(s.marks.contains { mark in s.lessons[Int(mark.lessonCode)! - 1].groupCode == elective.code })
    }

    /// A club graded «зач/незач» gets only those as final marks; an elective
    /// graded with marks gets marks.
    @Test func groupFinalMarks() throws {
        let chess = try #require(s.groups.first { $0.grading == .passFail })
        let elective = try #require(s.groups.first { $0.kind == .mixed })
        let chessMarks = s.finalMarks.filter { $0.subjectCode == chess.subjectCode }
        #expect(!chessMarks.isEmpty)
        #expect(chessMarks.allSatisfy { $0.value == .passed || $0.value == .failed })
        let electiveMarks = s.finalMarks.filter { $0.subjectCode == elective.subjectCode }
        #expect(!electiveMarks.isEmpty && electiveMarks.allSatisfy { $0.value.numericValue != nil || $0.value == .notAssessed })
        let teacher = s.timetable.first { $0.groupCode == elective.code }!.teacherLogin
        #expect(electiveMarks.allSatisfy { $0.enteredBy == teacher })
    }

    /// A final mark in a subject taught in groups is entered by the teacher of
    /// the student's group.
    @Test func theGroupsTeacherEntersItsFinalMarks() {
        let roster = Roster(s)
        let periods = Dictionary(uniqueKeysWithValues: s.periods.map { ($0.code, $0) })
        var teacherOf: [String: String] = [:]
        for entry in s.timetable { if let group = entry.groupCode { teacherOf[group] = entry.teacherLogin } }
        let english = s.groups.filter { $0.kind == .part && $0.subjectCode == "eng" }
        var checked = 0
        for mark in s.finalMarks where mark.subjectCode == "eng" {
            let end = periods[mark.periodCode]!.end
            let group = english.first { roster.members(of: $0.code, on: end).contains(mark.studentCode) }
            #expect(group.map { teacherOf[$0.code] } == mark.enteredBy, "\(mark)")
            checked += 1
            if checked > 500 { break }
        }
        #expect(checked > 500)
    }
}
