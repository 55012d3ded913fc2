import JournalCore

/// One thing wrong with a bundle and where: `marks.csv:17: value: недопустимая
/// отметка «6»…`. A problem of the whole folder has no file, of a whole file no
/// line, of a whole row no column.
public struct BundleIssue: Equatable, Sendable, LocalizedMessage {
    /// The file's name in the bundle (`marks.csv`), also for unknown files.
    public var file: String?
    /// The physical line the record starts on; the header is line 1.
    public var line: Int?
    /// The column's name as the header spells it.
    public var column: String?
    public var problem: BundleProblem

    public init(file: String?, line: Int? = nil, column: String? = nil, problem: BundleProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    public init(_ file: BundleFile, line: Int? = nil, column: String? = nil, _ problem: BundleProblem) {
        self.init(file: file.name, line: line, column: column, problem: problem)
    }

    /// `file:line: column: what is wrong`, leaving out the parts that do not apply.
    public func text(in language: Language) -> String {
        var place = ""
        if let file {
            place = file
            if let line { place += ":\(line)" }
            place += ": "
        }
        if let column { place += column + ": " }
        return place + problem.text(in: language)
    }
}

/// Why a bundle was not read: every issue found, up to `BundleReader.issueLimit`,
/// and how many more there were.
public struct BundleError: Error, Equatable, Sendable, LocalizedMessage {
    public var issues: [BundleIssue]
    /// Issues found beyond the limit and not listed.
    public var omittedCount: Int

    public init(issues: [BundleIssue], omittedCount: Int = 0) {
        self.issues = issues
        self.omittedCount = omittedCount
    }

    public var totalCount: Int { issues.count + omittedCount }

    /// One issue a line, then how many more were left out.
    public func text(in language: Language) -> String {
        var lines = issues.map { $0.text(in: language) }
        if omittedCount > 0 {
            lines.append(language == .ru
                ? "… и ещё \(omittedCount) (показаны первые \(issues.count))"
                : "… and \(omittedCount) more (the first \(issues.count) are shown)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Gathers issues in the order they are found, keeping the first `limit`.
final class IssueCollector {
    let limit: Int
    private(set) var issues: [BundleIssue] = []
    private(set) var omittedCount = 0

    init(limit: Int) {
        self.limit = limit
    }

    var isEmpty: Bool { issues.isEmpty }

    func add(_ issue: BundleIssue) {
        if issues.count < limit {
            issues.append(issue)
        } else {
            omittedCount += 1
        }
    }

    /// Another collector's issues after this one's, as if they had been added here.
    func add(contentsOf other: IssueCollector) {
        for issue in other.issues { add(issue) }
        omittedCount += other.omittedCount
    }

    var error: BundleError { BundleError(issues: issues, omittedCount: omittedCount) }
}
