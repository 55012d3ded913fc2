import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct FinalMarkTests {
    let s = Fixtures.mediumYear

    private func grade(ofStudent code: String) -> Int {
        let classCode = s.classHistory.latestClass(of: code)!
        return s.classes.first { $0.code == classCode }!.grade
    }

    @Test func finishedQuartersAndTheFirstHalfHaveFinalMarks() {
        let periods = Set(s.finalMarks.map(\.periodCode))
        // 34 weeks end in May, before the fourth quarter and the year end.
        #expect(periods == ["q1", "q2", "q3", "h1"])
        #expect(Fixtures.small.finalMarks.isEmpty)
    }

    @Test func quartersForGradesTwoToNineHalvesForTenAndEleven() {
        let history = s.classHistory
        let grades = Dictionary(uniqueKeysWithValues: s.students.map { student in
            (student.code, s.classes.first { $0.code == history.latestClass(of: student.code) }!.grade)
        })
        for mark in s.finalMarks {
            let grade = grades[mark.studentCode]!
            #expect(grade >= 2)
            #expect(mark.periodCode.hasPrefix("q") ? grade <= 9 : grade >= 10)
        }
    }

    @Test func finalMarksFollowTheAverage() {
        let values = s.finalMarks.map(\.value)
        #expect(values.contains(.exempt) && values.contains(.passed))
        let numeric = values.compactMap(\.numericValue)
        #expect(numeric.count * 10 > values.count * 9)
        #expect(Set(numeric).isSuperset(of: [3, 4, 5]))
        let periods = Dictionary(uniqueKeysWithValues: s.periods.map { ($0.code, $0) })
        for mark in s.finalMarks {
            let period = periods[mark.periodCode]!
            #expect(mark.enteredAt.date <= period.end && mark.enteredAt.date >= period.end.adding(days: -4))
        }
    }
}
