import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// TinySchool with a director and a deputy.
enum TransitionSchool {
    static func database() throws -> AppDatabase {
        var s = TinySchool.snapshot()
        let created = TinySchool.time("2024-08-20T09:00")
        s.accounts += [Account(login: "direktor", fullName: "Директорова Дина", roles: [.director], createdAt: created),
                       Account(login: "zavuch", fullName: "Завучева Зоя", roles: [.deputy], createdAt: created)]
        let db = try AppDatabase.inMemory(clock: TinySchool.tuesdayMorning)
        try db.load(s, options: LoadOptions(source: "test"))
        return db
    }

    static func user(_ db: AppDatabase, _ login: String) throws -> Requester {
        .user(try #require(try db.actingUser(login: login)))
    }

    static let readRefusal = JournalError.forbidden(Phrase(ru: "переход на ББЖ видят администратор, завуч и директор",
                                                           en: "only the administrator, the deputy and the director see the transition"))
    static let writeRefusal = JournalError.forbidden(Phrase(ru: "переход на ББЖ ведут администратор и завуч; директор его только читает",
                                                            en: "only the administrator and the deputy keep the transition; the director reads it"))

    static func auditCount(_ db: AppDatabase, table: String) throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = ?", arguments: [table]) ?? 0 }
    }
}

@Suite struct TransitionStoreTests {
    @Test func aSchoolStartsFromATemplateWithDeadlinesInItsYear() throws {
        let db = try TransitionSchool.database()
        #expect(try db.transitionPlan(by: .serverOperator) == nil)
        let template = try RoadmapTemplate.builtIn(named: "kchr")
        let plan = try db.startTransition(from: template, by: TransitionSchool.user(db, "zavuch"))
        #expect(plan.templateID == "kchr")
        #expect(plan.items.count == template.items.count)
        #expect(plan.items.map(\.position) == Array(1...template.items.count))
        let parents = try #require(plan.items.first { $0.indicator == "parent_accounts" })
        #expect(parents.threshold == 80 && parents.status == .open)
        #expect(parents.deadline == SchoolDate(year: 2024, month: 9, day: 30))
        #expect(try TransitionSchool.auditCount(db, table: "roadmap_item") == template.items.count)
        #expect(try db.transitionPlan(by: TransitionSchool.user(db, "direktor")) == plan)
    }

    @Test func aStartedRoadmapIsReplacedOnlyWhenAskedTo() throws {
        let db = try TransitionSchool.database()
        try db.startTransition(from: try RoadmapTemplate.builtIn(named: "kchr"), by: .serverOperator)
        #expect(throws: JournalError.conflict(Phrase(
            ru: "дорожная карта уже начата (шаблон kchr); чтобы начать заново, подтвердите замену",
            en: "the roadmap is started already (template kchr); confirm replacing it to start again"))) {
            try db.startTransition(from: try RoadmapTemplate.builtIn(named: "crimea"), by: .serverOperator)
        }
        let crimea = try db.startTransition(from: try RoadmapTemplate.builtIn(named: "crimea"), replacing: true, by: .serverOperator)
        #expect(try db.transitionPlan(by: .serverOperator) == crimea)
        let deleted = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = 'roadmap_item' AND action = 'delete'") }
        #expect(deleted == (try RoadmapTemplate.builtIn(named: "kchr")).items.count)
    }

    /// The director reads and writes nothing; a teacher does not see it.
    @Test func theDirectorReadsTheDeputyWritesATeacherIsRefused() throws {
        let db = try TransitionSchool.database()
        let plan = try db.startTransition(from: try RoadmapTemplate.builtIn(named: "mo"), by: TransitionSchool.user(db, "admin"))
        let item = try #require(plan.items.first { $0.indicator == nil })
        let edit = RoadmapItemEdit(comment: "обсудили")
        #expect(throws: TransitionSchool.writeRefusal) { try db.editRoadmapItem(item.id, edit, by: try TransitionSchool.user(db, "direktor")) }
        #expect(throws: TransitionSchool.writeRefusal) {
            try db.addStaffComputer(name: "ПК-1", room: "учительская", place: .staffRoom, by: try TransitionSchool.user(db, "direktor"))
        }
        #expect(throws: TransitionSchool.writeRefusal) {
            try db.startTransition(from: try RoadmapTemplate.builtIn(named: "mo"), replacing: true, by: try TransitionSchool.user(db, "direktor"))
        }
        #expect(throws: TransitionSchool.readRefusal) { try db.transitionPlan(by: try TransitionSchool.user(db, "ivanova")) }
        #expect(throws: TransitionSchool.readRefusal) { try db.staffComputers(by: try TransitionSchool.user(db, "ivanova")) }
        #expect(try db.editRoadmapItem(item.id, edit, by: TransitionSchool.user(db, "zavuch")).comment == "обсудили")
        #expect(try db.transitionPlan(by: TransitionSchool.user(db, "direktor"))?.items.first { $0.id == item.id }?.comment == "обсудили")
    }

    @Test func anItemIsDoneWithItsDocumentAndTheChangeIsAudited() throws {
        let db = try TransitionSchool.database()
        let plan = try db.startTransition(from: try RoadmapTemplate.builtIn(named: "kchr"), by: .serverOperator)
        let order = try #require(plan.items.first { $0.result == "Приказ о переходе на ББЖ" })
        let deputy = try TransitionSchool.user(db, "zavuch")
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "номер документа «Приказ о переходе на ББЖ»",
                                                              en: "number of the document \"Приказ о переходе на ББЖ\""))) {
            try db.editRoadmapItem(order.id, RoadmapItemEdit(status: .done), by: deputy)
        }
        #expect(try db.transitionPlan(by: .serverOperator)?.items.first { $0.id == order.id }?.status == .open)
        let done = try db.editRoadmapItem(order.id, RoadmapItemEdit(documentNumber: "45", documentDate: .some(SchoolDate(year: 2024, month: 9, day: 2)),
                                                                    status: .done), by: deputy)
        #expect(done.status == .done && done.documentText == "№ 45 от 02.09.2024")
        let audit = try db.read { try Row.fetchOne($0, sql: "SELECT * FROM audit WHERE table_name = 'roadmap_item' AND action = 'update'") }
        let row = try #require(audit)
        #expect((row["new_value"] as String?)?.contains("\"document_number\":\"45\"") == true)
        #expect((row["actor_id"] as Int64?) == 6)
    }

    /// The school's own measures: added after a number, removed, the numbers
    /// kept in a row; refused before the roadmap is started and for the director.
    @Test func ownMeasuresAreAddedAndRemovedInOrder() throws {
        let db = try TransitionSchool.database()
        #expect(throws: JournalError.other(Phrase(
            ru: "дорожная карта не начата: начните её по шаблону (zhurnal transition start --template kchr|mo|crimea или F4 на экране)",
            en: "no roadmap yet: start it from a template (zhurnal transition start --template kchr|mo|crimea, or F4 on the screen)"))) {
            try db.addRoadmapItem(title: "Совещание", stage: "Свои", deadline: nil, responsible: "", result: "", by: .serverOperator)
        }
        let plan = try db.startTransition(from: try RoadmapTemplate.builtIn(named: "crimea"), by: .serverOperator)
        let deputy = try TransitionSchool.user(db, "zavuch")
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "мероприятие", en: "measure"))) {
            try db.addRoadmapItem(title: "  ", stage: "Свои", deadline: nil, responsible: "", result: "", by: deputy)
        }
        #expect(throws: TransitionSchool.writeRefusal) {
            try db.addRoadmapItem(title: "Совещание", stage: "Свои", deadline: nil, responsible: "", result: "",
                                  by: try TransitionSchool.user(db, "direktor"))
        }
        let added = try db.addRoadmapItem(title: "Совещание при директоре", stage: "Подготовка", deadline: SchoolDate(year: 2024, month: 9, day: 15),
                                          responsible: "Директор", result: "Протокол", after: 2, by: deputy)
        #expect(added.position == 3)
        var items = try #require(try db.transitionPlan(by: .serverOperator)).items
        #expect(items.map(\.position) == Array(1...(plan.items.count + 1)))
        #expect(items[2] == added && items[3].id == plan.items[2].id)
        try db.removeRoadmapItem(plan.items[0].id, by: deputy)
        items = try #require(try db.transitionPlan(by: .serverOperator)).items
        #expect(items.map(\.position) == Array(1...plan.items.count))
        #expect(items[1].id == added.id)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE table_name = 'roadmap_item' AND action = 'delete'") } == 1)
    }

    @Test func theComputerRegisterRefusesEmptyAndTwiceAndUnknown() throws {
        let db = try TransitionSchool.database()
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "название ПК", en: "PC name"))) {
            try db.addStaffComputer(name: " ", room: "учительская", place: .staffRoom, by: .serverOperator)
        }
        try db.addStaffComputer(name: "ПК-1", room: "учительская", place: .staffRoom, by: .serverOperator)
        #expect(throws: JournalError.conflict(Phrase(ru: "ПК «ПК-1» уже есть в перечне", en: "PC \"ПК-1\" is in the register already"))) {
            try db.addStaffComputer(name: "ПК-1", room: "12", place: .classroom, by: .serverOperator)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "ПК «ПК-9»", en: "PC \"ПК-9\""))) {
            try db.removeStaffComputer(name: "ПК-9", by: .serverOperator)
        }
        try db.addStaffComputer(name: "ПК-2", room: "12", place: .classroom, by: TransitionSchool.user(db, "zavuch"))
        try db.removeStaffComputer(name: "ПК-1", by: .serverOperator)
        #expect(try db.staffComputers(by: .serverOperator).map(\.name) == ["ПК-2"])
        #expect(try TransitionSchool.auditCount(db, table: "staff_computer") == 3)
    }

    /// The schedule's facts: the timetable's lessons with bell times and
    /// rooms, the active teachers, the PCs.
    @Test func theScheduleFactsComeFromTheTimetable() throws {
        let db = try TransitionSchool.database()
        try db.addStaffComputer(name: "ПК-1", room: "учительская", place: .staffRoom, by: .serverOperator)
        let facts = try db.staffPCFacts(on: SchoolDate(year: 2024, month: 9, day: 4)!, by: TransitionSchool.user(db, "direktor"))
        #expect(facts.lessons == [
            TeacherLessonTime(teacher: AccountID(2), weekday: 1, start: TimeOfDay(text: "08:30")!, end: TimeOfDay(text: "09:15")!, room: "12"),
            TeacherLessonTime(teacher: AccountID(3), weekday: 1, start: TimeOfDay(text: "09:25")!, end: TimeOfDay(text: "10:10")!, room: nil),
        ])
        #expect(facts.teachers == [AccountID(2): "Иванова Анна Петровна", AccountID(3): "Петров Пётр Ильич"])
        #expect(facts.supply == ComputerSupply(teachers: 2, computers: 1))
        #expect(try db.staffPCFacts(on: SchoolDate(year: 2024, month: 8, day: 20)!, by: .serverOperator).lessons.isEmpty)
    }
}
