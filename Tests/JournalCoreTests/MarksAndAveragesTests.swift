import Testing
@testable import JournalCore

@Suite struct MarkValidationTests {
    @Test func marksAreOneToFive() throws {
        for text in ["1", "2", "3", "4", "5", " 5 "] { #expect(throws: Never.self) { try MarkValue(parsing: text) } }
        for text in ["0", "6", "", "5+", "пять", "55", "-1"] {
            #expect(throws: JournalError.invalidMark(text)) { try MarkValue(parsing: text) }
        }
    }

    @Test func errorMessagesNameTheValueInRussian() {
        #expect(JournalError.invalidMark("6").text(in: .ru) == "недопустимая отметка «6»: допустимы 1, 2, 3, 4, 5")
        #expect(JournalError.invalidAttendanceCode("x").text(in: .en).contains("\"x\""))
    }

    @Test func attendanceCodes() throws {
        #expect(try AttendanceCode(parsing: "н") == .absent)
        #expect(try AttendanceCode(parsing: "УП") == .excused)
        #expect(try AttendanceCode(parsing: "оп") == .late)
        #expect(throws: JournalError.invalidAttendanceCode("п")) { try AttendanceCode(parsing: "п") }
    }

    @Test func finalMarks() throws {
        #expect(try FinalMarkValue(parsing: "5") == .mark(5))
        #expect(try FinalMarkValue(parsing: "н/а") == .notAssessed)
        #expect(try FinalMarkValue(parsing: "зач") == .passed)
        #expect(try FinalMarkValue(parsing: "незач") == .failed)
        #expect(try FinalMarkValue(parsing: "осв") == .exempt)
        #expect(throws: JournalError.invalidFinalMark("6")) { try FinalMarkValue(parsing: "6") }
        #expect(FinalMarkValue.notAssessed.text == "н/а")
    }

    @Test func weights() throws {
        #expect(try Weight(parsing: "1").hundredths == 100)
        #expect(try Weight(parsing: "1.5").hundredths == 150)
        #expect(try Weight(parsing: "1,5").hundredths == 150)
        #expect(try Weight(parsing: "0.25").hundredths == 25)
        #expect(try Weight(parsing: "0.25").text == "0.25")
        #expect(try Weight(parsing: "2.50").text == "2.5")
        for bad in ["0", "-1", "", "1.555", "abc", "1.", ".5"] {
            #expect(throws: JournalError.invalidWeight(bad), "\(bad)") { try Weight(parsing: bad) }
        }
    }

    @Test func roles() throws {
        #expect(try Role.parseList("teacher;deputy;teacher") == [.deputy, .teacher])
        #expect(Role.listText([.teacher, .admin]) == "admin;teacher")
        #expect(throws: JournalError.invalidRole("headmaster")) { try Role.parseList("teacher;headmaster") }
    }
}

@Suite struct WeightedAverageTests {
    func average(_ marks: [(Int, Int)]) throws -> WeightedAverage {
        WeightedAverage(try marks.map { (try MarkValue($0.0), try Weight(hundredths: $0.1)) })
    }

    @Test func weightedByWorkType() throws {
        // 5 (weight 1) and 3 (weight 2): (5 + 6) / 3 = 3.666…
        let avg = try average([(5, 100), (3, 200)])
        #expect(avg.text == "3.66")
        #expect(avg.rounded(by: .halfUp) == 4)
    }

    @Test func exactlyHalfRoundsUpByDefault() throws {
        let avg = try average([(4, 100), (5, 100)])   // 4.5
        #expect(avg.text == "4.50")
        #expect(avg.rounded(by: .halfUp) == 5)
    }

    @Test func justBelowHalfRoundsDown() throws {
        // (4·150 + 5·50) / 200 = 850/200 = 4.25; (4·101 + 5·99)/200 = 4.495
        #expect(try average([(4, 101), (5, 99)]).rounded(by: .halfUp) == 4)
        #expect(try average([(4, 101), (5, 99)]).text == "4.49")  // shown cut, never contradicting the rule
        #expect(try average([(4, 150), (5, 50)]).rounded(by: .halfUp) == 4)
    }

    @Test func thresholdIsASetting() throws {
        let strict = try RoundingRule(thresholdHundredths: 60)
        #expect(try average([(4, 100), (5, 100)]).rounded(by: strict) == 4)   // 4.5 < 4.6
        #expect(try average([(4, 200), (5, 300)]).rounded(by: strict) == 5)   // 4.6
        #expect(try RoundingRule(parsing: "0,6") == strict)
        #expect(throws: JournalError.invalidNumber("1.5")) { try RoundingRule(parsing: "1.5") }
    }

    @Test func emptyAverageHasNoValue() {
        let avg = WeightedAverage()
        #expect(avg.value == nil)
        #expect(avg.text == "")
        #expect(avg.rounded(by: .halfUp) == nil)
    }

    @Test func wholeMarksStayWhole() throws {
        #expect(try average([(5, 100), (5, 200)]).rounded(by: .halfUp) == 5)
        #expect(try average([(2, 100)]).rounded(by: .halfUp) == 2)
    }
}

@Suite struct PermissionTests {
    let me = AccountID(1)
    let other = AccountID(2)

    @Test func teacherWritesOnlyOwnLessons() {
        #expect(Permissions.mayWriteLesson(roles: [.teacher], account: me, lessonTeacher: me))
        #expect(!Permissions.mayWriteLesson(roles: [.teacher], account: me, lessonTeacher: other))
    }

    @Test func supervisorsWriteEverything() {
        #expect(Permissions.mayWriteLesson(roles: [.deputy], account: me, lessonTeacher: other))
        #expect(Permissions.mayWriteLesson(roles: [.admin], account: me, lessonTeacher: other))
    }

    @Test func familyAndSecretaryWriteNothing() {
        for role in [Role.parent, .student, .secretary] {
            #expect(!Permissions.mayWriteLesson(roles: [role], account: me, lessonTeacher: me))
            #expect(!Permissions.mayWriteAttendance(roles: [role], account: me, lessonTeacher: me, classHomeroom: me))
            #expect(!Permissions.mayWriteFinalMark(roles: [role], teachesSubjectInClass: true))
        }
    }

    @Test func homeroomCorrectsAttendanceButNotMarks() {
        #expect(Permissions.mayWriteAttendance(roles: [.teacher], account: me, lessonTeacher: other, classHomeroom: me))
        #expect(!Permissions.mayWriteLesson(roles: [.teacher], account: me, lessonTeacher: other))
    }
}
