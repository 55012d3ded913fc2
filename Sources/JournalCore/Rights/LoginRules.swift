/// What a login may be, in one place for `zhurnal user add`, the accounts
/// screen, the bundle's users.csv and the sign-in field: Latin letters, digits,
/// `.`, `_` and `-`, from 2 to 64 characters. Two logins that differ only in
/// case are the same login (`ADMIN` is taken when `admin` exists): a teacher
/// reading a login aloud or off a sheet cannot tell them apart, and neither
/// should the journal.
///
/// The alphabet keeps out what a person cannot see or type: control
/// characters, bidirectional and zero-width characters, and Cyrillic letters
/// that look Latin (`аdmin` with a Russian «а» is not `admin`).
public enum LoginRules {
    public static let minimumLength = 2
    public static let maximumLength = 64

    /// Throws `JournalError.invalidLogin` naming the first thing wrong.
    public static func check(_ login: String) throws(JournalError) {
        if let flaw = flaw(of: login) { throw .invalidLogin(login, flaw) }
    }

    public static func flaw(of login: String) -> LoginFlaw? {
        let count = login.unicodeScalars.count
        if count > maximumLength { return .tooLong(count: count) }
        for scalar in login.unicodeScalars where !isAllowed(scalar) {
            if HiddenCharacters.isControl(scalar) { return .control(scalar.value) }
            if HiddenCharacters.isBidiControl(scalar) || HiddenCharacters.isZeroWidth(scalar) { return .invisible(scalar.value) }
            if scalar.properties.isAlphabetic { return .notLatin(Character(scalar)) }
            return .notAllowed(Character(scalar))
        }
        if count < minimumLength { return .tooShort }
        return nil
    }

    /// The form two logins are compared in: `Ivanova` and `ivanova` are one.
    public static func folded(_ login: String) -> String {
        login.lowercased()
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }
}

/// Why a text is not a login.
public enum LoginFlaw: Equatable, Sendable {
    case tooShort
    case tooLong(count: Int)
    /// A control character (its code point).
    case control(UInt32)
    /// A bidirectional or zero-width character (its code point).
    case invisible(UInt32)
    /// A letter of another alphabet, usually Cyrillic typed in the Russian layout.
    case notLatin(Character)
    /// Anything else outside the alphabet: a space, `@`, `+`.
    case notAllowed(Character)

    /// The reason and the alphabet: what a message elsewhere than the form says.
    public var phrase: Phrase {
        let alphabet = Phrase(ru: "логин — это латинские буквы, цифры, точка, подчёркивание и дефис, от \(LoginRules.minimumLength) до \(LoginRules.maximumLength) символов",
                              en: "a login is Latin letters, digits, dot, underscore and hyphen, \(LoginRules.minimumLength) to \(LoginRules.maximumLength) characters")
        return Phrase(ru: reason.ru + "; " + alphabet.ru, en: reason.en + "; " + alphabet.en)
    }

    /// The reason alone, for a form that shows the alphabet beside the field.
    public var reason: Phrase {
        switch self {
        case .tooShort:
            Phrase(ru: "слишком короткий", en: "is too short")
        case .tooLong(let count):
            Phrase(ru: "слишком длинный (\(count) символов)", en: "is too long (\(count) characters)")
        case .control(let code):
            Phrase(ru: "содержит управляющий символ \(HiddenCharacters.codePoint(code))", en: "contains the control character \(HiddenCharacters.codePoint(code))")
        case .invisible(let code):
            Phrase(ru: "содержит невидимый символ \(HiddenCharacters.codePoint(code))", en: "contains the invisible character \(HiddenCharacters.codePoint(code))")
        case .notLatin(let letter):
            Phrase(ru: "содержит нелатинскую букву «\(letter)»: наберите логин в английской раскладке",
                   en: "contains the non-Latin letter \"\(letter)\": type the login in the English layout")
        case .notAllowed(" "):
            Phrase(ru: "содержит пробел", en: "contains a space")
        case .notAllowed(let character):
            Phrase(ru: "содержит недопустимый знак «\(character)»", en: "contains the character \"\(character)\"")
        }
    }
}
