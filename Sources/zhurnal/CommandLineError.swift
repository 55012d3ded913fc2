import Foundation
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// Options that cannot be understood, said in the user's language (argument
/// parser's own messages are English only, so choices are checked here).
enum CommandLineError: Error, LocalizedMessage {
    case invalidChoice(option: String, value: String, allowed: [String])
    case conflict(Phrase)
    case unknownSetting(String)
    case invalidAuditHead(String)

    func text(in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .invalidChoice(let option, let value, let allowed):
            return ru ? "недопустимое значение «\(value)» для \(option): допустимы \(allowed.joined(separator: ", "))"
                : "invalid value \"\(value)\" for \(option): allowed are \(allowed.joined(separator: ", "))"
        case .conflict(let phrase):
            return phrase.text(in: language)
        case .unknownSetting(let key):
            let known = SettingKey.allCases.map(\.rawValue).joined(separator: ", ")
            return ru ? "неизвестная настройка «\(key)»: есть \(known)" : "unknown setting \"\(key)\": there are \(known)"
        case .invalidAuditHead(let text):
            return ru ? "неверная голова цепочки «\(text)»: нужно ЧИСЛО:ХЭШ, как её печатает «zhurnal audit verify» (хэш — 64 шестнадцатеричные цифры)"
                : "invalid chain head \"\(text)\": NUMBER:HASH is needed, as \"zhurnal audit verify\" prints it (64 hex digits)"
        }
    }
}
