import GRDB
import JournalCore

/// A lesson as the deputy names it: the class (or the group), the date and
/// the lesson's number, by bundle ids. `zhurnal lesson substitute|cancel`
/// take it, and so will the deputy's screen.
public struct LessonAddress: Hashable, Sendable {
    /// The class's bundle id; nil for a group of several classes.
    public var classCode: String?
    /// The group's bundle id; nil for a lesson of the whole class.
    public var groupCode: String?
    public var date: SchoolDate
    public var number: Int

    public init(classCode: String?, groupCode: String? = nil, date: SchoolDate, number: Int) {
        self.classCode = classCode
        self.groupCode = groupCode
        self.date = date
        self.number = number
    }

    /// «5А, 12.09.2024, 3-й урок», for refusals.
    func words(_ className: String?, _ groupName: String?) -> Phrase {
        let who = [className, groupName.map { "группа «\($0)»" }].compactMap { $0 }.joined(separator: ", ")
        let whoEn = [className, groupName.map { "group \"\($0)\"" }].compactMap { $0 }.joined(separator: ", ")
        return Phrase(ru: "\(who), \(date.russian), \(number)-й урок", en: "\(whoEn), \(date.iso), lesson \(number)")
    }
}

/// Finds the one lesson at an address, creating the day's lessons from the
/// timetable first when nobody has yet (the materializer, in the caller's
/// transaction).
struct LessonAddressFinder {
    let db: Database

    func lesson(_ address: LessonAddress) throws -> LessonFacts {
        guard (1...20).contains(address.number) else {
            throw JournalError.invalidNumber(String(address.number))
        }
        let owner = try owner(address)
        try LessonMaterializer(db: db).run(through: address.date)
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.id, s.name AS subject FROM lesson l JOIN subject s ON s.id = l.subject_id
            WHERE \(ClassGridReader.lessonCondition(owner.audience)) AND l.day = ? AND l.lesson_number = ?
            ORDER BY l.id
            """, arguments: [LessonRoster.source(owner.audience).id, address.date, address.number])
        let place = address.words(owner.className, owner.groupName)
        switch rows.count {
        case 1: return try LessonFacts.fetch(db, rows[0]["id"])
        case 0: throw try noLesson(address, owner, place)
        default:
            let subjects = rows.map { $0["subject"] as String }.joined(separator: ", ")
            throw JournalError.conflict(Phrase(ru: "\(place): несколько уроков (\(subjects)); такой урок меняется на экране урока",
                                               en: "\(place.en): several lessons (\(subjects)); change it on the lesson's screen"))
        }
    }

    /// The class or the group the address names, checked against each other.
    private func owner(_ address: LessonAddress) throws -> AudienceFacts {
        let classID = try address.classCode.map { code -> ClassID in
            guard let id = try ClassID.fetchOne(db, sql: "SELECT id FROM class WHERE code = ?", arguments: [code]) else {
                throw JournalError.notFound(Phrase(ru: "класс «\(code)»", en: "class \"\(code)\""))
            }
            return id
        }
        guard let groupCode = address.groupCode else {
            guard let classID else { throw JournalError.emptyValue(field: Phrase(ru: "класс (--class) или группа (--group)",
                                                                                en: "class (--class) or group (--group)")) }
            return try AudienceFacts.fetch(db, .wholeClass(classID))
        }
        let group = try GroupQueries.group(db, code: groupCode)
        if let classID, group.classID != classID {
            throw JournalError.conflict(Phrase(ru: "группа «\(group.groupName ?? groupCode)» не относится к классу «\(address.classCode ?? "")»",
                                               en: "group \"\(groupCode)\" does not belong to class \"\(address.classCode ?? "")\""))
        }
        return group
    }

    /// Why there is no such lesson: the school calendar has no lessons that
    /// day (a holiday, a closed class, the holidays between terms), the class
    /// has only its groups' lessons then (name them), or nothing at all.
    private func noLesson(_ address: LessonAddress, _ owner: AudienceFacts, _ place: Phrase) throws -> JournalError {
        let day = try CalendarDayFacts.fetch(db, address.date)
        if day.isOff(for: owner.classID) {
            let why = day.reason(for: owner.classID)
            return JournalError.notFound(Phrase(ru: "урок: \(place.ru) — по календарю школы уроков нет: \(why)",
                                                en: "lesson: \(place.en) — the school calendar has no lessons that day: \(why)"))
        }
        if case .wholeClass(let classID) = owner.audience {
            let groups = try String.fetchAll(db, sql: """
                SELECT g.code FROM lesson l JOIN teaching_group g ON g.id = l.group_id
                WHERE l.class_id = ? AND l.day = ? AND l.lesson_number = ? ORDER BY g.code
                """, arguments: [classID, address.date, address.number])
            if !groups.isEmpty {
                let list = groups.joined(separator: ", ")
                return JournalError.notFound(Phrase(ru: "урок всего класса: \(place.ru) — это уроки групп \(list); укажите --group",
                                                    en: "a whole-class lesson: \(place.en) has lessons of groups \(list); give --group"))
            }
        }
        return JournalError.notFound(Phrase(ru: "урок: \(place.ru) — в расписании его нет",
                                            en: "lesson: \(place.en) is not in the timetable"))
    }
}
