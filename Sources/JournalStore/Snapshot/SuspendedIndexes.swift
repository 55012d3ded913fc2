import GRDB

/// The secondary indexes, set aside during a bulk load into empty tables and
/// built once at the end: SQLite builds an index from sorted rows far faster
/// than it maintains it through hundreds of thousands of inserts. The indexes'
/// own SQL is read from the schema and replayed, so the migrations stay the
/// only place that defines them. All inside the load's transaction: another
/// process never sees the database without them.
struct SuspendedIndexes {
    private let statements: [String]

    /// Drops every index created by a migration (not the ones SQLite makes for
    /// UNIQUE and PRIMARY KEY constraints, which have no SQL).
    static func suspend(_ db: Database) throws -> SuspendedIndexes {
        let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        for row in rows {
            let name: String = row["name"]
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        return SuspendedIndexes(statements: rows.map { $0["sql"] })
    }

    func restore(_ db: Database) throws {
        for statement in statements { try db.execute(sql: statement) }
    }
}
