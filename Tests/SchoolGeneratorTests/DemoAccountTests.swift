import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct DemoAccountTests {
    @Test(arguments: [0, 1])
    func oneDemoAccountPerRole(_ which: Int) {
        let s = [Fixtures.small, Fixtures.mediumYear][which]
        let demo = SchoolGenerator.demoAccounts(in: s)
        #expect(demo.map(\.login) == ["admin", "deputy", "teacher", "secretary", "parent", "student"])
        #expect(demo.allSatisfy { $0.password == $0.login && !$0.about.isEmpty })
        let accounts = Dictionary(uniqueKeysWithValues: s.accounts.map { ($0.login, $0) })
        for account in demo {
            let stored = accounts[account.login]!
            #expect(stored.has(account.role) && !stored.disabled && stored.activatedAt != nil)
        }
    }

    @Test func theDemoTeacherParentAndStudentBelongTogether() {
        let s = Fixtures.mediumYear
        let student = s.students.first { $0.login == "student" }!
        let homeroomClass = s.classes.first { $0.homeroomLogin == "teacher" }!
        let stays = s.classHistory.stays(of: student.code)
        #expect(stays.map(\.classCode) == [homeroomClass.code])
        #expect(stays.first?.to == nil)
        #expect(s.guardians.contains(Guardian(parentLogin: "parent", studentCode: student.code)))
        #expect((5...9).contains(homeroomClass.grade))
        #expect(s.timetable.contains { $0.teacherLogin == "teacher" })
        #expect(s.accounts.first { $0.login == "deputy" }!.roles == [.deputy, .teacher])
    }

    /// Whoever tries the demo as the teacher finds a group of their own (an
    /// elective of their class and another one), with the demo student in it.
    @Test(arguments: [0, 1])
    func theDemoTeacherTeachesAGroup(_ which: Int) throws {
        let s = [Fixtures.small, Fixtures.mediumYear][which]
        let groupCodes = Set(s.timetable.filter { $0.teacherLogin == "teacher" }.compactMap(\.groupCode))
        #expect(!groupCodes.isEmpty)
        let elective = try #require(s.groups.first { $0.kind == .mixed })
        #expect(groupCodes.contains(elective.code))
        let homeroomClass = s.classes.first { $0.homeroomLogin == "teacher" }!
        let student = s.students.first { $0.login == "student" }!
        let members = s.groupMembers.filter { $0.groupCode == elective.code }
        #expect(members.contains { $0.studentCode == student.code })
        #expect(members.contains { s.classHistory.latestClass(of: $0.studentCode) == homeroomClass.code })
        #expect(s.lessons.contains { $0.groupCode == elective.code && $0.teacherLogin == "teacher" })
        let about = SchoolGenerator.demoAccounts(in: s).first { $0.login == "teacher" }!.about
        #expect(about.contains("групп: "), "\(about)")
    }

    @Test func theDescriptionsSayWhoIsWho() {
        let demo = SchoolGenerator.demoAccounts(in: Fixtures.mediumYear)
        #expect(demo.first { $0.login == "teacher" }!.about.hasPrefix("классный руководитель"))
        #expect(demo.first { $0.login == "parent" }!.about.hasPrefix("родитель: "))
        #expect(SchoolGenerator.demoAccounts(in: SchoolSnapshot(school: Fixtures.small.school)).isEmpty)
    }
}
