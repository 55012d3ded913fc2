/// The interface language. Russian is the default; English is chosen by
/// `--lang en` or a `LANG` that starts with `en`.
public enum Language: String, Sendable, CaseIterable {
    case ru, en

    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .ru
            }
        }
        return .ru
    }
}

/// Anything that can say itself to a user in either language.
public protocol LocalizedMessage {
    func text(in language: Language) -> String
}

/// A pair of texts; the catalogue for messages that have no structure of their own.
public struct Phrase: LocalizedMessage, Sendable, Hashable {
    public var ru: String
    public var en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    public func text(in language: Language) -> String {
        language == .ru ? ru : en
    }
}
