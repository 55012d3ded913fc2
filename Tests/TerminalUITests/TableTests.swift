import Testing
import TerminalUI

/// A class grid: a frozen name column and a date header over marks.
func classGrid(rows: Int = 6, lessons: Int = 10, selectionMode: TableSelectionMode = .cell) -> Table {
    let names = ["Абрамова", "Белов", "Гусев", "Дмитриева", "Ёлкин", "Жуков", "Зайцева", "Иванов", "Ким", "Лебедев"]
    return Table(columns: [TableColumn(width: 9)] + Array(repeating: TableColumn(width: 3, alignment: .center), count: lessons),
                 headerRows: [["Ученик"] + (1...lessons).map { TableCell(String(format2($0)), style: $0 == 3 ? .today : nil) }],
                 rowCount: rows, frozenColumns: 1, selectionMode: selectionMode) { row, column in
        if column == 0 { return TableCell(names[row % names.count]) }
        let mark = (row + column) % 4 + 2
        return TableCell(String(mark), style: mark == 5 ? .markExcellent : (mark == 2 ? .markFailing : nil))
    }
}

func format2(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
}

@Suite("Table")
struct TableTests {
    @Test func rendersHeaderFrozenColumnAndCells() {
        var state = TableState(selectedRow: 0, selectedColumn: 1)
        let buffer = rendered(classGrid(), width: 30, height: 4, state: &state)
        #expect(buffer.trimmedLines == [
            "Ученик   │01  02  03  04  05",
            "Абрамова │ 3   4   5   2   3",
            "Белов    │ 4   5   2   3   4",
            "Гусев    │ 5   2   3   4   5",
        ])
    }

    @Test func stylesMarkHeaderSelectionAndToday() {
        var state = TableState(selectedRow: 1, selectedColumn: 2)
        let buffer = rendered(classGrid(), width: 30, height: 4, state: &state)
        #expect(buffer[0, 0].style == .header)
        #expect(buffer[9, 0].style == .border)
        #expect(buffer[11, 1].style == .normal)
        #expect(buffer[18, 1].style == .markExcellent)
        #expect(buffer[15, 2].style == .selected)
        #expect(buffer[0, 2].style == .selectedHeader)
        #expect(buffer[0, 1].style == .frozenColumn)
        #expect(buffer[14, 0].style == .selectedHeader)
        #expect(buffer[18, 0].style == .today)
        #expect(buffer[14, 3].style == .markFailing)
    }

    @Test func scrollsRightKeepingTheFrozenColumn() {
        let grid = classGrid(lessons: 12)
        var state = TableState(selectedRow: 0, selectedColumn: 1)
        _ = rendered(grid, width: 30, height: 4, state: &state)
        for _ in 0..<8 { #expect(state.handle(.right, for: grid) == .handled) }
        let buffer = rendered(grid, width: 30, height: 4, state: &state)
        #expect(state.selectedColumn == 9)
        #expect(buffer.trimmedLines[0] == "Ученик   │05  06  07  08  09")
        #expect(buffer.trimmedLines[1].hasPrefix("Абрамова │"))
        #expect(buffer[26, 1].style == .selected)
    }

    @Test func homeAndEndGoToTheFirstAndLastScrollingColumn() {
        let grid = classGrid(lessons: 12)
        var state = TableState(selectedRow: 0, selectedColumn: 4)
        _ = state.handle(.end, for: grid)
        #expect(state.selectedColumn == 12)
        var buffer = rendered(grid, width: 30, height: 4, state: &state)
        #expect(buffer.trimmedLines[0] == "Ученик   │08  09  10  11  12")
        _ = state.handle(.home, for: grid)
        #expect(state.selectedColumn == 1)
        buffer = rendered(grid, width: 30, height: 4, state: &state)
        #expect(buffer.trimmedLines[0] == "Ученик   │01  02  03  04  05")
        _ = state.handle(.left, for: grid)
        #expect(state.selectedColumn == 1)
    }

    @Test func scrollsDownUnderTheFrozenHeader() {
        let grid = classGrid(rows: 10)
        var state = TableState()
        _ = rendered(grid, width: 30, height: 4, state: &state)
        #expect(state.visibleRows == 3)
        _ = state.handle(.pageDown, for: grid)
        _ = state.handle(.pageDown, for: grid)
        #expect(state.selectedRow == 4)
        let buffer = rendered(grid, width: 30, height: 4, state: &state)
        #expect(buffer.trimmedLines.map { String($0.prefix(9)) } == ["Ученик   ", "Гусев    ", "Дмитриева", "Ёлкин    "])
        _ = state.handle(.down, for: grid)
        _ = state.handle(.down, for: grid)
        for _ in 0..<20 { _ = state.handle(.down, for: grid) }
        #expect(state.selectedRow == 9)
        let bottom = rendered(grid, width: 30, height: 4, state: &state)
        #expect(bottom.trimmedLines.last?.hasPrefix("Лебедев") == true)
    }

    @Test func growingTheWindowShowsMoreColumnsAgain() {
        let grid = classGrid(lessons: 8)
        var state = TableState(selectedRow: 0, selectedColumn: 8)
        _ = rendered(grid, width: 26, height: 3, state: &state)
        #expect(state.columnOffset > 1)
        let wide = rendered(grid, width: 60, height: 3, state: &state)
        #expect(state.columnOffset == 1)
        #expect(wide.trimmedLines[0] == "Ученик   │01  02  03  04  05  06  07  08")
    }

    @Test func rowModeHighlightsTheWholeRow() {
        var state = TableState(selectedRow: 1)
        let grid = classGrid(selectionMode: .row)
        let buffer = rendered(grid, width: 30, height: 4, state: &state)
        #expect((0..<30).allSatisfy { buffer[$0, 2].style == .selected })
        #expect(buffer[0, 1].style == .frozenColumn)
        #expect(state.handle(.right, for: grid) == .handled)
        #expect(state.columnOffset == 2)
    }

    @Test func unfocusedSelectionIsInactive() {
        var grid = classGrid()
        grid.isFocused = false
        var state = TableState(selectedRow: 0, selectedColumn: 1)
        let buffer = rendered(grid, width: 30, height: 3, state: &state)
        #expect(buffer[11, 1].style == .selectedInactive)
    }

    @Test func otherKeysAreIgnoredAndEmptyTablesAreSafe() {
        let empty = Table(columns: [TableColumn(width: 5)], rowCount: 0) { _, _ in .empty }
        var state = TableState()
        #expect(state.handle(.character("5"), for: empty) == .ignored)
        for key: Key in [.down, .up, .pageDown, .end, .home, .right, .left] {
            #expect(state.handle(key, for: empty) == .handled)
        }
        let buffer = rendered(empty, width: 10, height: 3, state: &state)
        #expect(buffer.trimmedLines == ["", "", ""])
        let tiny = rendered(classGrid(), width: 3, height: 1, state: &state)
        #expect(tiny.trimmedLines == ["Уче"])
    }

    @Test func longCellTextIsCutWithAnEllipsis() {
        let table = Table(columns: [TableColumn(width: 6)], rows: [["Дмитриева Анна"]], selectionMode: .none)
        var state = TableState()
        #expect(rendered(table, width: 10, height: 1, state: &state).trimmedLines == ["Дмитр…"])
    }

    @Test func asksOnlyForVisibleCells() {
        final class Counter: @unchecked Sendable { var calls = 0 }
        let counter = Counter()
        let big = Table(columns: Array(repeating: TableColumn(width: 4), count: 200), rowCount: 5000) { row, column in
            counter.calls += 1
            return TableCell("\(row):\(column)")
        }
        var state = TableState(selectedRow: 2500, selectedColumn: 100)
        _ = rendered(big, width: 80, height: 24, state: &state)
        #expect(counter.calls <= 24 * 17)
        #expect(counter.calls > 0)
    }
}

@Suite("Table with trailing frozen columns")
struct TrailingColumnTests {
    /// Names on the left, lessons scrolling, an average column pinned on the right.
    func gridWithAverage(lessons: Int = 12, highlight: RowHeaderHighlight = .frozenColumns) -> Table {
        let names = ["Абрамова", "Белов", "Гусев"]
        let columns = [TableColumn(width: 2, alignment: .right), TableColumn(width: 8)]
            + Array(repeating: TableColumn(width: 2, alignment: .center), count: lessons) + [TableColumn(width: 4)]
        return Table(columns: columns, headerRows: [["№", "Ученик"] + (1...lessons).map { TableCell(format2($0)) } + ["Ср."]],
                     rowCount: 3, frozenColumns: 2, trailingFrozenColumns: 1, rowHeaderHighlight: highlight) { row, column in
            switch column {
            case 0: TableCell(String(row + 1))
            case 1: TableCell(names[row])
            case lessons + 2: TableCell("4.5\(row)")
            default: TableCell(String(column - 1))
            }
        }
    }

    @Test func trailingColumnStaysAtTheRightWhileTheMiddleScrolls() {
        let grid = gridWithAverage()
        var state = TableState(selectedRow: 0, selectedColumn: 2)
        var buffer = rendered(grid, width: 31, height: 2, state: &state)
        #expect(buffer.trimmedLines[0] == " № Ученик  │01 02 03 04 05│Ср.")
        #expect(buffer.trimmedLines[1] == " 1 Абрамова│1  2  3  4  5 │4.50")
        _ = state.handle(.end, for: grid)
        #expect(state.selectedColumn == 13)
        buffer = rendered(grid, width: 31, height: 2, state: &state)
        #expect(buffer.trimmedLines[0] == " № Ученик  │08 09 10 11 12│Ср.")
        #expect(buffer[26, 1].style == .border)
        #expect(buffer[27, 1].style == .frozenColumn)
        let narrower = rendered(grid, width: 30, height: 2, state: &state)
        #expect(narrower.trimmedLines[0] == " № Ученик  │09 10 11 12│Ср.")
    }

    @Test func selectionNeverRestsOnATrailingColumn() {
        let grid = gridWithAverage(lessons: 3)
        var state = TableState(selectedRow: 0, selectedColumn: 4)
        #expect(state.handle(.right, for: grid) == .handled)
        #expect(state.selectedColumn == 4)
        #expect(grid.selectableColumns == 2..<5)
        state.select(row: 0, column: 5)
        _ = rendered(grid, width: 30, height: 2, state: &state)
        #expect(state.selectedColumn == 4)
    }

    @Test func fewColumnsPutTheTrailingOnesRightAfterThem() {
        var state = TableState(selectedRow: 0, selectedColumn: 2)
        let buffer = rendered(gridWithAverage(lessons: 2), width: 30, height: 2, state: &state)
        #expect(buffer.trimmedLines[0] == " № Ученик  │01 02│Ср.")
    }

    @Test func rowHighlightCanMarkOnlyTheFirstColumn() {
        var state = TableState(selectedRow: 1, selectedColumn: 3)
        let narrow = rendered(gridWithAverage(highlight: .firstColumn), width: 30, height: 3, state: &state)
        #expect(narrow[1, 2].style == .selectedHeader)
        #expect(narrow[3, 2].style == .frozenColumn)
        let full = rendered(gridWithAverage(), width: 30, height: 3, state: &state)
        #expect(full[3, 2].style == .selectedHeader)
        var matching = gridWithAverage(highlight: .firstColumn)
        matching.rowHeaderStyle = .selected
        #expect(rendered(matching, width: 30, height: 3, state: &state)[1, 2].style == .selected)
        let none = rendered(gridWithAverage(highlight: .none), width: 30, height: 3, state: &state)
        #expect(none[1, 2].style == .frozenColumn)
        #expect(none[15, 2].style == .selected)
    }
}
