import Foundation
import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// `JournalSchool` taken through the year's end: 2024/2025 closed (every
/// period locked), its 5А promoted by order into a new 6А, and 2025/2026
/// begun by `startNewYear` (its periods one calendar year on); the clock a
/// hundred days on, when nothing of the old year may change.
enum TwoYearSchool {
    static let lastYear = "2024/2025"
    static let thisYear = "2025/2026"
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

    /// The administrator reopens the past year (audited).
    static func reopenLastYear(_ db: AppDatabase) throws {
        _ = try db.reopenYear(year: lastYear, by: .serverOperator)
    }

    /// The year's end as the secretary does it: 5А promoted by order into a
    /// new 6А, then 2025/2026 begun.
    static func startNewYear(_ db: AppDatabase) throws {
        let secretary = Requester.user(try #require(try db.actingUser(login: "admin")))
        let yearEnd = try db.promotionProposal(by: secretary).yearEnd
        try db.applyPromotion(order: try PromotionOrder(number: "1", date: yearEnd), by: secretary)
        _ = try db.startNewYear(thisYear, by: secretary)
    }
}
