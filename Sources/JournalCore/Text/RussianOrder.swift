/// Alphabetical order for Russian names without relying on the machine's
/// locale data: code-point order is alphabetical for Cyrillic except «ё», which
/// belongs right after «е». Case is ignored, then broken by code points so the
/// order is total and the same on every machine.
public enum RussianOrder {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let keyA = sortKey(a), keyB = sortKey(b)
        if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }

    /// Each letter as a number: «е» = 2·е, «ё» = 2·е + 1, everything else 2·code.
    static func sortKey(_ text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x451: return 0x435 * 2 + 1     // ё after е
            default: return scalar.value * 2
            }
        }
    }
}

extension Array {
    /// Sorted by a name in Russian alphabetical order.
    public func sortedByRussianName(_ name: (Element) -> String) -> [Element] {
        sorted { RussianOrder.areInIncreasingOrder(name($0), name($1)) }
    }
}

/// "Иванова Анна Петровна" → "Иванова А. П.", as a journal writes a person.
public enum PersonName {
    public static func short(_ fullName: String) -> String {
        let parts = fullName.split(separator: " ").map(String.init)
        guard let surname = parts.first else { return fullName }
        let initials = parts.dropFirst().compactMap { $0.first.map { "\($0)." } }
        return ([surname] + (initials.isEmpty ? [] : [initials.joined(separator: " ")])).joined(separator: " ")
    }
}
