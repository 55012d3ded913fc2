/// Makes unique logins from names: `ivanova.ap` (surname and initials, in the
/// Latin transliteration of passports), with a number when taken.
struct LoginMaker {
    private var taken: Set<String>

    init(reserved: [String]) {
        taken = Set(reserved)
    }

    mutating func login(for name: PersonName, initials: Int = 2) -> String {
        var base = Self.transliterate(name.surname.lowercased()) + "."
        base += Self.transliterate(String(name.given.prefix(1)).lowercased())
        if initials > 1 { base += Self.transliterate(String(name.patronymic.prefix(1)).lowercased()) }
        return unique(base)
    }

    mutating func unique(_ base: String) -> String {
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = base + String(number)
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    static func transliterate(_ text: String) -> String {
        var result = ""
        for character in text {
            if let latin = table[character] { result += latin } else if character.isASCII { result.append(character) }
        }
        return result
    }

    private static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
        "ь": "", "э": "e", "ю": "iu", "я": "ia", "-": "-",
    ]
}
