import Foundation
import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// `zhurnal year promote` on a generated school: the proposal is printed,
/// --apply moves everyone by the order — 6А holds the old 5А's students and
/// the 11th graders have left — and a second promotion or one without an
/// order number is refused, changing nothing.
@Suite struct PromotionEndToEndTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = try GeneratedSchool.create(in: directory, "--size", "medium", "--weeks", "1")
    }

    func zhurnal(_ arguments: String...) throws -> ZhurnalBinary.Result {
        try ZhurnalBinary.run(arguments + ["--db", path])
    }

    /// Students whose stay covers `day` in the class named `name`.
    func students(in name: String, on day: SchoolDate) throws -> Set<Int64> {
        let db = try AppDatabase.open(path: path)
        return try db.writer.read { db in
            Set(try Int64.fetchAll(db, sql: """
                SELECT e.student_id FROM enrollment e JOIN class c ON c.id = e.class_id
                WHERE c.name = ? AND e.from_day <= ? AND (e.to_day IS NULL OR e.to_day >= ?)
                """, arguments: [name, day, day]))
        }
    }

    @Test func sixAIsTheOld5AAndThe11thGradersHaveLeft() throws {
        defer { directory.remove() }
        let proposal = try AppDatabase.open(path: path).promotionProposal(by: .serverOperator)
        let yearEnd = proposal.yearEnd, next = proposal.effectiveDay
        let old5A = try students(in: "5А", on: yearEnd)
        let old11 = try AppDatabase.open(path: path).writer.read { db in
            Set(try Int64.fetchAll(db, sql: """
                SELECT e.student_id FROM enrollment e JOIN class c ON c.id = e.class_id
                WHERE c.grade = 11 AND e.from_day <= ? AND (e.to_day IS NULL OR e.to_day >= ?)
                """, arguments: [yearEnd, yearEnd]))
        }
        #expect(!old5A.isEmpty && !old11.isEmpty)

        let noOrder = try zhurnal("year", "promote", "--date", yearEnd.iso, "--apply")
        #expect(noOrder.status != 0 && noOrder.stderr.contains("номер приказа о переводе (--order)"), "\(noOrder.stderr)")

        let shown = try zhurnal("year", "promote", "--order", "12", "--date", yearEnd.iso)
        #expect(shown.status == 0 && shown.stdout.hasPrefix("Предложение перевода по приказу № 12 от \(yearEnd.russian)"), "\(shown.stderr)")
        #expect(shown.stdout.contains("переведён в 6А"))
        let old6A = try students(in: "6А", on: yearEnd)
        #expect(try students(in: "6А", on: next) == old6A, "the proposal changed nothing")

        let applied = try zhurnal("year", "promote", "--order", "12", "--date", yearEnd.iso, "--apply")
        #expect(applied.status == 0 && applied.stdout.hasPrefix("Перевод проведён по приказу № 12 от \(yearEnd.russian)"), "\(applied.stderr)")
        let new6A = try students(in: "6А", on: next)
        let conditionalOrKept = try AppDatabase.open(path: path).writer.read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT student_id FROM promotion_line WHERE decision = 'keep'"))
        }
        #expect(new6A == old5A.subtracting(conditionalOrKept) && new6A.isDisjoint(with: old6A))
        let db = try AppDatabase.open(path: path)
        for student in old11 {
            let code = try db.writer.read { try String.fetchOne($0, sql: "SELECT code FROM student WHERE id = ?", arguments: [student]) }
            let history = try db.classHistory(of: try #require(code), by: .serverOperator)
            #expect(history.last?.to == yearEnd && history.last?.order?.contains("окончил 11 класс") == true)
        }

        let again = try zhurnal("year", "promote", "--order", "13", "--date", yearEnd.iso, "--apply")
        #expect(again.status != 0 && again.stderr.contains("уже проведён по приказу № 12"), "\(again.stderr)")
    }
}
