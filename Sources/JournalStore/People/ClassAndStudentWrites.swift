import GRDB
import JournalCore

/// The secretary's changes to classes and students («Ученики и сотрудники»):
/// each one transaction, checked against `Permissions.mayKeepPeople` inside
/// it and audited. Movement of students (arrival, transfer, departure) is the
/// class history's (`ClassHistoryWrites`); a new student is an arrival.
extension AppDatabase {
    /// A new class; its code is made from the name (`7А` → `7a`) unless given.
    public func addClass(name: String, grade: Int, homeroom: String?, code: String? = nil, by requester: Requester) throws {
        try peopleChange(by: requester) { ctx in
            let name = try ClassFields.name(name)
            try ClassFields.check(grade: grade)
            try ClassFields.requireUnusedName(ctx.db, name, except: nil)
            let code = try normalizedText(code) ?? ClassFields.freeCode(ctx.db, for: name)
            guard try !Bool.fetchOne(ctx.db, sql: "SELECT EXISTS (SELECT 1 FROM class WHERE code = ?)", arguments: [code])! else {
                throw JournalError.conflict(Phrase(ru: "код класса «\(code)» уже занят", en: "class code \"\(code)\" is taken"))
            }
            let homeroomID = try ClassFields.homeroom(ctx.db, homeroom)
            try ctx.db.execute(sql: "INSERT INTO class (code, name, grade, homeroom_id) VALUES (?, ?, ?, ?)",
                               arguments: [code, name, grade, homeroomID])
            try ctx.audit(AuditEntry(action: .insert, table: "class", rowID: ctx.db.lastInsertedRowID,
                                     new: ["code": code, "name": name, "grade": String(grade), "homeroom": normalizedText(homeroom)]))
        }
    }

    /// Renames a class, changes its grade or its homeroom teacher (nil: none).
    public func editClass(code: String, name: String, grade: Int, homeroom: String?, by requester: Requester) throws {
        try peopleChange(by: requester) { ctx in
            let target = try SchoolReferences.schoolClass(ctx.db, code)
            let name = try ClassFields.name(name)
            try ClassFields.check(grade: grade)
            try ClassFields.requireUnusedName(ctx.db, name, except: target.id)
            let homeroomID = try ClassFields.homeroom(ctx.db, homeroom)
            guard let old = try Row.fetchOne(ctx.db, sql: """
                SELECT c.name, c.grade, a.login FROM class c LEFT JOIN account a ON a.id = c.homeroom_id WHERE c.id = ?
                """, arguments: [target.id]) else { return }
            try ctx.db.execute(sql: "UPDATE class SET name = ?, grade = ?, homeroom_id = ? WHERE id = ?",
                               arguments: [name, grade, homeroomID, target.id])
            try ctx.audit(AuditEntry(action: .update, table: "class", rowID: target.id.rawValue,
                                     old: ["name": old["name"], "grade": String(old["grade"] as Int), "homeroom": old["login"]],
                                     new: ["name": name, "grade": String(grade), "homeroom": normalizedText(homeroom)]))
        }
    }

    /// A new student arrives in a class by an order; returns the student's
    /// code, made by the store (`s` and a number).
    @discardableResult
    public func addStudent(fullName: String, class classCode: String, on date: SchoolDate, order: String,
                           by requester: Requester) throws -> String {
        try peopleChange(by: requester) { ctx in
            guard let name = normalizedText(fullName) else {
                throw JournalError.emptyValue(field: Phrase(ru: "ФИО ученика", en: "the student's full name"))
            }
            let code = try StudentCodes.free(ctx.db)
            try Self.arrive(ctx, student: code, fullName: name, class: classCode, on: date, order: order)
            return code
        }
    }

    /// Corrects a student's full name (a typo, a change of surname).
    public func renameStudent(code: String, fullName: String, by requester: Requester) throws {
        try peopleChange(by: requester) { ctx in
            let student = try SchoolReferences.student(ctx.db, code)
            guard let name = normalizedText(fullName) else {
                throw JournalError.emptyValue(field: Phrase(ru: "ФИО ученика", en: "the student's full name"))
            }
            guard name != student.fullName else { return }
            try ctx.db.execute(sql: "UPDATE student SET full_name = ? WHERE id = ?", arguments: [name, student.id])
            try ctx.audit(AuditEntry(action: .update, table: "student", rowID: student.id.rawValue, studentID: student.id,
                                     old: ["full_name": student.fullName], new: ["full_name": name]))
        }
    }

    /// Runs one change of the people: the right is the secretary's or the
    /// administrator's (`Permissions.mayKeepPeople`).
    func peopleChange<T>(by requester: Requester, _ body: (AdministrationContext) throws -> T) throws -> T {
        try administration(by: requester, refusal: PeopleRights.refusal, Permissions.mayKeepPeople, body)
    }
}

/// The checks of a class's fields.
enum ClassFields {
    static let grades = 0...11

    static func name(_ text: String) throws -> String {
        guard let name = normalizedText(text) else {
            throw JournalError.emptyValue(field: Phrase(ru: "название класса (например «7А»)", en: "class name (such as «7А»)"))
        }
        return name
    }

    static func check(grade: Int) throws {
        guard grades.contains(grade) else {
            throw JournalError.other(Phrase(ru: "параллель \(grade) — вне 0–11 (0 — подготовительный класс)",
                                            en: "grade \(grade) is outside 0–11"))
        }
    }

    static func requireUnusedName(_ db: Database, _ name: String, except id: ClassID?) throws {
        // SQLite's lower() folds only ASCII: «7б» and «7Б» are compared here
        let names = try String.fetchAll(db, sql: "SELECT name FROM class WHERE id IS NOT ?", arguments: [id])
        guard !names.contains(where: { $0.lowercased() == name.lowercased() }) else {
            throw JournalError.conflict(Phrase(ru: "класс «\(name)» уже есть", en: "class \"\(name)\" exists already"))
        }
    }

    /// The homeroom teacher's account id; blank is none.
    static func homeroom(_ db: Database, _ login: String?) throws -> AccountID? {
        guard let login = normalizedText(login) else { return nil }
        return try SchoolReferences.teacher(db, login).id
    }

    static func freeCode(_ db: Database, for name: String) throws -> String {
        let base = String(LoginSuggestion.latin(name).filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(20))
        let stem = base.isEmpty ? "class" : base
        var candidate = stem
        var number = 2
        while try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM class WHERE code = ?)", arguments: [candidate])! {
            candidate = "\(stem)-\(number)"
            number += 1
        }
        return candidate
    }
}

/// Codes of new students: `s` and the next free number.
enum StudentCodes {
    static func free(_ db: Database) throws -> String {
        var number = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM student") ?? 0) + 1
        while try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM student WHERE code = ?)", arguments: ["s\(number)"])! {
            number += 1
        }
        return "s\(number)"
    }
}
