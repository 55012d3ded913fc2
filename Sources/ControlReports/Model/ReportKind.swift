import JournalCore

/// The control reports, named as the command line and scripts call them.
public enum ReportKind: String, CaseIterable, Sendable {
    case marksCount = "marks-count"
    case journalKeeping = "journal-keeping"
    case programme
    case progress
    case attendance
    case anomalies
    case activity
    case substitutions

    public var title: Phrase {
        switch self {
        case .marksCount: Phrase(ru: "Накопляемость отметок", en: "Marks count")
        case .journalKeeping: Phrase(ru: "Ведение журнала по учителям", en: "Journal keeping by teacher")
        case .programme: Phrase(ru: "Прохождение программы", en: "Programme coverage")
        case .progress: Phrase(ru: "Успеваемость и качество", en: "Progress and quality")
        case .attendance: Phrase(ru: "Посещаемость", en: "Attendance")
        case .anomalies: Phrase(ru: "Замечания по ведению журнала", en: "Journal remarks")
        case .activity: Phrase(ru: "Активность пользователей", en: "User activity")
        case .substitutions: Phrase(ru: "Замены и пропущенные уроки", en: "Substitutions and missed lessons")
        }
    }

    /// Final marks belong to a period: the report needs one.
    public var needsPeriod: Bool { self == .progress }
}
