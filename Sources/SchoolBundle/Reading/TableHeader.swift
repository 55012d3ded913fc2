/// Where each column of the format stands in one file's header.
final class TableHeader<C: BundleColumns> {
    let line: Int
    let fieldCount: Int
    /// The columns found and their positions, searched linearly: a file has a
    /// dozen columns at most, and hashing for every cell of a million rows costs
    /// more than comparing a few enumeration cases.
    private let foundColumns: [C]
    private let foundIndices: [Int]

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
        foundColumns = Array(indexOfColumn.keys)
        foundIndices = foundColumns.map { indexOfColumn[$0]! }
    }

    func index(of column: C) -> Int? {
        for position in foundColumns.indices where foundColumns[position] == column { return foundIndices[position] }
        return nil
    }

    /// Every column that must be there is there.
    var hasRequiredColumns: Bool {
        C.allCases.allSatisfy { $0.mayBeOmitted || index(of: $0) != nil }
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
        hasSurroundingSpace(text) ? text.trimmingSpaces : text
    }

    /// Whether the text starts or ends with white space. Looks at the bytes
    /// first: Unicode property lookups are slow, and a big bundle has millions
    /// of cells that start and end with an ASCII letter or digit.
    static func hasSurroundingSpace(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        if first < 0x80, last < 0x80 { return isASCIISpace(first) || isASCIISpace(last) }
        return text.unicodeScalars.first!.properties.isWhitespace || text.unicodeScalars.last!.properties.isWhitespace
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
