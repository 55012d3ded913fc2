import GRDB
import GRDBSQLite

/// The rows of a query whose columns are integers, stepped and read through
/// SQLite's C API. «Замечания» reads 2·10⁵ marks and 5·10⁴ lessons: GRDB's
/// row cursor checks each column's type and wraps each step, which cost a
/// third as much as SQLite's own reading. Used within one read, as a cursor.
struct IntegerRows {
    private let statement: Statement
    private let connection: SQLiteConnection?

    init(_ db: Database, sql: String, arguments: StatementArguments) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        connection = db.sqliteConnection
    }

    /// Steps to the next row; false after the last (the statement is reset).
    func next() throws -> Bool {
        let sqlite = statement.sqliteStatement
        let code = sqlite3_step(sqlite)
        guard code != SQLITE_ROW else { return true }
        sqlite3_reset(sqlite)
        guard code == SQLITE_DONE else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return false
    }

    /// Column `index` of the current row (NULL reads as 0).
    subscript(_ index: Int32) -> Int64 { sqlite3_column_int64(statement.sqliteStatement, index) }

    /// Column `index`, nil for NULL.
    func optional(_ index: Int32) -> Int64? {
        sqlite3_column_type(statement.sqliteStatement, index) == SQLITE_NULL ? nil : self[index]
    }
}
