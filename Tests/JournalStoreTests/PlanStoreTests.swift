import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The КТП, the curriculum and the work types in the store (issue 13, items 5–7).
@Suite struct PlanStoreTests {
    static let math5A = PlanUnit(.wholeClass(ClassID(1)), subject: SubjectID(1))
    static let russian7B = PlanUnit(.wholeClass(ClassID(2)), subject: SubjectID(2))

    func user(_ db: AppDatabase, _ login: String) throws -> Requester {
        .user(try #require(try db.actingUser(login: login)))
    }

    func auditCount(_ db: AppDatabase, table: String) throws -> Int {
        try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = ?", arguments: [table]) ?? 0 }
    }

    @Test func theTeacherAddsMovesChangesAndDeletesTopicsOfTheirPlanAndEachChangeIsAudited() throws {
        let db = try FamilySchool.database()
        let ivanova = try user(db, "ivanova")
        try db.editPlan(Self.math5A, .add(after: 0, topic: "Натуральные числа", hours: 3), by: ivanova)
        try db.editPlan(Self.math5A, .add(after: 1, topic: "Дроби", hours: 4), by: ivanova)
        try db.editPlan(Self.math5A, .add(after: 1, topic: "Сложение", hours: 2), by: ivanova)
        #expect(try db.planTopics(Self.math5A).map(\.topic) == ["Натуральные числа", "Сложение", "Дроби"])
        try db.editPlan(Self.math5A, .move(seq: 3, by: -1), by: ivanova)
        try db.editPlan(Self.math5A, .change(seq: 1, topic: "Числа", hours: 5), by: ivanova)
        let after = try db.editPlan(Self.math5A, .delete(seq: 3), by: ivanova)
        #expect(after == [PlanTopic(seq: 1, topic: "Числа", hours: 5), PlanTopic(seq: 2, topic: "Дроби", hours: 4)])
        #expect(try db.planTopics(Self.math5A) == after)
        // three inserts, the move's two rows, the change, and the delete's renumbering and removal
        #expect(try auditCount(db, table: "plan_item") >= 7)
    }

    @Test func aTeacherCannotTouchAPlanOfWhatTheyDoNotTeach() throws {
        let db = try FamilySchool.database()
        let fizruk = try user(db, "fizruk")
        #expect(throws: JournalError.self) { try db.editPlan(Self.math5A, .add(after: 0, topic: "Бег", hours: 1), by: fizruk) }
        #expect(try db.planTopics(Self.math5A).isEmpty)
        #expect(try auditCount(db, table: "plan_item") == 0)
    }

    @Test func aBadTopicIsRefusedAndNothingChanges() throws {
        let db = try FamilySchool.database()
        #expect(throws: JournalError.self) { try db.editPlan(Self.math5A, .replace([PlanTopic(seq: 1, topic: "Дроби", hours: 2),
                                                                                    PlanTopic(seq: 2, topic: " ", hours: 1)]), by: .serverOperator) }
        #expect(try db.planTopics(Self.math5A).isEmpty)
    }

    @Test func anImportWithABadRowSavesNothingAndAGoodOneReplacesThePlan() throws {
        let db = try FamilySchool.database()
        try db.editPlan(Self.math5A, .add(after: 0, topic: "Старая тема", hours: 1), by: .serverOperator)
        #expect(throws: JournalError.self) {
            try db.editPlan(Self.math5A, .replace(try PlanFile.parse(Array("Дроби;2\nПроценты;x\n".utf8), fileName: "k.csv")), by: .serverOperator)
        }
        #expect(try db.planTopics(Self.math5A).map(\.topic) == ["Старая тема"])
        let topics = try PlanFile.parse(Array("Дроби;2\nПроценты;3\n".utf8), fileName: "k.csv")
        try db.editPlan(Self.math5A, .replace(topics), by: try user(db, "ivanova"))
        #expect(try db.planTopics(Self.math5A) == topics)
    }

    @Test func theCheckListsAMissingPlanAndHoursThatDisagreeAndNotAPlanThatAgrees() throws {
        let db = try FamilySchool.database()
        let deputy = try user(db, "zavuch")
        try db.setCurriculumHours(Self.math5A, try WeeklyHours(parsing: "1"), by: deputy)
        try db.setCurriculumHours(Self.russian7B, try WeeklyHours(parsing: "2"), by: deputy)
        try db.editPlan(Self.math5A, .replace([PlanTopic(seq: 1, topic: "Всё", hours: 30)]), by: deputy)
        var problems = try db.planOverview(problemsOnly: true, by: .serverOperator)
        #expect(problems.map(\.status) == [.disagrees, .missing])
        #expect(problems.map(\.ownerName) == ["5А", "7Б"])
        #expect(problems.last?.expectedHours == 68)
        try db.editPlan(Self.math5A, .replace([PlanTopic(seq: 1, topic: "Всё", hours: 34)]), by: deputy)
        problems = try db.planOverview(problemsOnly: true, by: .serverOperator)
        #expect(problems.map(\.ownerName) == ["7Б"])
        #expect(try auditCount(db, table: "curriculum") == 2)
    }

    @Test func aTeacherSeesOnlyThePlansOfWhatTheyTeach() throws {
        let db = try FamilySchool.database()
        let lines = try db.planOverview(by: try user(db, "petrov"))
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.subjectName == "Русский язык" }, "\(lines.map(\.subjectName))")
        #expect(throws: JournalError.self) { try db.planOverview(by: try user(db, "mama")) }
    }

    @Test func theAdministratorAddsAWorkTypeAndChangesAWeightAndTheDeputyMayNot() throws {
        let db = try FamilySchool.database()
        let admin = try user(db, "admin")
        let code = try db.addWorkType(name: "Проект", weight: try Weight(parsing: "2,5"), inClass: false, by: admin)
        #expect(try db.workTypes().last == WorkType(code: code, name: "Проект", weight: try Weight(parsing: "2.5"), inClass: false))
        try db.editWorkType(code, name: "Защита проекта", weight: try Weight(parsing: "3"), by: admin)
        #expect(try db.workTypes().last?.name == "Защита проекта")
        #expect(throws: JournalError.self) { try db.addWorkType(name: "защита проекта", weight: .one, inClass: false, by: admin) == "" }
        #expect(throws: JournalError.self) { try db.editWorkType(code, weight: .one, by: try user(db, "zavuch")) }
        #expect(try auditCount(db, table: "work_type") == 2)
    }

    @Test func dayEntriesCountTheMarksAndAttendanceOfTheDay() throws {
        let db = try FamilySchool.database()
        let entries = try db.dayEntries(FamilySchool.tuesday)
        #expect(entries.lessons > 0)
        #expect(entries.attendance >= 2)
        #expect(!entries.isEmpty)
        #expect(try db.dayEntries(FamilySchool.tuesday.adding(days: 30)).isEmpty)
    }
}
