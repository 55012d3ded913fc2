/// Items grouped by a bucket number in two passes of counting: bucket `b`'s
/// items are `order[starts[b]..<starts[b + 1]]`, each bucket's in the order
/// they came; an item whose bucket is negative is left out. Reports group 10⁵
/// marks or remarks by a number with few values, where sorting by it, or a
/// dictionary of arrays, cost several times more.
public struct Buckets: Sendable {
    /// Where each bucket begins in `order`, and one more: where the last ends.
    public let starts: [Int]
    /// The items' indices, bucket after bucket.
    public let order: [Int]

    /// `bucket[i]` is item `i`'s bucket, below `count`.
    public init(_ bucket: [Int], count: Int) {
        var starts = [Int](repeating: 0, count: count + 1)
        for b in bucket where b >= 0 { starts[b + 1] += 1 }
        for b in 0..<count { starts[b + 1] += starts[b] }
        var next = starts, order = [Int](repeating: 0, count: starts[count])
        for (item, b) in bucket.enumerated() where b >= 0 {
            order[next[b]] = item
            next[b] += 1
        }
        self.starts = starts
        self.order = order
    }
}
