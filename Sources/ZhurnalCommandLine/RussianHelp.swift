import Foundation

/// swift-argument-parser 1.8.2's help and refusals, put into Russian. The
/// parser has no catalogue of its own, so its fixed English words are replaced
/// here; the version is pinned in Package.swift, and `RussianHelpTests` and the
/// end-to-end tests fail when a new version words anything differently.
enum RussianHelp {
    /// The help screen with Russian headings and phrases.
    static func help(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line)
            for (english, russian) in headings where line.hasPrefix(english) {
                line = russian + line.dropFirst(english.count)
            }
            return common(line)
        }.joined(separator: "\n")
    }

    /// The refusal of a command line: the parser's `message` in Russian, then
    /// the rest of its `full` text (the option's help, how the command is
    /// called, where to read more), also in Russian.
    static func refusal(message: String, full: String) -> String {
        var rest = full
        if let range = full.range(of: message) { rest = String(full[range.upperBound...]) }
        let lines = rest.split(separator: "\n").map { line -> String in
            var line = String(line)
            for (english, russian) in [("Help:  ", "Справка: "), ("Usage: ", "Вызов: ")] where line.hasPrefix(english) {
                line = russian + line.dropFirst(english.count)
            }
            if let seeAlso = line.firstMatch(of: /^\s*See '(.+)' for more information\.$/) {
                line = "Подробнее: " + seeAlso.1
            }
            return common(line)
        }
        return ([sentence(message)] + lines).joined(separator: "\n")
    }

    /// One refusal of the parser as a Russian sentence. A message that is
    /// already Russian (a command's own check) stays; one that none of the
    /// known forms matches is said in general words rather than in English.
    static func sentence(_ message: String) -> String {
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if let m = text.firstMatch(of: /^Unknown option '(.+)'\. Did you mean '(.+)'\?$/) {
            return "неизвестный параметр «\(m.1)»; может быть, «\(m.2)»?"
        }
        if let m = text.firstMatch(of: /^Unknown option '(.+)'$/) { return "неизвестный параметр «\(m.1)»" }
        if let m = text.firstMatch(of: /^Invalid option: (.+)$/) { return "неверно записан параметр «\(m.1)»" }
        if text == "Missing required subcommand." { return "не указана команда" }
        if let m = text.firstMatch(of: /^Missing value for '(.+)'$/) { return "не указано значение \(m.1)" }
        if let m = text.firstMatch(of: /^The option '(.+)' does not take any value, but '(.*)' was specified\.$/) {
            return "параметр \(m.1) пишется без значения, а указано «\(m.2)»"
        }
        if let m = text.firstMatch(of: /^Unexpected argument '(.*)'$/) {
            return "лишний аргумент «\(m.1)»: такой команды или значения здесь нет"
        }
        if let m = text.firstMatch(of: /^\d+ unexpected arguments: '(.*)'$/) {
            return "лишние аргументы «\(m.1.replacing("', '", with: "», «"))»"
        }
        if text.hasPrefix("Value to be set with ") { return "одно и то же значение указано дважды" }
        if let m = text.firstMatch(of: /^Missing expected argument '(.+)'$/) {
            return (m.1.hasPrefix("-") ? "не указан обязательный параметр " : "не указан обязательный аргумент ") + m.1
        }
        if let m = text.firstMatch(of: /^Missing one of: (.+)$/) { return "не указано ни одно из: \(m.1.replacing("'", with: ""))" }
        if let m = text.firstMatch(of: /^The value '(.*)' is invalid(?: for '([^']+)')?(?s)(.*)$/) {
            let place = m.2.map { " для \($0)" } ?? ""
            let allowed = m.3.matches(of: /'([^']*)'|\n  - (.+)/).map { String($0.1 ?? $0.2 ?? "") }
            let custom = m.3.hasPrefix(": ") ? ": " + m.3.dropFirst(2) : ""
            return "недопустимое значение «\(m.1)»\(place)" + (allowed.isEmpty ? custom : ": допустимы " + allowed.joined(separator: ", "))
        }
        if text.contains(where: { ("а"..."я").contains($0) || ("А"..."Я").contains($0) }) { return text }
        return "команда записана неверно"
    }

    private static let headings = [
        ("OVERVIEW: ", "ОПИСАНИЕ: "), ("USAGE: ", "ВЫЗОВ: "), ("ARGUMENTS:", "АРГУМЕНТЫ:"),
        ("OPTIONS:", "ПАРАМЕТРЫ:"), ("SUBCOMMANDS:", "КОМАНДЫ:"),
    ]

    /// Words the parser puts inside lines: placeholders, defaults, the help flag.
    private static func common(_ line: String) -> String {
        var line = line
        for (english, russian) in [("<subcommand>", "<команда>"), ("<options>", "<параметры>"),
                                   ("Show help information.", "Показать эту справку."),
                                   ("(default: ", "(по умолчанию: "), ("(values: ", "(значения: ")] {
            line = line.replacing(english, with: russian)
        }
        if let seeAlso = line.firstMatch(of: /^(\s*)See '(.+)' for detailed help\.$/) {
            line = seeAlso.1 + "Подробнее о каждой команде: " + seeAlso.2
        }
        return line
    }
}
