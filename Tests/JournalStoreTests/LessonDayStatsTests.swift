import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

@Suite struct LessonDayStatsTests {
    private let admin = ActingUser(accountID: AccountID(1), login: "admin", fullName: "Админов Админ", roles: [.admin])

    private func dayTotals(_ db: AppDatabase) throws -> [Row] {
        try db.writer.read { try Row.fetchAll($0, sql: "SELECT * FROM lesson_day_stats ORDER BY dimension, day, group_id") }
    }

    /// The rows without `latest`, which the triggers only ever raise.
    private func counts(_ rows: [Row]) -> [[String: Int64]] {
        rows.map { row in
            Dictionary(uniqueKeysWithValues: row.columnNames.filter { $0 != "latest" }.map { ($0, row[$0] as Int64) })
        }
    }

    /// What the triggers keep after a run of writes is what a rebuild computes.
    @Test func triggersKeepTheDayTotalsThatARebuildComputes() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: TimeInterval(TinySchool.time("2024-09-02T11:00").seconds - 3 * 3600)))
        let db = try TinySchool.database(clock: clock)
        let mark = try db.addMark(lesson: LessonID(2), student: StudentID(1), value: try MarkValue(3), workType: "test", by: admin)
        try db.setAttendance(lesson: LessonID(2), student: StudentID(2), code: .ill, by: admin)
        try db.setTopic(lesson: LessonID(2), "Причастие", by: admin)
        try db.setComment(lesson: LessonID(1), "Самостоятельная", by: admin)
        try db.setHeld(lesson: LessonID(1), true, by: admin)
        try db.deleteMark(mark, by: admin)
        try db.setCancelled(lesson: LessonID(2), true, by: .user(admin))
        let kept = try dayTotals(db)
        try db.writer.write { try LessonDayStats.rebuild($0) }
        let rebuilt = try dayTotals(db)
        #expect(counts(kept) == counts(rebuilt))
        #expect(zip(kept, rebuilt).allSatisfy { ($0["latest"] as Int) >= ($1["latest"] as Int) })
        // the school's Monday: lesson 1 only (lesson 2 cancelled), planned, with entries, held and commented
        let monday = try #require(kept.first)
        #expect(monday["dimension"] as Int == 0)
        #expect(monday["lessons"] as Int == 1)
        #expect(monday["planned"] as Int == 1)
        #expect(monday["held_n"] as Int == 1)
        #expect(monday["comment_n"] as Int == 1)
        #expect(monday["att_n"] as Int == 1)
        #expect(monday["att_noon"] as Int == 0)      // entered 12:00:01 the next day
    }

    /// A journal kept before the readiness migration gets its day totals when it runs.
    @Test func theMigrationComputesTheDayTotalsOfAnExistingJournal() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v1 school journal")
        // Rows as the v1 code wrote them, lesson summaries included: the
        // loader of today writes a later schema.
        let mark = TinySchool.time("2024-09-02T08:50").seconds, absence = TinySchool.time("2024-09-03T12:00:01").seconds
        let monday = TinySchool.monday.dayNumber, start1 = monday * 86400 + 510 * 60, start2 = monday * 86400 + 565 * 60
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO school (id, name, timezone, academic_year) VALUES (1, 'Школа', 'Europe/Moscow', '2024/2025');
                INSERT INTO subject (id, code, name) VALUES (1, 'math', 'Математика'), (2, 'rus', 'Русский язык');
                INSERT INTO work_type (id, code, name, weight, in_class, position) VALUES (1, 'lesson', 'Работа на уроке', 100, 1, 0);
                INSERT INTO account (id, login, full_name, roles, created_at) VALUES (1, 'ivanova', 'Иванова', 'teacher', 0),
                    (2, 'petrov', 'Петров', 'teacher', 0);
                INSERT INTO class (id, code, name, grade) VALUES (1, '5a', '5А', 5);
                INSERT INTO student (id, code, full_name, class_id, enrolled_from) VALUES (1, 's1', 'Андреев', 1, \(monday)),
                    (2, 's2', 'Борисова', 1, \(monday));
                INSERT INTO lesson (id, class_id, subject_id, teacher_id, day, lesson_number, starts_at, ends_at, topic,
                                    mic_n, mic_first, mic_last, att_n, att_first, att_last)
                    VALUES (1, 1, 1, 1, \(monday), 1, \(start1), \(start1 + 2700), 'Натуральные числа',
                            1, \(mark), \(mark), 1, \(absence), \(absence)),
                           (2, 1, 2, 2, \(monday), 2, \(start2), \(start2 + 2700), NULL, 0, NULL, NULL, 0, NULL, NULL);
                INSERT INTO mark (lesson_id, student_id, value, work_type_id, entered_at, entered_by) VALUES (1, 1, 5, 1, \(mark), 1);
                INSERT INTO attendance (lesson_id, student_id, code, entered_at, entered_by) VALUES (1, 2, 'н', \(absence), 1);
                """)
        }
        try Schema.migrator.migrate(queue)
        let rows = try queue.read { try Row.fetchAll($0, sql: "SELECT * FROM lesson_day_stats WHERE dimension = 0") }
        #expect(rows.count == 1)
        let teachers = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM lesson_day_stats WHERE dimension = 2") }
        #expect(teachers == 2)
        #expect(rows.first?["lessons"] as Int? == 2)
        #expect(rows.first?["mic_n"] as Int? == 1)
        #expect(rows.first?["latest"] as SchoolTime? == TinySchool.time("2024-09-03T12:00:01"))
    }
}
