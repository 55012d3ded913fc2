/// The order export sorts identifiers in: digit runs compare as numbers, so that
/// `2` comes before `10` and `5А` before `10А`; the rest compares by code point.
/// Identifiers that only differ in leading zeros (`07`, `7`) are ordered by their
/// bytes, so that the order is total and two exports agree.
enum NaturalOrder {
    static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        compare(Array(a.utf8), Array(b.utf8)) < 0
    }

    /// Each distinct identifier's place in natural order, for sorting rows by the
    /// identifiers they reference without comparing strings again and again.
    static func ranks(_ ids: [String]) -> [String: Int] {
        let unique = Array(Set(ids))
        let bytes = unique.map { Array($0.utf8) }
        let order = unique.indices.sorted { compare(bytes[$0], bytes[$1]) < 0 }
        var rank: [String: Int] = [:]
        rank.reserveCapacity(order.count)
        for (place, index) in order.enumerated() { rank[unique[index]] = place }
        return rank
    }

    /// Sorts values by an identifier of theirs in natural order.
    static func sorted<T>(_ items: [T], by id: (T) -> String) -> [T] {
        let rank = ranks(items.map(id))
        let keys = items.map { rank[id($0)] ?? 0 }
        return items.indices.sorted { keys[$0] < keys[$1] }.map { items[$0] }
    }

    /// Negative, zero or positive as `a` sorts before, with or after `b`.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let (endA, endB) = (digitRunEnd(a, i), digitRunEnd(b, j))
                let numbers = compareNumbers(a[i..<endA], b[j..<endB])
                if numbers != 0 { return numbers }
                (i, j) = (endA, endB)
            } else {
                if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
                i += 1
                j += 1
            }
        }
        if i < a.count || j < b.count { return i < a.count ? 1 : -1 }
        return a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func digitRunEnd(_ bytes: [UInt8], _ start: Int) -> Int {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return end
    }

    /// Compares two digit runs by value: fewer significant digits is smaller.
    private static func compareNumbers(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        let x = a.drop { $0 == 48 }
        let y = b.drop { $0 == 48 }
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        for (p, q) in zip(x, y) where p != q { return p < q ? -1 : 1 }
        return 0
    }
}
