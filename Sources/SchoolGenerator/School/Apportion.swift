/// Splits a whole number in proportion to weights so that the parts add up
/// exactly (largest remainder; ties go to the earlier weight).
enum Apportion {
    static func split(_ total: Int, weights: [Double], minimum: Int = 0) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let reserved = minimum * weights.count
        let rest = max(0, total - reserved)
        let sum = weights.reduce(0, +)
        let exact = weights.map { sum > 0 ? Double(rest) * $0 / sum : 0 }
        var parts = exact.map { Int($0.rounded(.down)) }
        var left = rest - parts.reduce(0, +)
        let order = exact.indices.sorted { a, b in
            let ra = exact[a] - exact[a].rounded(.down), rb = exact[b] - exact[b].rounded(.down)
            return ra != rb ? ra > rb : a < b
        }
        var position = 0
        while left > 0 {
            parts[order[position % order.count]] += 1
            left -= 1
            position += 1
        }
        return parts.map { $0 + minimum }
    }
}
