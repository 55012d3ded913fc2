/// Keys claimed by more than one binding, counted by the key a finger presses:
/// a letter and its other case are one key, and so are a character and its twin
/// on the other layout («н» and "y"), since which of them arrives depends only
/// on the layout that happens to be on. `KeyMap.conflictingKeys` compares keys
/// exactly; this is the check a screen's several maps (and the keys the shell
/// answers before any screen) must pass together.
public enum KeyClashes {
    /// The physical keys more than one of `bindings` claims (each binding given
    /// by its keys), named by the first key that claimed them, in order.
    public static func find(in bindings: [[Key]]) -> [Key] {
        var owner: [Key: (binding: Int, key: Key)] = [:]
        var clashes: [Key] = []
        for (index, keys) in bindings.enumerated() {
            for key in keys {
                let physical = physicalKey(of: key)
                guard let first = owner[physical] else {
                    owner[physical] = (index, key)
                    continue
                }
                if first.binding != index && !clashes.contains(first.key) { clashes.append(first.key) }
            }
        }
        return clashes
    }

    /// The key as the keyboard has it: a letter in lower case, a Cyrillic
    /// character as its Latin twin ("Н" and «н» → "y", «б» → ",").
    public static func physicalKey(of key: Key) -> Key {
        guard var character = key.character else { return key }
        if character.isLetter, let lower = character.lowercased().first { character = lower }
        if !character.isASCII, let twin = KeyboardLayout.twin(of: character) { character = twin }
        return .character(character)
    }
}
