/// Row ids numbered 0, 1, 2… in order of first sight, so that figures can be
/// kept in arrays. Looked up through a table when the ids lie close together
/// (a school's students and subjects do) and through a dictionary otherwise:
/// a report looks up 10⁵ ids, and hashing each cost more than its arithmetic.
struct DenseNumbers {
    private var low: Int64 = 0
    /// By `id - low`: the id's number, or -1; empty when the ids are spread.
    private var table: [Int32] = []
    private var spread: [Int64: Int] = [:]
    private(set) var count = 0

    init(_ ids: [Int64]) {
        guard let low = ids.min(), let high = ids.max() else { return }
        if high - low < Int64(4 * ids.count + 1024) {
            self.low = low
            table = [Int32](repeating: -1, count: Int(high - low) + 1)
        }
        for id in ids where number(id) == nil {
            if table.isEmpty { spread[id] = count } else { table[Int(id - low)] = Int32(count) }
            count += 1
        }
    }

    func number(_ id: Int64) -> Int? {
        guard !table.isEmpty else { return spread[id] }
        guard id >= low, id - low < Int64(table.count), case let number = table[Int(id - low)], number >= 0 else { return nil }
        return Int(number)
    }
}
