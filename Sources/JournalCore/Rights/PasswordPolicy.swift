/// What a password must be: at least 8 characters, not the login, not one of the
/// passwords every pupil tries first. Cyrillic letters and spaces are welcome.
public enum PasswordPolicy {
    public static let minimumLength = 8
    public static let maximumLength = 256

    public static func check(_ password: String, login: String) throws {
        guard password.count >= minimumLength else {
            throw JournalError.other(Phrase(ru: "пароль слишком короткий: нужно не меньше \(minimumLength) символов",
                                            en: "the password is too short: at least \(minimumLength) characters"))
        }
        guard password.count <= maximumLength else {
            throw JournalError.other(Phrase(ru: "пароль слишком длинный: не больше \(maximumLength) символов",
                                            en: "the password is too long: at most \(maximumLength) characters"))
        }
        let folded = password.lowercased()
        guard folded != login.lowercased(), !folded.contains(login.lowercased()) || login.count < 4 else {
            throw JournalError.other(Phrase(ru: "пароль не должен совпадать с логином или содержать его",
                                            en: "the password must not be or contain the login"))
        }
        guard !common.contains(folded), Set(folded).count > 2 else {
            throw JournalError.other(Phrase(ru: "этот пароль слишком распространён, его легко угадать; придумайте другой",
                                            en: "this password is too common and easy to guess; choose another"))
        }
    }

    /// The usual first guesses, Latin and Cyrillic (the same keys on ЙЦУКЕН).
    static let common: Set<String> = [
        "12345678", "123456789", "1234567890", "87654321", "11111111", "00000000", "12341234", "11223344",
        "password", "password1", "passw0rd", "qwertyui", "qwerty123", "qwertyuiop", "1q2w3e4r", "1qaz2wsx",
        "asdfghjk", "zxcvbnm1", "iloveyou", "sunshine", "football", "princess", "admin123", "welcome1",
        "пароль12", "пароль123", "йцукенгш", "йцукенгшщз", "фывапролд", "ячсмитьб", "qwerty12", "abcd1234",
        "школа123", "учитель1", "учитель123", "журнал123", "shkola123", "zhurnal123", "12qwaszx", "q1w2e3r4",
    ]
}
