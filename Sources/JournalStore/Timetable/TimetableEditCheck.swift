import GRDB
import JournalCore

/// A timetable change, its names resolved and checked: the class, the group
/// (of that class), the subject, the teacher (active, with the teacher's
/// role), a lesson number the bells have, a weekday, a date inside the year.
/// A wrong one is refused with its name before anything is written.
struct TimetableEditCheck {
    let db: Database
    let edit: TimetableCellEdit

    struct Resolved {
        var classID: ClassID
        var className: String
        var groupID: GroupID?
        var subjectID: SubjectID?
        var teacher: AccountRow?
        var room: String?
    }

    func resolve() throws -> Resolved {
        let schoolClass = try SchoolReferences.schoolClass(db, edit.classCode)
        var resolved = Resolved(classID: schoolClass.id, className: schoolClass.name)
        guard (1...6).contains(edit.weekday) else { throw JournalError.invalidWeekday(String(edit.weekday)) }
        if let groupCode = edit.groupCode?.trimmingSpaces, !groupCode.isEmpty {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, class_id FROM teaching_group WHERE code = ?", arguments: [groupCode]) else {
                throw JournalError.notFound(Phrase(ru: "группа «\(groupCode)»", en: "group \"\(groupCode)\""))
            }
            guard row["class_id"] as ClassID? == schoolClass.id else {
                throw JournalError.conflict(Phrase(ru: "группа «\(groupCode)» не из класса \(schoolClass.name)",
                                                   en: "group \"\(groupCode)\" is not a group of \(schoolClass.name)"))
            }
            resolved.groupID = row["id"]
        }
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM bell WHERE lesson_number = ?)", arguments: [edit.number]) == true else {
            throw JournalError.conflict(Phrase(ru: "у \(edit.number)-го урока нет звонка: сначала задайте его время в звонках",
                                               en: "lesson \(edit.number) has no bell: set its time in the bells first"))
        }
        if let row = try Row.fetchOne(db, sql: "SELECT min(start_day), max(end_day) FROM current_period"),
           let first = row[0] as SchoolDate?, let last = row[1] as SchoolDate?, !(first...last).contains(edit.from) {
            throw JournalError.outsideAcademicYear(date: edit.from, first: first, last: last)
        }
        if let subjectCode = edit.subjectCode?.trimmingSpaces, !subjectCode.isEmpty {
            resolved.subjectID = try SchoolReferences.subject(db, subjectCode)
            resolved.teacher = try SchoolReferences.teacher(db, edit.teacherLogin.trimmingSpaces)
            resolved.room = edit.room?.trimmingSpaces.nilIfEmpty
        }
        return resolved
    }

    /// Other rows, valid on some day from the edit's date on, at the same
    /// weekday and number, that the new row would collide with.
    func conflicts() throws -> [TimetableConflict] {
        let resolved = try resolve()
        guard let teacher = resolved.teacher else { return [] }
        let others = try Row.fetchAll(db, sql: """
            SELECT t.class_id, t.group_id, t.teacher_id, t.room, c.name AS class_name, g.name AS group_name,
                   g.class_id AS group_class, s.name AS subject_name, a.full_name
            FROM timetable t LEFT JOIN class c ON c.id = t.class_id LEFT JOIN teaching_group g ON g.id = t.group_id
            JOIN subject s ON s.id = t.subject_id JOIN account a ON a.id = t.teacher_id
            WHERE t.weekday = ? AND t.lesson_number = ? AND ifnull(t.valid_to, ?3) >= ?3
              AND NOT (t.class_id IS ? AND t.group_id IS ?)
            """, arguments: [edit.weekday, edit.number, edit.from, resolved.classID, resolved.groupID])
        var conflicts: [TimetableConflict] = []
        let slot = "\(WeekdayNames.short(edit.weekday, .ru)), \(edit.number)-й урок"
        for row in others {
            let label = [row["class_name"] as String?, row["subject_name"] as String?, row["group_name"] as String?]
                .compactMap { $0 }.joined(separator: " · ")
            if row["teacher_id"] as AccountID == teacher.id {
                conflicts.append(TimetableConflict(kind: .teacherBusy, text: Phrase(
                    ru: "\(PersonName.short(teacher.fullName)) уже ведёт в это время (\(slot)): \(label)",
                    en: "\(PersonName.short(teacher.fullName)) already teaches then: \(label)")))
            }
            if let room = resolved.room, row["room"] as String? == room {
                conflicts.append(TimetableConflict(kind: .roomBusy, text: Phrase(
                    ru: "кабинет \(room) занят (\(slot)): \(label)", en: "room \(room) is taken: \(label)")))
            }
            let sameClass = row["class_id"] as ClassID? == resolved.classID || row["group_class"] as ClassID? == resolved.classID
            let wholeAndGroup = (resolved.groupID == nil) != (row["group_id"] as GroupID? == nil)
            if sameClass, wholeAndGroup {
                conflicts.append(TimetableConflict(kind: .groupAndClass, text: Phrase(
                    ru: "у класса \(resolved.className) в это время уже урок (\(slot)): \(label)",
                    en: "\(resolved.className) already has a lesson then: \(label)")))
            }
        }
        return conflicts
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
