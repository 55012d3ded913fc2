import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The secretary's «Ученики и сотрудники» at the store: classes, students,
/// teachers' and parents' accounts, links and access slips. Each change is
/// one audited transaction; bad input is refused in Russian, changing nothing.
@Suite struct PeopleAdministrationTests {
    let db: AppDatabase
    let secretary: Requester
    let tuesday = FamilySchool.tuesday

    init() throws {
        db = try FamilySchool.database()
        secretary = .user(try #require(try db.actingUser(login: "sekretar")))
    }

    func count(_ sql: String) throws -> Int { try db.writer.read { try Int.fetchOne($0, sql: sql)! } }
    var auditRows: Int { get throws { try count("SELECT count(*) FROM audit") } }

    @Test func theSecretaryAddsAClassRenamesItAndGivesItAHomeroomTeacher() throws {
        try db.addClass(name: "8А", grade: 8, homeroom: nil, by: secretary)
        var listed = try #require(try db.peopleDirectory(on: tuesday, by: secretary).classes.first { $0.name == "8А" })
        #expect(listed.code == "8a" && listed.grade == 8 && listed.homeroomLogin == nil && listed.studentCount == 0)
        try db.editClass(code: "8a", name: "8Б", grade: 8, homeroom: "petrov", by: secretary)
        listed = try #require(try db.peopleDirectory(on: tuesday, by: secretary).classes.first { $0.code == "8a" })
        #expect(listed.name == "8Б" && listed.homeroomLogin == "petrov")
        #expect(try count("SELECT count(*) FROM audit WHERE table_name = 'class'") == 2)
    }

    @Test func badClassInputIsRefusedInRussianAndSavesNothing() throws {
        let before = try auditRows
        let empty = #expect(throws: JournalError.self) { try db.addClass(name: "  ", grade: 8, homeroom: nil, by: secretary) }
        #expect(empty?.text(in: .ru).contains("название класса") == true)
        let twin = #expect(throws: JournalError.self) { try db.addClass(name: "7б", grade: 7, homeroom: nil, by: secretary) }
        #expect(twin?.text(in: .ru).contains("класс «7б» уже есть") == true)
        let grade = #expect(throws: JournalError.self) { try db.addClass(name: "13А", grade: 13, homeroom: nil, by: secretary) }
        #expect(grade?.text(in: .ru).contains("параллель 13") == true)
        let teacher = #expect(throws: JournalError.self) { try db.addClass(name: "9А", grade: 9, homeroom: "mama", by: secretary) }
        #expect(teacher?.text(in: .ru).contains("не действующий учитель") == true)
        #expect(try auditRows == before && count("SELECT count(*) FROM class") == 2)
    }

    @Test func aNewStudentArrivesByOrderAndCanBeRenamed() throws {
        let code = try db.addStudent(fullName: " Новиков  Олег ", class: "7b", on: tuesday, order: "№ 5 от 03.09.2024", by: secretary)
        #expect(try db.classHistory(of: code, by: secretary) == [Enrollment(studentCode: code, classCode: "7b", from: tuesday, order: "№ 5 от 03.09.2024")])
        try db.renameStudent(code: code, fullName: "Новиков Олег Ильич", by: secretary)
        let listed = try #require(try db.peopleDirectory(on: tuesday, by: secretary).students.first { $0.code == code })
        #expect(listed.fullName == "Новиков Олег Ильич" && listed.className == "7Б" && listed.since == tuesday)
    }

    @Test func badStudentInputIsRefusedAndSavesNothing() throws {
        let before = try auditRows
        let empty = #expect(throws: JournalError.self) { try db.addStudent(fullName: "", class: "7b", on: tuesday, order: "№ 1", by: secretary) }
        #expect(empty?.text(in: .ru).contains("ФИО ученика") == true)
        let unknown = #expect(throws: JournalError.self) { try db.addStudent(fullName: "Новиков Олег", class: "9я", on: tuesday, order: "№ 1", by: secretary) }
        #expect(unknown?.text(in: .ru).contains("класс «9я»") == true)
        let outside = #expect(throws: JournalError.self) {
            try db.transfer(student: "s5", to: "5a", on: SchoolDate(year: 2025, month: 8, day: 1)!, order: "№ 1", by: secretary)
        }
        #expect(outside?.text(in: .ru).contains("учебного года") == true || outside?.text(in: .ru).contains("вне") == true, "\(String(describing: outside?.text(in: .ru)))")
        let rename = #expect(throws: JournalError.self) { try db.renameStudent(code: "s5", fullName: " ", by: secretary) }
        #expect(rename?.text(in: .ru).contains("ФИО ученика") == true)
        #expect(try auditRows == before && count("SELECT count(*) FROM student") == 5)
    }

    @Test func aTransferDatedBeforeTheCurrentClassBeganIsRefused() throws {
        let wednesday = tuesday.adding(days: 1)
        try db.transfer(student: "s4", to: "5a", on: wednesday.adding(days: 7), order: "№ 7", by: secretary)
        let before = try db.classHistory(of: "s4", by: secretary)
        let early = #expect(throws: JournalError.self) {
            try db.transfer(student: "s4", to: "5a", on: wednesday, order: "№ 8", by: secretary)
        }
        #expect(early?.text(in: .ru).contains("раньше начала этого класса") == true, "\(String(describing: early?.text(in: .ru)))")
        #expect(try db.classHistory(of: "s4", by: secretary) == before)
    }

    @Test func theSecretaryAddsATeacherWithAOneTimeCodeKeptOnlyAsAHash() throws {
        let issued = try db.addTeacher(login: "novaya.nn", fullName: "Новикова Нина Николаевна", by: secretary)
        #expect(issued.code.count == 9)
        let hash = try db.writer.read { try String.fetchOne($0, sql: "SELECT password_hash FROM account WHERE login = 'novaya.nn'") }
        #expect(hash?.hasPrefix("$y$") == true && hash?.contains(issued.code) == false)
        #expect(try db.peopleDirectory(on: tuesday, by: secretary).staff.contains { $0.login == "novaya.nn" && $0.roles == [.teacher] })
        let twin = #expect(throws: JournalError.self) { _ = try db.addTeacher(login: "Petrov", fullName: "Другой Петров", by: secretary) }
        #expect(twin?.text(in: .ru).contains("логин «Petrov» уже занят") == true)
    }

    @Test func parentsAreAddedLinkedAndUnlinked() throws {
        let issued = try db.addParent(login: nil, fullName: "Сидорова Мария Ивановна", children: ["s4"], by: secretary)
        #expect(issued.login == "sidorova.mi")
        try db.linkParent(issued.login, to: "s5", by: secretary)
        var parent = try #require(try db.peopleDirectory(on: tuesday, by: secretary).parents.first { $0.login == issued.login })
        #expect(parent.children.map(\.studentCode).sorted() == ["s4", "s5"])
        try db.unlinkParent(issued.login, from: "s5", by: secretary)
        parent = try #require(try db.peopleDirectory(on: tuesday, by: secretary).parents.first { $0.login == issued.login })
        #expect(parent.children.map(\.studentCode) == ["s4"])
        let twice = #expect(throws: JournalError.self) { try db.linkParent(issued.login, to: "s4", by: secretary) }
        #expect(twice?.text(in: .ru).contains("уже связан") == true)
        #expect(try count("SELECT count(*) FROM audit WHERE table_name = 'guardian'") == 3)
    }

    @Test func aWholeClassGetsParentsAccountsAndAccessSlipsWithFreshCodes() throws {
        try db.unlinkParent("papa", from: "s5", by: secretary)
        let created = try db.createParentAccounts(class: "7b", on: tuesday, by: secretary)
        #expect(created.map(\.login) == ["p.kuznetsov.p"] && created[0].fullName == "Родитель: Кузнецов Пётр")
        let oldHash = try db.writer.read { try String.fetchOne($0, sql: "SELECT password_hash FROM account WHERE login = 'mama'") }
        let sheet = try db.issueAccessSlips(class: "7b", on: tuesday, by: secretary)
        #expect(sheet.className == "7Б")
        // both students (each given an account), then their parents
        #expect(sheet.slips.map(\.fullName) == ["Кузнецов Пётр", "Сидорова Анна", "Родитель: Кузнецов Пётр", try parentName("mama")])
        #expect(Set(sheet.slips.map(\.code)).count == 4)
        let newHash = try db.writer.read { try String.fetchOne($0, sql: "SELECT password_hash FROM account WHERE login = 'mama'") }
        #expect(newHash != oldHash)
        #expect(try count("SELECT count(*) FROM student WHERE code IN ('s4', 's5') AND account_id IS NOT NULL") == 2)
        #expect(try count("SELECT count(*) FROM account WHERE must_change_password = 1 AND login IN ('mama', 'p.kuznetsov.p')") == 2)
        // the code on the slip signs in once, asking for a new password
        let mama = try #require(sheet.slips.first { $0.login == "mama" })
        guard case .signedIn(_, mustChangePassword: true) = try db.signIn(login: "mama", password: mama.code) else {
            Issue.record("the slip's code does not sign in")
            return
        }
    }

    func parentName(_ login: String) throws -> String {
        try db.writer.read { try String.fetchOne($0, sql: "SELECT full_name FROM account WHERE login = ?", arguments: [login])! }
    }

    @Test func aParentsNameIsCorrectedButNotAnAdministratorsBySecretary() throws {
        try db.renamePerson(login: "papa", fullName: "Кузнецов Павел Ильич", by: secretary)
        #expect(try parentName("papa") == "Кузнецов Павел Ильич")
        let power = #expect(throws: JournalError.self) { try db.renamePerson(login: "admin", fullName: "Кто-то", by: secretary) }
        guard case .forbidden? = power else { Issue.record("renaming the admin: \(String(describing: power))"); return }
        let empty = #expect(throws: JournalError.self) { try db.renamePerson(login: "papa", fullName: " ", by: secretary) }
        #expect(empty?.text(in: .ru).contains("ФИО") == true)
    }

    @Test func theDeputyKeepsNoPeople() throws {
        let deputy = Requester.user(try #require(try db.actingUser(login: "zavuch")))
        let error = #expect(throws: JournalError.self) { try db.addClass(name: "9А", grade: 9, homeroom: nil, by: deputy) }
        #expect(error == .forbidden(PeopleRights.refusal))
    }

    @Test func loginsAreMadeFromRussianNames() {
        #expect(LoginSuggestion.make(fullName: "Щукина Юлия Андреевна") == "shchukina.iua")
        #expect(LoginSuggestion.make(fullName: "Кузнецов Пётр", prefix: "p.") == "p.kuznetsov.p")
    }
}
