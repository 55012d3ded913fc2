import ControlReports
import JournalCore
import TerminalUI

/// A report table as the terminal's table widget: the naming columns frozen,
/// figures right-aligned, «—» where there is no value; a figure that opens
/// something further is drawn as a link would be.
enum ReportTableView {
    static func widget(_ table: ReportTable, selection: TableSelectionMode = .cell) -> Table {
        let layout = ReportTableLayout(table)
        let columns = table.columns.indices.map {
            TableColumn(width: layout.widths[$0], alignment: layout.numeric[$0] ? .right : .left)
        }
        let header = table.columns.indices.map { index in
            TableCell(table.columns[index].title, style: .header, alignment: layout.numeric[index] ? .right : .left)
        }
        return Table(columns: columns, headerRows: [header], rowCount: table.rows.count, frozenColumns: layout.frozen,
                     selectionMode: selection) { row, column in
            let value = table.rows[row][column]
            return TableCell(value.printed, style: style(value, key: table.columns[column].key))
        }
    }

    /// Colours by meaning: a figure of trouble (students below the norm, «2»,
    /// behind the plan) stands out when it is not zero.
    static func style(_ value: ReportValue, key: String) -> StyleRole? {
        let troubles: Set<String> = ["marks_0", "marks_1", "below_norm", "marks_2", "marks_1", "not_assessed", "one_2", "failing",
                                     "missed", "cancelled", "total"]
        switch value {
        case .integer(let number) where number > 0 && troubles.contains(key): return .warning
        case .text("отставание"): return .error
        case .text("опережение"): return .success
        case .none: return .dim
        default: return nil
        }
    }

    /// The line under a table: the selected column's whole title and value.
    static func detail(_ table: ReportTable, row: Int, column: Int) -> String {
        guard table.columns.indices.contains(column), table.rows.indices.contains(row) else { return "" }
        let first = table.rows[row].prefix(ReportTableLayout(table).frozen).map(\.printed).filter { $0 != "—" && !$0.isEmpty }
        return (first.isEmpty ? "" : first.joined(separator: " · ") + " — ")
            + "\(table.columns[column].title): \(table.rows[row][column].printed)"
    }
}
