import GRDB
import GRDBSQLite
import JournalCore

/// A report's rows read straight from SQLite's C API, integers by column
/// position. GRDB steps the statement (and reports its errors); the values are
/// taken from the statement itself: a report that tallies 10⁵ rows in Swift
/// spends less on reading them than SQLite spends on grouping them.
struct ReportRows {
    private let statement: Statement
    private let cursor: RowCursor

    init(_ db: Database, sql: String, arguments: StatementArguments) throws {
        statement = try db.makeStatement(sql: sql)
        cursor = try Row.fetchCursor(statement, arguments: arguments)
    }

    /// Moves to the next row; false after the last.
    func next() throws -> Bool {
        try cursor.next() != nil
    }

    func int(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(statement.sqliteStatement, column))
    }

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement.sqliteStatement, column) == SQLITE_NULL
    }

    /// The column's integer, or nil when it is NULL.
    func optionalInt(_ column: Int32) -> Int? {
        isNull(column) ? nil : int(column)
    }

    /// The class, group and subject columns at `column`, `column + 1` and `column + 2`.
    func unit(at column: Int32) -> TeachingUnit {
        TeachingUnit(classID: optionalInt(column).map { ClassID(Int64($0)) }, groupID: optionalInt(column + 1).map { GroupID(Int64($0)) },
                     subjectID: SubjectID(Int64(int(column + 2))))
    }
}
