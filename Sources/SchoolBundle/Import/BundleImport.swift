import Foundation
import JournalCore
import JournalStore

/// Reading, checking and loading a bundle in one step.
public enum BundleImport {
    /// Reads and checks the whole bundle first; only a bundle without a single
    /// error gets as far as `openDatabase`, and the load is one transaction. So
    /// on any error the database is exactly as it was (or, when it did not exist,
    /// is not created by a caller that creates it in `openDatabase`).
    public static func run(from folder: URL, replace: Bool,
                           openDatabase: () throws -> AppDatabase) throws -> BundleSummary {
        let bundle = try BundleReader(folder: folder).readBundle()
        let summary = BundleSummary(bundle.snapshot, format: bundle.format, officialCalendar: bundle.officialCalendar)
        let database = try openDatabase()
        // Handed over, not copied: the load lets each table go once it is in.
        try database.load((consume bundle).snapshot, options: LoadOptions(replace: replace, source: folder.path))
        return summary
    }
}
