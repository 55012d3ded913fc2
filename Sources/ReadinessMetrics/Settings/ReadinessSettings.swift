import JournalCore
import JournalStore

/// The school's readiness settings as stored in the database, checked.
public struct ReadinessSettings: Sendable {
    public var profile: ReadinessProfile
    public var verdictWeeks: Int

    public init(database: AppDatabase) throws {
        profile = try Self.defaultProfile(database)
        verdictWeeks = try Self.verdictWeeks(database)
    }

    /// Read apart, so that a report naming its own profile does not depend on
    /// the stored default.
    public static func defaultProfile(_ database: AppDatabase) throws -> ReadinessProfile {
        try profile(try database.setting(.defaultProfile))
    }

    public static func verdictWeeks(_ database: AppDatabase) throws -> Int {
        try verdictWeeks(try database.setting(.verdictWeeks))
    }

    /// The largest number of verdict weeks: a school year.
    public static let maximumVerdictWeeks = 52

    /// Checks a value before `settings set` stores it, and returns it as stored.
    /// Settings that are not the administrator's to change are refused.
    public static func validated(_ key: SettingKey, _ value: String) throws -> String {
        let trimmed = value.trimmingSpaces
        switch key {
        case .defaultProfile: return try profile(trimmed).id
        case .verdictWeeks: return String(try verdictWeeks(trimmed))
        case .rounding:
            guard let rule = try? RoundingRule(parsing: trimmed) else {
                throw ReadinessError.invalidSetting(key: key.rawValue, value: value, expected: Phrase(
                    ru: "нужна дробная часть, с которой среднее округляется вверх, от 0.01 до 0.99 (например 0.5 или 0.6)",
                    en: "the fraction from which an average rounds up, 0.01 to 0.99 (e.g. 0.5 or 0.6)"))
            }
            return rule.text
        case .lockoutAttempts: return try wholeNumber(key, trimmed, in: 3...20, Phrase(ru: "попыток", en: "attempts"))
        case .lockoutMinutes: return try wholeNumber(key, trimmed, in: 1...120, Phrase(ru: "минут", en: "minutes"))
        case .idleLockMinutes: return try wholeNumber(key, trimmed, in: 1...120, Phrase(ru: "минут", en: "minutes"))
        case .demo:
            throw ReadinessError.invalidSetting(key: key.rawValue, value: value, expected: Phrase(
                ru: "эта настройка ставится программой и вручную не меняется", en: "this setting is kept by the program"))
        }
    }

    /// A whole number within a sensible range (a lockout of 0 attempts would
    /// lock everyone out).
    static func wholeNumber(_ key: SettingKey, _ text: String, in range: ClosedRange<Int>, _ unit: Phrase) throws -> String {
        guard let number = Int(text), range.contains(number) else {
            throw ReadinessError.invalidSetting(key: key.rawValue, value: text, expected: Phrase(
                ru: "нужно целое число от \(range.lowerBound) до \(range.upperBound) (\(unit.ru))",
                en: "a whole number from \(range.lowerBound) to \(range.upperBound) (\(unit.en))"))
        }
        return String(number)
    }

    static func profile(_ id: String) throws -> ReadinessProfile {
        do {
            return try ReadinessProfile.builtIn(named: id)
        } catch {
            throw ReadinessError.invalidSetting(key: SettingKey.defaultProfile.rawValue, value: id, expected: Phrase(
                ru: "нужен встроенный профиль: \(ReadinessProfile.builtInIDs.joined(separator: ", "))",
                en: "a built-in profile is needed: \(ReadinessProfile.builtInIDs.joined(separator: ", "))"))
        }
    }

    static func verdictWeeks(_ text: String) throws -> Int {
        guard let weeks = Int(text), (1...maximumVerdictWeeks).contains(weeks) else {
            throw ReadinessError.invalidSetting(key: SettingKey.verdictWeeks.rawValue, value: text, expected: Phrase(
                ru: "нужно целое число недель от 1 до \(maximumVerdictWeeks)",
                en: "a whole number of weeks from 1 to \(maximumVerdictWeeks) is needed"))
        }
        return weeks
    }
}
