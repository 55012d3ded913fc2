/// A school setting, kept in the database so that every process and every user
/// sees the same.
public enum SettingKey: String, CaseIterable, Sendable {
    /// Readiness profile the reports and the dashboard use unless told otherwise.
    case defaultProfile = "default_profile"
    /// How many last complete weeks the readiness verdict looks at.
    case verdictWeeks = "verdict_weeks"
    /// The threshold at which an average rounds up to the next final mark.
    case rounding
    /// "1" for a generated demo school.
    case demo
    /// Wrong passwords in a row after which a login is locked.
    case lockoutAttempts = "lockout_attempts"
    /// How long a locked login stays locked.
    case lockoutMinutes = "lockout_minutes"
    /// Minutes without a key after which a session hides its data and asks for the password.
    case idleLockMinutes = "idle_lock_minutes"
    /// How long a save waits, in all, for the writers' queue and for another
    /// process's lock before it gives up with «база занята другим процессом».
    case writeWaitSeconds = "write_wait_seconds"
    /// Marks a period asks of a student in a subject of at most 2 hours a week
    /// (control report «Накопляемость отметок»).
    case marksNormLow = "marks_norm_low"
    /// Marks a period asks of a student in a subject of more than 2 hours a week.
    case marksNormHigh = "marks_norm_high"
    /// Lessons within which a «2» should be followed by another mark of the
    /// student (control report «Замечания по ведению журнала»).
    case twoFollowUpLessons = "two_follow_up_lessons"
    /// The CUPS queue that documents from the screens go to (`lp -d`); empty:
    /// no printer, documents go to the user's reports folder.
    case printer
    /// The code the municipality knows the school by: the name its key is
    /// listed under in the region's list of keys, and the school of every
    /// signed weekly report (`zhurnal report weekly`). Empty until set.
    case schoolCode = "school_code"
    /// Homework items due in a class on one day above which the deputy's
    /// «Нагрузка ДЗ» flags the day.
    case homeworkLoadLimit = "homework_load_limit"
    /// How the year mark is proposed from the period marks (`YearMarkRule`).
    case yearMarkRule = "year_mark_rule"

    /// The allowed whole numbers, for the settings that are counts.
    public var range: ClosedRange<Int>? {
        switch self {
        case .verdictWeeks: 1...52
        case .lockoutAttempts: 3...20
        case .lockoutMinutes, .idleLockMinutes, .writeWaitSeconds: 1...120
        case .marksNormLow, .marksNormHigh: 1...30
        case .twoFollowUpLessons: 1...20
        case .homeworkLoadLimit: 1...15
        case .defaultProfile, .rounding, .demo, .printer, .schoolCode, .yearMarkRule: nil
        }
    }

    /// What the setting decides: `settings show` and `settings set --help` say it.
    public var meaning: Phrase {
        switch self {
        case .defaultProfile:
            Phrase(ru: "профиль готовности по умолчанию для отчётов и панели", en: "default readiness profile of reports and the dashboard")
        case .verdictWeeks:
            Phrase(ru: "сколько последних полных недель смотрит вердикт готовности", en: "complete weeks the readiness verdict looks at")
        case .rounding:
            Phrase(ru: "с какой дробной части среднее округляется вверх в итоговую отметку", en: "fraction from which an average rounds up")
        case .demo:
            Phrase(ru: "1 — демонстрационная школа (ставит только программа при её создании)",
                   en: "1 for a demo school (set only by the program when it creates one)")
        case .lockoutAttempts:
            Phrase(ru: "после скольких неверных паролей подряд вход с логином закрывается", en: "wrong passwords in a row that lock a login")
        case .lockoutMinutes:
            Phrase(ru: "на сколько минут закрывается вход после неверных паролей", en: "minutes a locked login stays locked")
        case .idleLockMinutes:
            Phrase(ru: "через сколько минут без нажатий экран блокируется", en: "idle minutes before the screen locks")
        case .writeWaitSeconds:
            Phrase(ru: "сколько секунд сохранение ждёт очереди и занятой базы, прежде чем сказать «база занята другим процессом»",
                   en: "seconds a save waits for the queue and a busy database before it says \"the database is busy\"")
        case .marksNormLow:
            Phrase(ru: "сколько отметок за период нужно ученику по предмету до 2 часов в неделю (накопляемость)",
                   en: "marks a period asks for in a subject of up to 2 hours a week")
        case .marksNormHigh:
            Phrase(ru: "сколько отметок за период нужно ученику по предмету больше 2 часов в неделю (накопляемость)",
                   en: "marks a period asks for in a subject of more than 2 hours a week")
        case .twoFollowUpLessons:
            Phrase(ru: "за сколько уроков после «2» ученик должен получить новую отметку (замечания по журналу)",
                   en: "lessons within which a «2» should be followed by another mark")
        case .printer:
            Phrase(ru: "принтер школы в CUPS (очередь lp -d), куда печатают экраны; пусто — печать в папку отчётов пользователя",
                   en: "the school's CUPS printer (lp -d queue) the screens print to; empty: into the user's reports folder")
        case .schoolCode:
            Phrase(ru: "код школы в муниципалитете: им подписываются недельные отчёты (report weekly)",
                   en: "the school's code at the municipality, used in signed weekly reports (report weekly)")
        case .homeworkLoadLimit:
            Phrase(ru: "сколько домашних заданий к одному дню в классе допустимо; больше — «Нагрузка ДЗ» выделяет день",
                   en: "homework items due in a class on one day above which «Нагрузка ДЗ» flags the day")
        case .yearMarkRule:
            Phrase(ru: "как предлагается годовая отметка: mean — среднее отметок за периоды с округлением школы, last — отметка последнего периода",
                   en: "how the year mark is proposed: mean of the period marks rounded as the school rounds, or last period's mark")
        }
    }

    /// The values allowed, as the help and a refusal say them.
    public var allowed: Phrase {
        switch self {
        case .defaultProfile:
            let list = SchoolSettings.builtInProfiles.joined(separator: ", ")
            return Phrase(ru: "нужен один из встроенных профилей: \(list)", en: "one of the built-in profiles is needed: \(list)")
        case .rounding:
            return Phrase(ru: "нужна дробная часть от 0.01 до 0.99 (например 0.5 или 0.6)",
                          en: "a fraction from 0.01 to 0.99 is needed (e.g. 0.5 or 0.6)")
        case .demo:
            return Phrase(ru: "вручную не меняется", en: "not to be changed by hand")
        case .printer:
            return Phrase(ru: "нужно имя очереди CUPS (латинские буквы, цифры, «.», «_», «-», до 127 знаков) или пустая строка",
                          en: "a CUPS queue name (Latin letters, digits, \".\", \"_\", \"-\", up to 127) or an empty string is needed")
        case .schoolCode:
            return Phrase(ru: "нужны латинские буквы, цифры, точка, дефис или подчёркивание, не больше 32 знаков (например 0901-007)",
                          en: "Latin letters, digits, dot, hyphen or underscore are needed, at most 32 (e.g. 0901-007)")
        case .yearMarkRule:
            return Phrase(ru: "нужно mean (среднее за периоды) или last (последний период)",
                          en: "mean (of the periods) or last (the last period) is needed")
        case .verdictWeeks, .lockoutAttempts, .lockoutMinutes, .idleLockMinutes, .writeWaitSeconds,
             .marksNormLow, .marksNormHigh, .twoFollowUpLessons, .homeworkLoadLimit:
            let range = self.range ?? 0...0
            return Phrase(ru: "нужно целое число от \(range.lowerBound) до \(range.upperBound) (\(unit.ru))",
                          en: "a whole number from \(range.lowerBound) to \(range.upperBound) is needed (\(unit.en))")
        }
    }

    private var unit: Phrase {
        switch self {
        case .verdictWeeks: Phrase(ru: "недель", en: "weeks")
        case .lockoutAttempts: Phrase(ru: "попыток", en: "attempts")
        case .writeWaitSeconds: Phrase(ru: "секунд", en: "seconds")
        case .marksNormLow, .marksNormHigh: Phrase(ru: "отметок", en: "marks")
        case .twoFollowUpLessons: Phrase(ru: "уроков", en: "lessons")
        case .homeworkLoadLimit: Phrase(ru: "заданий", en: "homework items")
        default: Phrase(ru: "минут", en: "minutes")
        }
    }
}

/// The school's settings, typed: the one place that knows each setting's
/// default, its allowed values and how it is written in the database. The
/// store checks a new value here before it keeps it.
public struct SchoolSettings: Hashable, Sendable {
    /// The readiness profiles built into the program (ReadinessMetrics holds their definitions).
    public static let builtInProfiles = ["kchr", "mo", "crimea"]

    public private(set) var defaultProfile = "kchr"
    public private(set) var verdictWeeks = 4
    public private(set) var rounding = RoundingRule.halfUp
    public private(set) var demo = false
    public private(set) var lockoutAttempts = 5
    public private(set) var lockoutMinutes = 5
    public private(set) var idleLockMinutes = 5
    public private(set) var writeWaitSeconds = 15
    public private(set) var marksNormLow = 3
    public private(set) var marksNormHigh = 5
    public private(set) var twoFollowUpLessons = 3
    public private(set) var homeworkLoadLimit = 4
    /// nil: no printer is set.
    public private(set) var printer: String?
    public private(set) var schoolCode = ""
    public private(set) var yearMarkRule = YearMarkRule.mean

    /// Every setting at its default.
    public init() {}

    /// The settings as stored (key → text). A stored value zhurnal would not
    /// have accepted (edited in the file behind its back) counts as the default,
    /// so that a bad value can neither stop sign-in nor disable the lockout.
    public init(stored: [String: String]) {
        for key in SettingKey.allCases {
            if let text = stored[key.rawValue] { try? set(key, to: text) }
        }
    }

    /// Checks `text` for `key` and returns it as it is to be stored (`0,6` → `0.6`).
    public static func validated(_ key: SettingKey, _ text: String) throws -> String {
        var settings = SchoolSettings()
        try settings.set(key, to: text)
        return settings.text(of: key)
    }

    /// The value as stored and shown.
    public func text(of key: SettingKey) -> String {
        switch key {
        case .defaultProfile: defaultProfile
        case .rounding: rounding.text
        case .demo: demo ? "1" : "0"
        case .verdictWeeks: String(verdictWeeks)
        case .lockoutAttempts: String(lockoutAttempts)
        case .lockoutMinutes: String(lockoutMinutes)
        case .idleLockMinutes: String(idleLockMinutes)
        case .writeWaitSeconds: String(writeWaitSeconds)
        case .marksNormLow: String(marksNormLow)
        case .marksNormHigh: String(marksNormHigh)
        case .twoFollowUpLessons: String(twoFollowUpLessons)
        case .homeworkLoadLimit: String(homeworkLoadLimit)
        case .printer: printer ?? ""
        case .schoolCode: schoolCode
        case .yearMarkRule: yearMarkRule.rawValue
        }
    }

    /// Changes one setting; a value outside what `key.allowed` says is refused
    /// with `JournalError.invalidSetting` and changes nothing.
    public mutating func set(_ key: SettingKey, to text: String) throws {
        let trimmed = text.trimmingSpaces
        let refusal = JournalError.invalidSetting(key: key.rawValue, value: text, allowed: key.allowed)
        switch key {
        case .defaultProfile:
            guard Self.builtInProfiles.contains(trimmed) else { throw refusal }
            defaultProfile = trimmed
        case .rounding:
            guard let rule = try? RoundingRule(parsing: trimmed) else { throw refusal }
            rounding = rule
        case .demo:
            guard trimmed == "0" || trimmed == "1" else { throw refusal }
            demo = trimmed == "1"
        case .printer:
            guard Self.isPrinterName(trimmed) else { throw refusal }
            printer = trimmed.isEmpty ? nil : trimmed
        case .schoolCode:
            guard Self.isSchoolCode(trimmed) || trimmed.isEmpty else { throw refusal }
            schoolCode = trimmed
        case .yearMarkRule:
            guard let rule = try? YearMarkRule(parsing: trimmed) else { throw refusal }
            yearMarkRule = rule
        case .verdictWeeks, .lockoutAttempts, .lockoutMinutes, .idleLockMinutes, .writeWaitSeconds,
             .marksNormLow, .marksNormHigh, .twoFollowUpLessons, .homeworkLoadLimit:
            guard let number = Int(trimmed), let range = key.range, range.contains(number) else { throw refusal }
            setWholeNumber(key, number)
        }
    }

    private mutating func setWholeNumber(_ key: SettingKey, _ number: Int) {
        switch key {
        case .verdictWeeks: verdictWeeks = number
        case .lockoutAttempts: lockoutAttempts = number
        case .lockoutMinutes: lockoutMinutes = number
        case .idleLockMinutes: idleLockMinutes = number
        case .writeWaitSeconds: writeWaitSeconds = number
        case .marksNormLow: marksNormLow = number
        case .marksNormHigh: marksNormHigh = number
        case .twoFollowUpLessons: twoFollowUpLessons = number
        case .homeworkLoadLimit: homeworkLoadLimit = number
        case .defaultProfile, .rounding, .demo, .printer, .schoolCode, .yearMarkRule: break
        }
    }

    /// A CUPS queue name as `lpadmin` accepts it, or empty for none: nothing
    /// that `lp` could read as an option or a path.
    static func isPrinterName(_ text: String) -> Bool {
        text.count <= 127 && !text.hasPrefix("-") && isPlainLatin(text)
    }

    /// A code that is safe in a file name and as an `allowed_signers` principal.
    public static func isSchoolCode(_ text: String) -> Bool {
        (1...32).contains(text.count) && isPlainLatin(text)
    }

    /// Latin letters, digits, «.», «-», «_» only.
    private static func isPlainLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0)) }
    }
}
