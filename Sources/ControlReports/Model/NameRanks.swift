import JournalCore

/// Russian alphabetical order worked out once per name: a school-wide report
/// sorts tens of thousands of rows by a few thousand names, and comparing
/// ranks costs nothing where comparing names allocates their sort keys.
struct NameRanks {
    private let ranks: [String: Int]

    init(_ names: some Sequence<String>) {
        let unique = Array(Set(names))
        // Keys made once per name: the sort then compares integers (5·10³ names of a school).
        let keys = unique.map(RussianOrder.collationKey)
        let order = unique.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        ranks = Dictionary(uniqueKeysWithValues: order.enumerated().map { (unique[$1], $0) })
    }

    /// A name not given to `init` sorts last.
    func rank(_ name: String) -> Int { ranks[name] ?? Int.max }
}
