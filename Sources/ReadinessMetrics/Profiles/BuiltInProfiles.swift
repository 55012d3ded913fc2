import Foundation
import JournalCore

/// The built-in profiles, embedded as the very text of
/// `Resources/readiness-profiles/*.json` (a test keeps the two identical).
///
/// Why embedded rather than `Bundle.module`: on Linux SwiftPM's resource bundle
/// is a directory found next to the executable or at the build-time path, so a
/// release binary copied to /usr/local/bin (or run from another build folder)
/// would stop at its first report with a fatal error. Text in the binary loads
/// the same under `swift run`, in tests and from an installed binary. The files
/// stay as templates for schools writing their own profile.
enum BuiltInProfiles {
    /// The settings accept these as `default_profile` (`SchoolSettings`).
    static let ids = SchoolSettings.builtInProfiles

    static let all: [ReadinessProfile] = ids.map { id in
        // The texts are fixed at build time and checked by a test, so a failure
        // here is a programming error, not bad input.
        try! ReadinessProfile(json: Data(text(id).utf8), origin: id)
    }

    static func text(_ id: String) -> String {
        switch id {
        case "kchr": kchr
        case "mo": mo
        case "crimea": crimea
        default: ""
        }
    }

    private static let kchr = """
        {
          "id": "kchr",
          "name": "Карачаево-Черкесская Республика",
          "source": "Регламент безбумажного ведения электронного журнала, таблица 2",
          "indicators": [
            {"key": "schedule_fill", "threshold": 100},
            {"key": "planning", "threshold": 95},
            {"key": "journal", "threshold": 90},
            {"key": "parent_accounts", "threshold": 80},
            {"key": "on_time", "threshold": 90}
          ],
          "journal_entry_kinds": ["mark", "attendance", "held", "comment"],
          "on_time_entry_kinds": ["mark_in_class", "attendance", "comment"],
          "deadline": {"rule": "next_day_at", "time": "12:00"}
        }
        """

    private static let mo = """
        {
          "id": "mo",
          "name": "Московская область",
          "source": "«Школьный портал», таблица 1 дорожной карты Лицея № 23",
          "indicators": [
            {"key": "schedule_fill", "threshold": 100},
            {"key": "planning", "threshold": 70},
            {"key": "journal", "threshold": 70},
            {"key": "activated_accounts", "threshold": 50},
            {"key": "unique_logins", "threshold": 10},
            {"key": "on_time", "threshold": 20}
          ],
          "journal_entry_kinds": ["mark", "attendance", "held", "comment"],
          "on_time_entry_kinds": ["mark", "attendance", "held", "comment"],
          "deadline": {"rule": "hours_after_start", "hours": 24}
        }
        """

    private static let crimea = """
        {
          "id": "crimea",
          "name": "Республика Крым",
          "source": "Инструкция ЭлЖур: журнал заполняется на уроке и не позднее 1 часа после окончания всех уроков класса в этот день; пороги взяты из профиля kchr",
          "indicators": [
            {"key": "schedule_fill", "threshold": 100},
            {"key": "planning", "threshold": 95},
            {"key": "journal", "threshold": 90},
            {"key": "parent_accounts", "threshold": 80},
            {"key": "on_time", "threshold": 90}
          ],
          "journal_entry_kinds": ["mark", "attendance", "held", "comment"],
          "on_time_entry_kinds": ["mark", "attendance", "held", "comment"],
          "deadline": {"rule": "hours_after_day_end", "hours": 1}
        }
        """

}
