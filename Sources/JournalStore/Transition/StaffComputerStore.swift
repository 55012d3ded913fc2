import GRDB
import JournalCore

/// What the staff-PC schedule is built from: the week's lessons of every
/// teacher from the timetable valid on a date, with bell times, the school's
/// PCs and its teachers.
public struct StaffPCFacts: Hashable, Sendable {
    public var date: SchoolDate
    public var lessons: [TeacherLessonTime]
    public var computers: [StaffComputer]
    /// Active accounts holding the teacher role, by id, with their full names.
    public var teachers: [AccountID: String]

    public var supply: ComputerSupply { ComputerSupply(teachers: teachers.count, computers: computers.count) }
}

extension AppDatabase {
    /// The register of journal PCs, in the order they were added.
    public func staffComputers(by requester: Requester) throws -> [StaffComputer] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.transitionReadRefusal, Permissions.mayReadSchoolReports)
            return try StaffComputerRows.all(db)
        }
    }

    /// Adds a PC to the register (its name unique), audited.
    @discardableResult
    public func addStaffComputer(name: String, room: String, place: ComputerPlace, by requester: Requester) throws -> StaffComputer {
        let name = name.trimmingSpaces, room = room.trimmingSpaces
        guard !name.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "название ПК", en: "PC name")) }
        guard !room.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "где стоит ПК", en: "where the PC stands")) }
        return try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Self.transitionWriteRefusal, Permissions.mayManageTransition)?.id
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM staff_computer WHERE name = ?", arguments: [name]) == true {
                throw JournalError.conflict(Phrase(ru: "ПК «\(name)» уже есть в перечне", en: "PC \"\(name)\" is in the register already"))
            }
            try db.execute(sql: "INSERT INTO staff_computer (name, room, place) VALUES (?, ?, ?)", arguments: [name, room, place.rawValue])
            let computer = StaffComputer(id: StaffComputerID(db.lastInsertedRowID), name: name, room: room, place: place)
            try AuditLog.append(AuditEntry(action: .insert, table: "staff_computer", rowID: computer.id.rawValue,
                                           new: StaffComputerRows.values(computer)), at: try now(db), actor: actor, in: db)
            return computer
        }
    }

    /// Takes a PC off the register, audited.
    public func removeStaffComputer(name: String, by requester: Requester) throws {
        try write { db in
            let actor = try AccessCheck.require(requester, db, refusal: Self.transitionWriteRefusal, Permissions.mayManageTransition)?.id
            guard let computer = try StaffComputerRows.all(db).first(where: { $0.name == name.trimmingSpaces }) else {
                throw JournalError.notFound(Phrase(ru: "ПК «\(name)»", en: "PC \"\(name)\""))
            }
            try db.execute(sql: "DELETE FROM staff_computer WHERE id = ?", arguments: [computer.id.rawValue])
            try AuditLog.append(AuditEntry(action: .delete, table: "staff_computer", rowID: computer.id.rawValue,
                                           old: StaffComputerRows.values(computer)), at: try now(db), actor: actor, in: db)
        }
    }

    /// The facts of the staff-PC schedule for the timetable valid on `date`
    /// (a week of it: each weekday's rows valid that week). Lessons of the
    /// timetable, not of the journal: the schedule is for the weeks ahead.
    public func staffPCFacts(on date: SchoolDate, by requester: Requester) throws -> StaffPCFacts {
        try read { db in
            try AccessCheck.require(requester, db, refusal: Self.transitionReadRefusal, Permissions.mayReadSchoolReports)
            let monday = date.mondayOfWeek
            let lessons = try Row.fetchAll(db, sql: """
                SELECT t.teacher_id, t.weekday, b.start_min, b.end_min, t.room FROM timetable t
                JOIN bell b ON b.lesson_number = t.lesson_number
                WHERE t.valid_from <= ?1 + t.weekday - 1 AND ifnull(t.valid_to, ?1 + t.weekday - 1) >= ?1 + t.weekday - 1
                ORDER BY t.teacher_id, t.weekday, b.start_min
                """, arguments: [monday]).map { row in
                TeacherLessonTime(teacher: AccountID(row[0]), weekday: row[1], start: TimeOfDay(minutes: row[2]),
                                  end: TimeOfDay(minutes: row[3]), room: row[4])
            }
            var teachers: [AccountID: String] = [:]
            for account in try AccountRow.fetchAll(db, sql: "SELECT * FROM account WHERE disabled = 0")
            where account.roleList.contains(.teacher) {
                teachers[account.id] = account.fullName
            }
            return StaffPCFacts(date: date, lessons: lessons, computers: try StaffComputerRows.all(db), teachers: teachers)
        }
    }
}

enum StaffComputerRows {
    static func all(_ db: Database) throws -> [StaffComputer] {
        try Row.fetchAll(db, sql: "SELECT * FROM staff_computer ORDER BY id").map { row in
            StaffComputer(id: StaffComputerID(row["id"]), name: row["name"], room: row["room"],
                          place: ComputerPlace(rawValue: row["place"]) ?? .staffRoom)
        }
    }

    static func values(_ computer: StaffComputer) -> [String: String?] {
        ["name": computer.name, "room": computer.room, "place": computer.place.rawValue]
    }
}
