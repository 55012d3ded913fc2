/// Alphabetical order for Russian names without relying on the machine's
/// locale data: code-point order is alphabetical for Cyrillic except «ё», which
/// belongs right after «е». Case is ignored, then broken by code points so the
/// order is total and the same on every machine.
public enum RussianOrder {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        if let fast = fastOrder(a, b) { return fast }
        let keyA = sortKey(a), keyB = sortKey(b)
        if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }

    /// The same order without allocating, for text of ASCII and basic
    /// Cyrillic only (where lowercasing maps one letter to one letter by a
    /// fixed offset); nil for anything else. Reports sort tens of thousands
    /// of rows by name, and the keys cost more than the comparisons.
    static func fastOrder(_ a: String, _ b: String) -> Bool? {
        var x = a.unicodeScalars.makeIterator(), y = b.unicodeScalars.makeIterator()
        var tie: Bool?      // the first code-point difference, should the keys be equal
        while true {
            switch (x.next(), y.next()) {
            case (nil, nil): return tie ?? false
            case (nil, .some(let s)): return simpleKey(s) == nil ? nil : true
            case (.some(let s), nil): return simpleKey(s) == nil ? nil : false
            case (.some(let s), .some(let t)):
                guard let ks = simpleKey(s), let kt = simpleKey(t) else { return nil }
                if ks != kt {
                    // The order is decided here, but the rest must still be simple
                    // for the slow path to agree: it lowercases the whole text.
                    while let s = x.next() { if simpleKey(s) == nil { return nil } }
                    while let t = y.next() { if simpleKey(t) == nil { return nil } }
                    return ks < kt
                }
                if tie == nil, s != t { tie = s.value < t.value }
            }
        }
    }

    /// `sortKey` of one scalar whose lowercase is one scalar at a fixed offset
    /// (ASCII, Cyrillic U+0400–U+045F); nil for any other.
    private static func simpleKey(_ scalar: Unicode.Scalar) -> UInt32? {
        let v = scalar.value
        switch v {
        case 0x41...0x5A: return (v + 0x20) * 2
        case 0...0x7F: return v * 2
        case 0x401: return 0x435 * 2 + 1            // Ё → ё, after е
        case 0x451: return 0x435 * 2 + 1
        case 0x400...0x40F: return (v + 0x50) * 2
        case 0x410...0x42F: return (v + 0x20) * 2
        case 0x430...0x45F: return v * 2
        default: return nil
        }
    }

    /// One array per text whose lexicographic order is `areInIncreasingOrder`'s:
    /// the sort key shifted by one, a 0 where it ends (a shorter key first), then
    /// the code points (the tie-break). Made once per name, it lets a sort of
    /// thousands of names compare integers instead of walking letters.
    public static func collationKey(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.utf8.count * 2 + 1)
        for scalar in text.unicodeScalars {
            // `sortKey` without lowercasing the whole text, where each letter lowercases alone.
            guard let simple = simpleKey(scalar) else {
                key = sortKey(text).map { $0 + 1 }
                break
            }
            key.append(simple + 1)
        }
        key.append(0)
        key += text.unicodeScalars.map(\.value)
        return key
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
