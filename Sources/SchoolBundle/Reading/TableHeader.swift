/// Where each column of the format stands in one file's header.
final class TableHeader<C: BundleColumns> {
    let line: Int
    let fieldCount: Int
    /// The columns found and their positions, searched linearly: a file has a
    /// dozen columns at most, and hashing for every cell of a million rows costs
    /// more than comparing a few enumeration cases.
    private let foundColumns: [C]
    private let foundIndices: [Int]
    /// Every column that must be there is there.
    let hasRequiredColumns: Bool

    /// Reads the header row, reporting unknown, repeated, unnamed and missing
    /// columns of a file of `format`. Columns named `x_…` are the school's own
    /// and are skipped.
    init(fields: [String], line: Int, format: BundleFormat, issues: IssueCollector) {
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
            } else if let column = C(rawValue: name), column.exists(in: format) {
                if indexOfColumn[column] != nil { place(.duplicateColumn) } else { indexOfColumn[column] = index }
            } else if C(rawValue: name) != nil {
                place(.columnOfOtherFormat(format))
            } else {
                place(.unknownColumn(allowed: C.names(in: format)))
            }
        }
        let missing = C.allCases.filter { indexOfColumn[$0] == nil && $0.exists(in: format) && !$0.mayBeOmitted(in: format) }
        for column in missing {
            issues.add(BundleIssue(C.file, line: line, column: column.rawValue, .missingColumn))
        }
        hasRequiredColumns = missing.isEmpty
        foundColumns = Array(indexOfColumn.keys)
        foundIndices = foundColumns.map { indexOfColumn[$0]! }
    }

    func index(of column: C) -> Int? {
        for position in foundColumns.indices where foundColumns[position] == column { return foundIndices[position] }
        return nil
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

    func line(of id: String) -> Int? { lineOf[id] }

    mutating func reserveCapacity(_ count: Int) {
        lineOf.reserveCapacity(count)
    }
}

enum BundleText {
    /// Trimmed of white space, quickly for the usual cell that has none.
    static func trimmed(_ text: String) -> String {
        hasSurroundingSpace(text) ? text.trimmingSpaces : text
    }

    /// Whether the text starts or ends with white space. Looks at the bytes
    /// first: a big bundle has millions of cells that start and end with an
    /// ASCII letter or digit.
    static func hasSurroundingSpace(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        if first < 0x80, last < 0x80 { return isASCIISpace(first) || isASCIISpace(last) }
        return text.unicodeScalars.first!.isWhiteSpace || text.unicodeScalars.last!.isWhiteSpace
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
