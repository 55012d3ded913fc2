import JournalCore
import ReadinessMetrics

/// How the drill-downs name what is behind each indicator's shortfall.
enum ShortfallWords {
    /// The items a shortfall consists of: «уроки без темы и домашнего задания».
    static func items(_ key: IndicatorKey) -> Phrase {
        switch key {
        case .planning: Phrase(ru: "уроки без темы и домашнего задания", en: "lessons with no topic and no homework")
        case .journal: Phrase(ru: "уроки без единой записи в журнале", en: "lessons with no journal entry")
        case .onTime: Phrase(ru: "записи, внесённые позже срока", en: "entries made after the deadline")
        case .scheduleFill: Phrase(ru: "классы без расписания в окне", en: "classes without a timetable in the window")
        case .parentAccounts: Phrase(ru: "ученики без учётной записи родителя", en: "students without a parent account")
        case .activatedAccounts: Phrase(ru: "не активированные учётные записи", en: "accounts not activated")
        case .uniqueLogins: Phrase(ru: "учётные записи без входа за окно", en: "accounts without a sign-in in the window")
        }
    }

    /// The breakdown's shortfall column heading.
    static func column(_ key: IndicatorKey) -> Phrase {
        switch key {
        case .planning: Phrase(ru: "Без плана", en: "Unplanned")
        case .journal: Phrase(ru: "Пустых", en: "Empty")
        case .onTime: Phrase(ru: "Опоздало", en: "Late")
        case .scheduleFill: Phrase(ru: "Без расп.", en: "No timet.")
        case .parentAccounts: Phrase(ru: "Без род.", en: "No parent")
        case .activatedAccounts: Phrase(ru: "Не актив.", en: "Inactive")
        case .uniqueLogins: Phrase(ru: "Без входа", en: "No sign-in")
        }
    }

    /// How many items are behind a row: students without a parent for
    /// `parent_accounts` (its ratio counts parents), the ratio's shortfall otherwise.
    static func count(_ row: BreakdownRow) -> Int {
        row.coverage?.shortfall ?? row.ratio.shortfall
    }

    /// «по классам», «по учителям», «по предметам».
    static func split(_ dimension: BreakdownDimension) -> Phrase {
        switch dimension {
        case .schoolClass: Phrase(ru: "по классам", en: "by class")
        case .teacher: Phrase(ru: "по учителям", en: "by teacher")
        case .subject: Phrase(ru: "по предметам", en: "by subject")
        }
    }

    /// The breakdown's first column heading.
    static func groupColumn(_ dimension: BreakdownDimension) -> Phrase {
        switch dimension {
        case .schoolClass: Phrase(ru: "Класс", en: "Class")
        case .teacher: Phrase(ru: "Учитель", en: "Teacher")
        case .subject: Phrase(ru: "Предмет", en: "Subject")
        }
    }
}
