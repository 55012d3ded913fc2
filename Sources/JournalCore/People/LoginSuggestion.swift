/// A login made from a person's full name, for accounts the secretary
/// creates in bulk (a class's parents, students without an account):
/// «Иванова Анна Петровна» → `ivanova.ap`. The store adds a digit when the
/// login is taken.
public enum LoginSuggestion {
    public static func make(fullName: String, prefix: String = "") -> String {
        let words = fullName.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard let surname = words.first else { return prefix + "user" }
        let initials = words.dropFirst().compactMap(\.first).map { latin(String($0)) }.joined()
        let base = latin(surname) + (initials.isEmpty ? "" : "." + initials)
        let cleaned = String(base.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") }.prefix(40))
        return prefix + (cleaned.isEmpty ? "user" : cleaned)
    }

    /// Russian letters in the passport (ICAO) transliteration, lower case.
    public static func latin(_ text: String) -> String {
        text.lowercased().map { letter in table[letter] ?? String(letter) }.joined()
    }

    private static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    ]
}
