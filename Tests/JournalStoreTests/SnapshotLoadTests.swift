import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

@Suite struct SnapshotLoadTests {
    @Test func loadThenReadGivesTheSameSchool() throws {
        let db = try TinySchool.database()
        let back = try db.snapshot(by: .serverOperator)
        let original = TinySchool.snapshot()
        #expect(back.school == original.school)
        #expect(back.accounts == original.accounts)
        #expect(back.students == original.students)
        #expect(back.lessons == original.lessons)
        #expect(back.marks == original.marks)
        #expect(back.attendance == original.attendance)
        #expect(back.timetable == original.timetable)
        #expect(back.signIns == original.signIns)
        #expect(back.workTypes == WorkType.builtIn)
    }

    @Test func numericLessonCodesBecomeRowIDs() throws {
        let db = try TinySchool.database()
        let ids = try db.writer.read { try Row.fetchAll($0, sql: "SELECT id, code FROM lesson ORDER BY id") }
        #expect(ids.map { $0["id"] as Int64 } == [1, 2])
        #expect(ids.map { $0["code"] as String? } == [nil, "L-rus"])
    }

    @Test func secondLoadWithoutReplaceIsRefusedAndChangesNothing() throws {
        let db = try TinySchool.database()
        #expect(throws: StoreError.notEmpty) {
            try db.load(TinySchool.snapshot(), options: LoadOptions(source: "again"))
        }
        let lessons = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM lesson") }
        #expect(lessons == 2)
    }

    @Test func unresolvedReferenceStopsTheWholeLoad() throws {
        let db = try AppDatabase.inMemory()
        var s = TinySchool.snapshot()
        s.marks.append(Mark(lessonCode: "nope", studentCode: "s1", value: try MarkValue(4), workTypeCode: "lesson",
                            enteredAt: TinySchool.time("2024-09-02T09:00"), enteredBy: nil))
        #expect(throws: JournalError.notFound(Phrase(ru: "урок «nope»", en: "урок \"nope\""))) { try db.load(s, options: LoadOptions(source: "test")) }
        let schools = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM school") }
        #expect(schools == 0)
    }

    @Test func lessonStatsAfterLoadCountEntriesAndDeadlines() throws {
        let db = try TinySchool.database()
        let row = try db.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM lesson WHERE id = 1")! }
        #expect(row["mic_n"] as Int == 1)
        #expect(row["mic_ok_noon"] as Int == 1)
        #expect(row["att_n"] as Int == 1)
        // attendance entered 2024-09-03 12:00:01, one second after the kchr deadline
        #expect(row["att_ok_noon"] as Int == 0)
        #expect(row["att_ok_24h"] as Int == 0)
        #expect(row["day_end"] as SchoolTime == TinySchool.time("2024-09-02T10:10"))
    }
}

@Suite struct LessonStatsTests {
    /// A class-day whose only lesson is cancelled has no day end; its entries
    /// used to make the `*_ok_end` sums NULL and the write fail.
    @Test func cancellingTheOnlyLessonOfADayWithEntriesSucceeds() throws {
        let db = try TinySchool.database()
        var s = TinySchool.snapshot()
        s.lessons[0].cancelled = true
        s.lessons[1].cancelled = true
        let loaded = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try loaded.load(s, options: LoadOptions(source: "test"))
        let row = try loaded.writer.read { try Row.fetchOne($0, sql: "SELECT day_end, mic_ok_end, att_ok_end FROM lesson WHERE id = 1")! }
        #expect(row["day_end"] as SchoolTime? == nil)
        #expect(row["mic_ok_end"] as Int == 0)
        let admin = ActingUser(accountID: AccountID(1), login: "admin", fullName: "Админов Админ", roles: [.admin])
        try db.setCancelled(lesson: LessonID(2), true, by: .user(admin))
        try db.setCancelled(lesson: LessonID(1), true, by: .user(admin))
        let end = try db.writer.read { try Int.fetchOne($0, sql: "SELECT att_ok_end FROM lesson WHERE id = 1") }
        #expect(end == 0)
    }
}

@Suite struct SuspendedIndexTests {
    @Test func everyIndexIsBackAfterALoad() throws {
        let db = try AppDatabase.inMemory()
        let before = try db.writer.read { try String.fetchAll($0, sql: "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name") }
        try db.load(TinySchool.snapshot(), options: LoadOptions(source: "test"))
        try db.load(TinySchool.snapshot(), options: LoadOptions(replace: true, source: "test"))
        let after = try db.writer.read { try String.fetchAll($0, sql: "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name") }
        #expect(after == before)
        #expect(after.contains { $0.contains("mark_lesson") })
    }
}
