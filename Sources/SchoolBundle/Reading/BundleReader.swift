import Foundation
import JournalCore

/// Reads a bundle folder (format 1 or 2, docs/bundle.md) into a snapshot,
/// checking every rule of the format on the way. Nothing is half-read: either
/// every file passed and the snapshot is complete, or `BundleError` lists what
/// is wrong.
public struct BundleReader: Sendable {
    /// How many issues a failed read lists; the rest are only counted.
    public static let issueLimit = 100

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public func read() throws(BundleError) -> SchoolSnapshot {
        try readBundle().snapshot
    }

    /// The school, and what the reading itself added to it.
    public struct ReadBundle: Sendable {
        public var snapshot: SchoolSnapshot
        public var format: BundleFormat
        /// Set when the bundle had no calendar.csv and the official one was taken.
        public var officialCalendar: OfficialCalendarUse?
    }

    public func readBundle() throws(BundleError) -> ReadBundle {
        let issues = IssueCollector(limit: Self.issueLimit)
        let bundleFolder = BundleFolder(url: folder)
        for issue in try bundleFolder.check() { issues.add(issue) }
        let assembly = BundleAssembly(folder: bundleFolder, issues: issues)
        assembly.readAll()
        guard issues.isEmpty else { throw Self.sorted(issues.error) }
        return ReadBundle(snapshot: assembly.snapshot, format: assembly.format, officialCalendar: assembly.officialCalendar)
    }

    /// Folder issues first, then file by file in format order, line by line;
    /// issues of one line keep the order of the columns they were found in.
    private static func sorted(_ error: BundleError) -> BundleError {
        let rank = { (issue: BundleIssue) -> (Int, Int) in
            let file = issue.file.flatMap(BundleFile.init(rawValue:)).map { BundleFile.allCases.firstIndex(of: $0)! + 1 } ?? 0
            return (file, issue.line ?? 0)
        }
        let ordered = error.issues.enumerated().sorted { a, b in
            let (ra, rb) = (rank(a.element), rank(b.element))
            return ra != rb ? ra < rb : a.offset < b.offset
        }
        return BundleError(issues: ordered.map(\.element), omittedCount: error.omittedCount)
    }
}
