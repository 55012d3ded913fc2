import JournalCore
import Testing
@testable import SchoolGenerator

/// `zhurnal generate` without --weeks fills the journal up to now: nothing may
/// be entered, created or signed in after that moment.
@Suite struct AsOfTests {
    /// Wednesday of the third week, 11:00: lessons 1–3 have started.
    static let now = SchoolTime(date: SchoolDate(year: 2026, month: 9, day: 16)!, time: TimeOfDay(hour: 11, minute: 0)!)
    static let school = SchoolGenerator(size: .small, seed: 5, start: Fixtures.start,
                                        weeks: SchoolGenerator.weeksBegun(from: Fixtures.start, through: now.date),
                                        asOf: now).generate()

    @Test func theCurrentWeekIsGeneratedToItsEnd() {
        #expect(Self.school.lessons.map(\.date).max()! > Self.now.date)
        #expect(Self.school.lessons.map(\.date).max()! <= SchoolDate(year: 2026, month: 9, day: 20)!)
    }

    @Test func nothingIsEnteredAfterNow() {
        let s = Self.school
        #expect(s.marks.allSatisfy { $0.enteredAt <= Self.now })
        #expect(s.attendance.allSatisfy { $0.enteredAt <= Self.now })
        #expect(s.lessons.allSatisfy { ($0.heldAt ?? Self.now) <= Self.now && ($0.commentAt ?? Self.now) <= Self.now })
        #expect(s.signIns.allSatisfy { $0.at <= Self.now })
        #expect(s.accounts.allSatisfy { $0.createdAt <= Self.now && ($0.activatedAt ?? Self.now) <= Self.now })
        #expect(s.enrollments.allSatisfy { $0.from <= Self.now.date })
        #expect(s.groupMembers.allSatisfy { $0.from <= Self.now.date })
    }

    @Test func lessonsStillAheadHaveNoEntriesButSomePlannedTopics() {
        let s = Self.school
        let index = SnapshotIndex(s)
        let ahead = s.lessons.filter { index.lessonStart($0) > Self.now }
        #expect(!ahead.isEmpty)
        let aheadCodes = Set(ahead.map(\.code))
        #expect(!s.marks.contains { aheadCodes.contains($0.lessonCode) })
        #expect(ahead.allSatisfy { $0.heldAt == nil && $0.homework == nil })
        #expect(ahead.contains { $0.topic != nil } && ahead.contains { $0.topic == nil })
    }

    @Test func todaysEarlyLessonsAreBeingFilledIn() {
        let today = Self.school.lessons.filter { $0.date == Self.now.date && $0.lessonNumber <= 2 }
        let codes = Set(today.map(\.code))
        #expect(Self.school.marks.contains { codes.contains($0.lessonCode) })
    }
}
