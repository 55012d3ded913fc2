import JournalCore

/// What a bundle holds, counted, for the line a command prints after an import
/// or an export.
public struct BundleSummary: Equatable, Sendable, LocalizedMessage {
    public var schoolName: String
    public var academicYear: String
    public var timeZoneID: String
    public var counts: [Count]

    public struct Count: Equatable, Sendable {
        public var what: Phrase
        public var number: Int
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
            count("связей родитель—ребёнок", "parent-child links", snapshot.guardians.count),
            count("строк расписания", "timetable rows", snapshot.timetable.count),
            count("тем КТП", "plan topics", snapshot.plans.count),
            count("уроков", "lessons", snapshot.lessons.count),
            count("отметок", "marks", snapshot.marks.count),
            count("записей посещаемости", "attendance records", snapshot.attendance.count),
            count("итоговых отметок", "final marks", snapshot.finalMarks.count),
            count("входов в систему", "sign-ins", snapshot.signIns.count),
        ]
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
        }).joined(separator: "\n")
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
