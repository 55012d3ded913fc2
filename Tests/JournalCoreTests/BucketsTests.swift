import JournalCore
import Testing

/// Grouping by counting keeps each bucket's items in the order they came,
/// leaves out items with a negative bucket, and has an empty run for a bucket
/// no item falls in.
@Suite struct BucketsTests {
    @Test func itemsAreGroupedByBucketInTheirOrder() {
        let grouped = Buckets([2, 0, -1, 2, 0, 3, 2], count: 4)
        #expect(grouped.starts == [0, 2, 2, 5, 6])
        #expect(grouped.order == [1, 4, 0, 3, 6, 5])
    }

    @Test func groupingEqualsAStableSortByBucket() {
        var random = SystemRandomNumberGenerator()
        let bucket = (0..<5_000).map { _ in Int.random(in: -1..<40, using: &random) }
        let grouped = Buckets(bucket, count: 40)
        let sorted = bucket.indices.filter { bucket[$0] >= 0 }.sorted { (bucket[$0], $0) < (bucket[$1], $1) }
        #expect(grouped.order == sorted)
        #expect(grouped.starts.count == 41)
        #expect((0..<40).allSatisfy { b in grouped.order[grouped.starts[b]..<grouped.starts[b + 1]].allSatisfy { bucket[$0] == b } })
    }
}
