import Foundation
import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// `JournalSchool` one academic year on: 2024/2025 closed (every period
/// locked), its 5А moved on to a new 6А, and 2025/2026 begun with a quarter
/// and a year of its own; the clock is in the new year's quarter.
enum TwoYearSchool {
    static let lastYear = "2024/2025"
    static let thisYear = "2025/2026"
    static let newYearStart = JournalSchool.wednesday.adding(days: 70)
    static let today = JournalSchool.wednesday.adding(days: 100)

    static func database() throws -> AppDatabase {
        let clock = JournalSchool.clock(JournalSchool.wednesday)
        let db = try JournalSchool.database(clock: clock)
        let admin = try #require(try db.actingUser(login: "admin"))
        _ = try db.closeYear(force: true, by: .user(admin))
        try startNewYear(db)
        clock.advance(seconds: TimeInterval(today.dayNumber - JournalSchool.wednesday.dayNumber) * 86_400)
        return db
    }

    /// What the administrator's reopening of a past year does to it: its
    /// periods unlocked (the real call replaces this once it is on main).
    static func reopenLastYear(_ db: AppDatabase) throws {
        try db.writer.write { db in
            try db.execute(sql: "UPDATE period SET locked = 0 WHERE academic_year = ?", arguments: [lastYear])
        }
    }

    /// What `startNewYear` and the promotion will do, written directly while
    /// they are not on this branch: the one place to swap for the real calls.
    static func startNewYear(_ db: AppDatabase) throws {
        let lastDay = JournalSchool.wednesday.adding(days: 60)
        try db.writer.write { db in
            for (code, name, kind, days) in [("q1-2026", "1 четверть", "quarter", 60), ("year-2026", "Учебный год", "year", 180)] {
                try db.execute(sql: """
                    INSERT INTO period (code, name, kind, start_day, end_day, academic_year) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [code, name, kind, newYearStart, newYearStart.adding(days: days), thisYear])
            }
            try db.execute(sql: "UPDATE school SET academic_year = ?", arguments: [thisYear])
            try db.execute(sql: "INSERT INTO class (code, name, grade, homeroom_id) SELECT '6a', '6А', 6, homeroom_id FROM class WHERE code = '5a'")
            let sixth = db.lastInsertedRowID
            try db.execute(sql: "UPDATE enrollment SET to_day = ? WHERE to_day IS NULL", arguments: [lastDay])
            try db.execute(sql: """
                INSERT INTO enrollment (student_id, class_id, from_day, order_text)
                SELECT student_id, ?, ?, 'приказ № 1, перевод' FROM enrollment WHERE to_day = ?
                """, arguments: [sixth, newYearStart, lastDay])
        }
    }
}
