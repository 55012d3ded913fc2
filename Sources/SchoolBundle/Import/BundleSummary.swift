import JournalCore

/// What a bundle holds, counted, for the line a command prints after an import
/// or an export.
public struct BundleSummary: Equatable, Sendable, LocalizedMessage {
    public var schoolName: String
    public var academicYear: String
    public var timeZoneID: String
    public var counts: [Count]
    /// What the import decided for the school beyond its files: the format it
    /// read, the official calendar it filled in.
    public var notes: [Phrase] = []

    public struct Count: Equatable, Sendable {
        public var what: Phrase
        public var number: Int
    }

    /// An import's summary: the counts and what reading the bundle added.
    public init(_ snapshot: SchoolSnapshot, format: BundleFormat, officialCalendar: OfficialCalendarUse?) {
        self.init(snapshot)
        if format < .newest {
            notes.append(Phrase(ru: "выгрузка формата 1: у каждого ученика одно пребывание в классе, все уроки — целым классом; "
                                    + "экспорт запишет её в формате 2",
                                en: "a format 1 bundle: one stay in a class per student, every lesson a whole-class one; "
                                    + "export writes it as format 2"))
        }
        if let calendar = officialCalendar { notes.append(Self.calendarNote(calendar)) }
    }

    private static func calendarNote(_ use: OfficialCalendarUse) -> Phrase {
        let span = (ru: "\(use.first.russian)–\(use.last.russian)", en: "\(use.first.iso) to \(use.last.iso)")
        var note = Phrase(ru: "calendar.csv нет: внесён официальный календарь праздников и переносов на \(span.ru), дней: \(use.days)",
                          en: "no calendar.csv: the official calendar of days off and moved days for \(span.en) was added, days: \(use.days)")
        if !use.isComplete {
            let years = "\(OfficialCalendar.years.lowerBound)–\(OfficialCalendar.years.upperBound)"
            note = Phrase(ru: note.ru + " (zhurnal знает официальный календарь только на \(years) годы: праздники остальных дней внесите сами)",
                          en: note.en + " (zhurnal knows the official calendar of \(years) only: enter the other days off yourself)")
        }
        return note
    }

    public init(_ snapshot: SchoolSnapshot) {
        schoolName = snapshot.school.name
        academicYear = snapshot.school.academicYear
        timeZoneID = snapshot.school.timeZoneID
        let count = { (ru: String, en: String, n: Int) in Count(what: Phrase(ru: ru, en: en), number: n) }
        counts = [
            count("периодов", "periods", snapshot.periods.count),
            count("звонков", "bells", snapshot.bells.count),
            count("предметов", "subjects", snapshot.subjects.count),
            count("видов работ", "work types", snapshot.workTypes.count),
            count("пользователей", "users", snapshot.accounts.count),
            count("классов", "classes", snapshot.classes.count),
            count("учеников", "students", snapshot.students.count),
            count("пребываний в классах", "stays in classes", snapshot.enrollments.count),
            count("групп", "groups", snapshot.groups.count),
            count("записей о членстве в группах", "group memberships", snapshot.groupMembers.count),
            count("связей родитель—ребёнок", "parent-child links", snapshot.guardians.count),
            count("дней календаря", "calendar days", snapshot.calendar.count),
            count("строк расписания", "timetable rows", snapshot.timetable.count),
            count("тем КТП", "plan topics", snapshot.plans.count),
            count("строк учебного плана", "curriculum rows", snapshot.curriculum.count),
            count("уроков", "lessons", snapshot.lessons.count),
            count("отметок", "marks", snapshot.marks.count),
            count("записей посещаемости", "attendance records", snapshot.attendance.count),
            count("итоговых отметок", "final marks", snapshot.finalMarks.count),
            count("входов в систему", "sign-ins", snapshot.signIns.count),
        ]
        // Issue 15's data, said only when the bundle has some: a school that
        // does not keep it reads the lines it always read.
        let family = [
            count("справок о пропусках", "absence documents", snapshot.attendance.reduce(0) { $0 + ($1.note == nil ? 0 : 1) }),
            count("сроков сдачи ДЗ", "homework due lessons", snapshot.lessons.reduce(0) { $0 + ($1.homeworkDue == nil ? 0 : 1) }),
            count("контактов", "contacts", snapshot.contacts.count),
            count("событий классов", "class events", snapshot.classEvents.count),
            count("уведомлений родителям", "notices to parents", snapshot.parentNotices.count),
            count("переписок", "threads", snapshot.messageThreads.count),
            count("сообщений", "messages", snapshot.messages.count),
            count("прочтений сообщений", "message reads", snapshot.messageReads.count),
            count("объявлений", "announcements", snapshot.announcements.count),
            count("прочтений объявлений", "announcement reads", snapshot.announcementReads.count),
        ]
        if family.contains(where: { $0.number > 0 }) { counts += family }
    }

    /// `школа «…», 2024/2025 учебный год, Europe/Moscow` and then `отметок: 300 000; …`.
    /// "Label: number" reads right for any number without Russian plural forms.
    public func text(in language: Language) -> String {
        let ru = language == .ru
        let school = ru ? "школа «\(schoolName)», \(academicYear) учебный год, часовой пояс \(timeZoneID)"
            : "school \"\(schoolName)\", academic year \(academicYear), time zone \(timeZoneID)"
        let numbers = counts.map { "\($0.what.text(in: language)): \(Self.grouped($0.number))" }
        return ([school] + stride(from: 0, to: numbers.count, by: 5).map {
            numbers[$0..<min($0 + 5, numbers.count)].joined(separator: "; ")
        } + notes.map { $0.text(in: language) }).joined(separator: "\n")
    }

    /// `300 000`: thousands apart, as Russian documents write numbers.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(" ") }
            text.append(digit)
        }
        return text
    }
}
