import GRDB
import GRDBSQLite
import JournalCore

/// A report's rows stepped and read through SQLite's C API, integers by
/// column position. A school-wide report tallies 10⁵ rows in Swift: GRDB's
/// row cursor checks each column's type and wraps each step, which cost a
/// third as much as SQLite's own reading. Used within one read, as a cursor.
struct ReportRows {
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

    /// Column `index` of the current row as an id (NULL reads as 0).
    subscript(_ index: Int32) -> Int64 { sqlite3_column_int64(statement.sqliteStatement, index) }

    /// Column `index` as an id, nil for NULL.
    func optional(_ index: Int32) -> Int64? {
        isNull(index) ? nil : self[index]
    }

    /// Column `index` as a count or a day number (NULL reads as 0).
    func int(_ index: Int32) -> Int {
        Int(self[index])
    }

    func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(statement.sqliteStatement, index) == SQLITE_NULL
    }

    /// The column's integer, or nil when it is NULL.
    func optionalInt(_ index: Int32) -> Int? {
        isNull(index) ? nil : int(index)
    }

    /// The class, group and subject columns at `column`, `column + 1` and `column + 2`.
    func unit(at column: Int32) -> TeachingUnit {
        TeachingUnit(classID: optional(column).map(ClassID.init), groupID: optional(column + 1).map(GroupID.init),
                     subjectID: SubjectID(self[column + 2]))
    }
}
