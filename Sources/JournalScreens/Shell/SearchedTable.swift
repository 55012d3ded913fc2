import TerminalUI

/// A long list with a search line over it, as the secretary's lists are: a
/// typed letter narrows the rows, so the choice must go back to the first row
/// found, or it would point past the end.
protocol SearchedTable {
    var search: TextFieldState { get set }
    var table: TableState { get set }
}

extension SearchedTable {
    mutating func type(_ key: Key) -> Bool {
        guard search.handle(key) == .changed else { return false }
        table = TableState()
        return true
    }

    mutating func clearSearch() -> Bool {
        guard !search.isEmpty else { return false }
        search = TextFieldState(maxLength: 40)
        table = TableState()
        return true
    }
}
