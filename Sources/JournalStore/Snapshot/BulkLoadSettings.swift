import GRDB

/// How the connection is set for the length of a bulk load: foreign keys are
/// not looked up row by row, millions of times. Every reference the loader
/// writes is the row id of a row it has just inserted (an unknown code stops
/// the load), so the lookups could only ever agree. Clearing a school to
/// replace it is another matter: rows of a table `SnapshotLoader.clear` did not
/// empty would be left pointing at nothing, so a replacing load ends with
/// `checkForeignKeys`. SQLite changes the setting only outside a transaction,
/// so it wraps the load's. (A larger page cache was tried too: it made no
/// difference worth its memory.)
enum BulkLoadSettings {
    static func during<T>(_ writer: any DatabaseWriter, _ body: () throws -> T) throws -> T {
        try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA foreign_keys = OFF") }
        defer { _ = try? writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA foreign_keys = ON") } }
        return try body()
    }

    /// Fails the load as SQLite would have at the first row referring to
    /// nothing.
    static func checkForeignKeys(_ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") else { return }
        let table: String = row[0]
        throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY,
                            message: "FOREIGN KEY constraint failed: a row of \(table) refers to a row that does not exist")
    }
}
