import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

@Suite struct AuditChainTests {
    func databaseWithChanges() throws -> AppDatabase {
        let db = try TinySchool.database()
        let ivanova = try db.actingUser(login: "ivanova")!
        for value in [5, 4, 3] {
            try db.addMark(lesson: LessonID(1), student: StudentID(2), value: try MarkValue(value), by: ivanova)
        }
        try db.setTopic(lesson: LessonID(1), "Дроби", by: ivanova)
        return db
    }

    @Test func untouchedChainVerifies() throws {
        let db = try databaseWithChanges()
        let head = try db.auditHead()
        #expect(head.rows == 5)   // load + 3 marks + topic
        #expect(try db.verifyAuditLog() == .intact(head: head))
        #expect(try db.verifyAuditLog(expecting: head) == .intact(head: head))
    }

    /// Removing the last rows leaves a sound, shorter chain: only a head
    /// recorded before shows it.
    @Test func removedLastRowsAreCaughtByARecordedHead() throws {
        let db = try databaseWithChanges()
        let recorded = try db.auditHead()
        try db.writer.write { try $0.execute(sql: "DELETE FROM audit WHERE id >= 4") }
        let cut = try db.auditHead()
        #expect(cut.rows == 3)
        #expect(try db.verifyAuditLog() == .intact(head: cut))   // the chain alone cannot tell
        #expect(try db.verifyAuditLog(expecting: recorded) == .truncated(head: cut, expected: recorded))
    }

    @Test func aHeadRecordedEarlierStillMatchesAfterMoreChanges() throws {
        let db = try databaseWithChanges()
        let recorded = try db.auditHead()
        try db.setHomework(lesson: LessonID(1), "№ 5", by: try db.actingUser(login: "ivanova")!)
        let now = try db.auditHead()
        #expect(now.rows == recorded.rows + 1)
        #expect(try db.verifyAuditLog(expecting: recorded) == .intact(head: now))
        #expect(try db.verifyAuditLog(expecting: AuditHead(rows: 0, hash: AuditChain.genesis)) == .intact(head: now))
    }

    @Test func aRewrittenChainDivergesFromARecordedHead() throws {
        let db = try databaseWithChanges()
        let recorded = try db.auditHead()
        // a forger rewrites the last row and recomputes its hash: the chain is sound again
        try db.writer.write { db in
            try db.execute(sql: "UPDATE audit SET new_value = '{\"topic\":\"Иное\"}' WHERE id = 5")
            let row = try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE id = 5")!
            try db.execute(sql: "UPDATE audit SET hash = ? WHERE id = 5",
                           arguments: [AuditChain.hash(AuditFields(row: row), previous: row["prev_hash"])])
        }
        let rewritten = try db.auditHead()
        #expect(try db.verifyAuditLog() == .intact(head: rewritten))
        #expect(try db.verifyAuditLog(expecting: recorded) == .diverged(head: rewritten, expected: recorded))
    }

    @Test func headsAreReadAndWrittenAsNumberColonHash() throws {
        let head = AuditHead(rows: 12, hash: String(repeating: "ab", count: 32))
        #expect(AuditHead(parsing: head.description) == head)
        #expect(AuditHead(parsing: " 12:" + String(repeating: "AB", count: 32)) == head)
        for bad in ["", "12", "x:" + head.hash, "-1:" + head.hash, "12:abc", "12:" + String(repeating: "zz", count: 32)] {
            #expect(AuditHead(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func editedValueBreaksTheChainAtThatRow() throws {
        let db = try databaseWithChanges()
        try db.writer.write { try $0.execute(sql: #"UPDATE audit SET new_value = replace(new_value, '"3"', '"5"') WHERE id = 4"#) }
        #expect(try db.verifyAuditLog() == .broken(rowID: 4, rowsChecked: 3))
    }

    @Test func deletedRowBreaksTheChain() throws {
        let db = try databaseWithChanges()
        try db.writer.write { try $0.execute(sql: "DELETE FROM audit WHERE id = 3") }
        #expect(try db.verifyAuditLog() == .broken(rowID: 4, rowsChecked: 2))
    }

    @Test func rehashedRowStillBreaksAtTheNextOne() throws {
        // a forger who recomputes the edited row's own hash is caught by the next row's prev_hash
        let db = try databaseWithChanges()
        try db.writer.write { db in
            try db.execute(sql: "UPDATE audit SET actor_id = NULL WHERE id = 2")
            let row = try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE id = 2")!
            let rehashed = AuditChain.hash(AuditFields(row: row), previous: row["prev_hash"])
            try db.execute(sql: "UPDATE audit SET hash = ? WHERE id = 2", arguments: [rehashed])
        }
        #expect(try db.verifyAuditLog() == .broken(rowID: 3, rowsChecked: 2))
    }

    @Test func fieldBoundariesCannotBeShifted() {
        let a = AuditFields(id: 1, at: 0, actorID: nil, action: "update", table: "lesson", rowID: nil, lessonID: nil,
                            studentID: nil, accountID: nil, oldValue: "a;b", newValue: "c")
        var b = a
        b.oldValue = "a"
        b.newValue = "b;c"
        #expect(AuditChain.hash(a, previous: AuditChain.genesis) != AuditChain.hash(b, previous: AuditChain.genesis))
    }
}
