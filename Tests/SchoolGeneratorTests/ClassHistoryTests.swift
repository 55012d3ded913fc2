import JournalCore
import Testing
@testable import SchoolGenerator

/// Students arrive, leave and move to a parallel class by the director's order.
@Suite struct ClassHistoryTests {
    let s = Fixtures.mediumYear

    @Test func aFewStudentsMoveToAParallelClass() throws {
        let history = s.classHistory
        let grades = Dictionary(uniqueKeysWithValues: s.classes.map { ($0.code, $0.grade) })
        let moved = s.students.map { history.stays(of: $0.code) }.filter { $0.count > 1 }
        #expect((2...6).contains(moved.count))
        for stays in moved {
            #expect(stays.count == 2)
            #expect(stays[0].classCode != stays[1].classCode && grades[stays[0].classCode] == grades[stays[1].classCode])
            let end = try #require(stays[0].to)
            #expect(end.adding(days: 1) == stays[1].from, "stays follow each other without a gap or an overlap")
            #expect(stays[0].order == stays[1].order, "both stays name the transfer order")
        }
    }

    /// Every stay names an order «№ N от ДД.ММ.ГГГГ», dated no later than the
    /// change it made, numbered on through the year.
    @Test func everyStayNamesItsOrder() throws {
        let pattern = /№ (\d+) от (\d\d)\.(\d\d)\.(\d{4})/
        var byDate: [(SchoolDate, Int)] = []
        for stay in s.enrollments {
            let order = try #require(stay.order)
            let match = try #require(order.wholeMatch(of: pattern), "\(order)")
            let date = try #require(SchoolDate(year: Int(match.4)!, month: Int(match.3)!, day: Int(match.2)!))
            // the order that began the stay, or ended it (the day after its last one)
            #expect(date <= max(stay.from, stay.to?.adding(days: 1) ?? stay.from))
            #expect(date.weekday <= 5)
            byDate.append((date, Int(match.1)!))
        }
        let sorted = Set(byDate.map { "\($0.0.dayNumber)|\($0.1)" }).map { $0.split(separator: "|").map { Int($0)! } }.sorted { $0[0] < $1[0] }
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0[1] < $1[1] || $0[0] == $1[0] })
        #expect(Set(byDate.map(\.1)).count > 10)
    }

    @Test func noStudentsStaysOverlap() {
        let history = s.classHistory
        for student in s.students {
            let stays = history.stays(of: student.code)
            #expect(!stays.isEmpty)
            for (a, b) in zip(stays, stays.dropFirst()) { #expect(a.to.map { $0 < b.from } ?? false) }
        }
    }

    /// A transferred student's marks are in the old class's lessons before the
    /// move and in the new class's after it.
    @Test func marksFollowTheStudentsClass() {
        let history = s.classHistory
        let lessons = SnapshotIndex(s).lessons
        let moved = Set(s.students.filter { history.stays(of: $0.code).count > 1 }.map(\.code))
        var seen = Set<String>()
        for mark in s.marks where moved.contains(mark.studentCode) {
            let lesson = lessons[mark.lessonCode]!
            guard let classCode = lesson.classCode else { continue }
            #expect(history.classCode(of: mark.studentCode, on: lesson.date) == classCode)
            seen.insert(mark.studentCode + "|" + classCode)
        }
        #expect(seen.count > moved.count, "marks in both classes")
    }
}
