import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct DeterminismTests {
    @Test func theSameSeedGivesTheSameSchool() {
        let again = SchoolGenerator(size: .small, seed: 7, start: Fixtures.start).generate()
        #expect(again == Fixtures.small)
    }

    @Test func anotherSeedGivesAnotherSchool() {
        let other = SchoolGenerator(size: .small, seed: 8, start: Fixtures.start).generate()
        #expect(other.students.map(\.fullName) != Fixtures.small.students.map(\.fullName))
        #expect(other.marks != Fixtures.small.marks)
        #expect(other.timetable != Fixtures.small.timetable)
    }

    @Test func moreWeeksKeepTheSamePeopleAndTimetable() {
        let longer = SchoolGenerator(size: .small, seed: 7, start: Fixtures.start, weeks: 6).generate()
        #expect(longer.classes == Fixtures.small.classes)
        #expect(longer.timetable == Fixtures.small.timetable)
        #expect(longer.lessons.count > Fixtures.small.lessons.count)
    }

    @Test func theRandomStreamIsFixedByItsSeed() {
        var random = SeededRandom(seed: 42)
        let first = (0..<4).map { _ in random.next() }
        var again = SeededRandom(seed: 42)
        #expect((0..<4).map { _ in again.next() } == first)
        #expect(SeededRandom.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(SeededRandom.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        var bounded = SeededRandom(seed: 1)
        #expect((0..<1_000).allSatisfy { _ in (0..<7).contains(bounded.below(7)) })
    }
}
