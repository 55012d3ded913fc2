#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Curses draws Cyrillic correctly only in a UTF-8 locale, and the locale must be
/// set from the environment before curses starts.
enum LocaleCheck {
    static func requireUTF8(language: MessageLanguage) throws {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        guard isUTF8(codeset) else {
            throw TerminalStartError(.localeNotUTF8(codeset: codeset), language: language)
        }
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }
}
