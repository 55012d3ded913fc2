import GRDB
import JournalCore

/// Rows named by their bundle ids, as the command line and the
/// administration's screens name them; a refusal names the id not found.
enum SchoolReferences {
    static func student(_ db: Database, _ code: String) throws -> (id: StudentID, fullName: String) {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, full_name FROM student WHERE code = ?", arguments: [code]) else {
            throw JournalError.notFound(Phrase(ru: "ученик «\(code)»", en: "student \"\(code)\""))
        }
        return (row["id"], row["full_name"])
    }

    static func schoolClass(_ db: Database, _ code: String) throws -> (id: ClassID, name: String) {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name FROM class WHERE code = ?", arguments: [code]) else {
            throw JournalError.notFound(Phrase(ru: "класс «\(code)»", en: "class \"\(code)\""))
        }
        return (row["id"], row["name"])
    }

    static func subject(_ db: Database, _ code: String) throws -> SubjectID {
        guard let id = try SubjectID.fetchOne(db, sql: "SELECT id FROM subject WHERE code = ?", arguments: [code]) else {
            throw JournalError.notFound(Phrase(ru: "предмет «\(code)»", en: "subject \"\(code)\""))
        }
        return id
    }

    /// An active account with the teacher's role.
    static func teacher(_ db: Database, _ login: String) throws -> AccountRow {
        guard let account = try AccountRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?",
                                                    arguments: [login]) else {
            throw JournalError.notFound(Phrase(ru: "учётная запись «\(login)»", en: "account \"\(login)\""))
        }
        guard account.roleList.contains(.teacher), !account.disabled else {
            throw JournalError.conflict(Phrase(ru: "«\(login)» — не действующий учитель (нужна роль teacher, учётная запись не отключена)",
                                               en: "\"\(login)\" is not an active teacher (the teacher role, not disabled)"))
        }
        return account
    }
}

/// The rule behind "no lost mark" for the class history and group
/// membership: a change that would leave a student's mark or attendance in a
/// lesson whose roll no longer has them (`LessonRoster`) is refused, and the
/// refusal says where. Checked after the change, inside its transaction, so
/// the refusal rolls it back.
enum RosterChangeCheck {
    static func checkNoEntryLeftBehind(_ db: Database, student: StudentID, fullName: String, from day: SchoolDate) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT count(*) AS n, min(l.day) AS first FROM (
                SELECT lesson_id FROM mark WHERE student_id = ?1 UNION ALL SELECT lesson_id FROM attendance WHERE student_id = ?1
            ) x JOIN lesson l ON l.id = x.lesson_id
            WHERE l.day >= ?2 AND NOT (\(LessonRoster.onRoll("?1", lesson: "l")))
            """, arguments: [student, day]), let count: Int = row["n"], count > 0, let first: SchoolDate = row["first"] else { return }
        throw JournalError.conflict(Phrase(
            ru: "у ученика \(fullName) есть отметки или посещаемость (\(count)) с \(first.russian) в уроках, из списка которых он бы исчез; уберите их или выберите другую дату",
            en: "\(fullName) has marks or attendance (\(count)) from \(first.iso) in lessons whose roll would lose them; remove them or choose another date"))
    }
}

/// Movement of students is dated inside the school year the database holds
/// (from the first period's first day to the last period's last day).
enum SchoolYearCheck {
    static func require(_ db: Database, _ date: SchoolDate) throws {
        guard let year = try Row.fetchOne(db, sql: "SELECT min(start_day), max(end_day) FROM current_period"),
              let first = year[0] as SchoolDate?, let last = year[1] as SchoolDate? else { return }
        guard (first...last).contains(date) else {
            throw JournalError.outsideAcademicYear(date: date, first: first, last: last)
        }
    }
}
