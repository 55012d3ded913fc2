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
    case cannotWrite(path: String, reason: String)

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
        case .cannotWrite(let path, let reason):
            return ru ? "не удалось записать «\(path)»: \(reason)" : "cannot write \"\(path)\": \(reason)"
        case .invalidAuditHead(let text):
            return ru ? "неверная голова цепочки «\(text)»: нужно ЧИСЛО:ХЭШ, как её печатает «zhurnal audit verify» (хэш — 64 шестнадцатеричные цифры)"
                : "invalid chain head \"\(text)\": NUMBER:HASH is needed, as \"zhurnal audit verify\" prints it (64 hex digits)"
        }
    }
}

/// Writes a whole text file in one step (a reader never sees half of it);
/// a failure is said in words with the path.
func writeTextFile(_ text: String, to path: String) throws {
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandLineError.cannotWrite(path: path, reason: error.localizedDescription)
    }
}
