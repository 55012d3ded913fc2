import GRDB
import GRDBSQLite
import JournalCore

/// One INSERT of a bulk load, its values bound one by one through SQLite's C
/// API and run. A huge school binds some ten million values: building GRDB's
/// argument arrays for each row cost more than SQLite's own work. Used only
/// inside the load's transaction, where nothing observes single statements.
struct BulkInsert {
    private let statement: Statement
    private let connection: SQLiteConnection?
    private var column: Int32 = 0

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    mutating func bind(_ value: Int64?) {
        column += 1
        guard let value else { return }
        sqlite3_bind_int64(statement.sqliteStatement, column, value)
    }

    mutating func bind(_ value: Int?) {
        bind(value.map(Int64.init))
    }

    mutating func bind(_ value: Bool) {
        bind(value ? 1 : 0)
    }

    mutating func bind(_ value: SchoolDate?) {
        bind(value?.dayNumber)
    }

    mutating func bind(_ value: SchoolTime?) {
        bind(value?.seconds)
    }

    /// Texts are copied by SQLite (`SQLITE_TRANSIENT`), so a temporary
    /// string's bytes may go away at once.
    mutating func bind(_ value: String?) {
        column += 1
        guard let value else { return }
        let statement = statement.sqliteStatement
        let column = column
        value.withCString { text in
            _ = sqlite3_bind_text(statement, column, text, Int32(value.utf8.count), transient)
        }
    }

    /// Runs the statement with the values bound since the last run (the
    /// others are NULL) and returns the new row's id.
    @discardableResult
    mutating func run() throws -> Int64 {
        let sqlite = statement.sqliteStatement
        column = 0
        let code = sqlite3_step(sqlite)
        defer {
            sqlite3_reset(sqlite)
            sqlite3_clear_bindings(sqlite)
        }
        guard code == SQLITE_DONE else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return sqlite3_last_insert_rowid(connection)
    }
}

/// SQLite's "copy the value now" destructor, a macro C gives as `(void *)-1`.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
