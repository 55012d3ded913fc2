/// Where each column of the format stands in one file's header.
final class TableHeader<C: BundleColumns> {
    let line: Int
    let fieldCount: Int
    private let indexOfColumn: [C: Int]

    /// Reads the header row, reporting unknown, repeated, unnamed and missing
    /// columns. Columns named `x_…` are the school's own and are skipped.
    init(fields: [String], line: Int, issues: IssueCollector) {
        self.line = line
        fieldCount = fields.count
        var indexOfColumn: [C: Int] = [:]
        for (index, field) in fields.enumerated() {
            let name = BundleText.trimmed(field)
            let place = { (problem: BundleProblem) in issues.add(BundleIssue(C.file, line: line, column: name, problem)) }
            if name.isEmpty {
                issues.add(BundleIssue(C.file, line: line, .unnamedColumn(position: index + 1)))
            } else if name.hasPrefix(BundleFile.ownPrefix) {
                continue
            } else if let column = C(rawValue: name) {
                if indexOfColumn[column] != nil { place(.duplicateColumn) } else { indexOfColumn[column] = index }
            } else {
                place(.unknownColumn(allowed: C.names))
            }
        }
        for column in C.allCases where indexOfColumn[column] == nil && !column.mayBeOmitted {
            issues.add(BundleIssue(C.file, line: line, column: column.rawValue, .missingColumn))
        }
        self.indexOfColumn = indexOfColumn
    }

    func index(of column: C) -> Int? { indexOfColumn[column] }

    /// Every column that must be there is there.
    var hasRequiredColumns: Bool {
        C.allCases.allSatisfy { $0.mayBeOmitted || indexOfColumn[$0] != nil }
    }
}

/// The identifiers of one file and the lines they were defined on.
struct KnownIDs {
    private(set) var lineOf: [String: Int] = [:]
    /// False when the file was absent, unreadable, or lost rows to syntax errors:
    /// a reference that does not resolve may then point into a row that could not
    /// be read, and reporting it would only bury the real error.
    var isComplete = true

    init(_ ids: [String] = []) {
        for id in ids { lineOf[id] = 0 }
    }

    /// Records `id`; returns the line of an earlier definition instead when there is one.
    mutating func register(_ id: String, line: Int) -> Int? {
        if let first = lineOf[id] { return first }
        lineOf[id] = line
        return nil
    }

    func contains(_ id: String) -> Bool { lineOf[id] != nil }
}

enum BundleText {
    /// Trimmed of white space, quickly for the usual cell that has none.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        return text.trimmingSpaces
    }

    static func hasSurroundingSpace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
    }
}
