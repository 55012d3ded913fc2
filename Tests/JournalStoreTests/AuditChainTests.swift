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
        #expect(try db.verifyAuditLog() == .intact(rows: 5))   // load + 3 marks + topic
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
