import JournalCore

/// Russian alphabetical order worked out once per name: a school-wide report
/// sorts tens of thousands of rows by a few thousand names, and comparing
/// ranks costs nothing where comparing names allocates their sort keys.
struct NameRanks {
    private let ranks: [String: Int]

    init(_ names: some Sequence<String>) {
        let sorted = Set(names).sorted(by: RussianOrder.areInIncreasingOrder)
        ranks = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
    }

    /// A name not given to `init` sorts last.
    func rank(_ name: String) -> Int { ranks[name] ?? Int.max }
}
