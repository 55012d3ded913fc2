/// The Russian ЙЦУКЕН layout against US QWERTY, key by key. A teacher may have
/// either layout active, so a one-letter command is bound to both characters of
/// its physical key: "н" and "y", "б" and ",".
public enum KeyboardLayout {
    /// The character on the same physical key in the other layout (with the same
    /// Shift state): "й" ↔ "q", "Б" ↔ "<", "ё" ↔ "`".
    public static func twin(of character: Character) -> Character? {
        twins[character]
    }

    /// `character`, its twin and, when `ignoringCase`, the other case of the
    /// letter with its twin when that twin is a letter too. Shifted punctuation is
    /// left out ("Б" gives no "<"), so binding "б" never captures "<".
    public static func sameKey(_ character: Character, ignoringCase: Bool = true) -> [Character] {
        var result = [character]
        func add(_ candidate: Character?) {
            if let candidate, !result.contains(candidate) { result.append(candidate) }
        }
        add(twin(of: character))
        if ignoringCase, let other = otherCase(of: character) {
            add(other)
            if let otherTwin = twin(of: other), otherTwin.isLetter { add(otherTwin) }
        }
        return result
    }

    private static func otherCase(of character: Character) -> Character? {
        guard character.isLetter else { return nil }
        let swapped = character.isUppercase ? character.lowercased() : character.uppercased()
        guard swapped.count == 1, let first = swapped.first, first != character else { return nil }
        return first
    }

    private static let russian = Array("йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ")
    private static let latin = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~")

    private static let twins: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (cyrillic, latin) in zip(russian, latin) {
            table[cyrillic] = latin
            table[latin] = cyrillic
        }
        return table
    }()
}

extension Key {
    /// The keys a one-letter command should answer to on either layout; see
    /// `KeyboardLayout.sameKey(_:ignoringCase:)`.
    public static func sameKey(_ character: Character, ignoringCase: Bool = true) -> [Key] {
        KeyboardLayout.sameKey(character, ignoringCase: ignoringCase).map(Key.character)
    }
}
