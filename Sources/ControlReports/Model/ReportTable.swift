/// One value of a report: text, a whole number, or a fixed-point number kept
/// exact as an integer of `places` decimals (33,3 % is `fixed(333, places: 1)`).
public enum ReportValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case fixed(Int, places: Int)
    /// No value: a division by zero, an unknown time.
    case none

    /// `33.3`: a point, as JSON and CSV write numbers.
    public var plain: String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .fixed(let scaled, let places): Self.fixedText(scaled, places: places)
        case .none: ""
        }
    }

    /// As a Russian reader writes it: a decimal comma, a dash for no value.
    public var printed: String {
        switch self {
        case .fixed: String(plain.map { $0 == "." ? "," : $0 })   // not Foundation's replace: a report has ~10⁵ of them
        case .none: "—"
        default: plain
        }
    }

    static func fixedText(_ scaled: Int, places: Int) -> String {
        guard places > 0 else { return String(scaled) }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let sign = scaled < 0 ? "-" : ""
        let whole = abs(scaled) / scale, fraction = String(abs(scaled) % scale)
        return sign + String(whole) + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}

/// A column: its key in JSON and CSV, its Russian title in print.
public struct ReportColumn: Hashable, Sendable {
    public var key: String
    public var title: String
    /// Relative width on paper.
    public var weight: Double

    public init(_ key: String, _ title: String, weight: Double = 1) {
        self.key = key
        self.title = title
        self.weight = weight
    }
}

/// A table of a report: the one model every format (text, JSON, CSV, PDF,
/// XLSX) is rendered from.
public struct ReportTable: Hashable, Sendable {
    /// Its key in JSON (`rows`, `students`, ...).
    public var name: String
    public var title: String
    public var columns: [ReportColumn]
    public var rows: [[ReportValue]]

    public init(name: String, title: String, columns: [ReportColumn], rows: [[ReportValue]] = []) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The value of `key` in row `index` (tests and drill-downs read by key).
    public func value(_ key: String, row index: Int) -> ReportValue? {
        guard let column = columns.firstIndex(where: { $0.key == key }), rows.indices.contains(index) else { return nil }
        return rows[index][column]
    }

    /// Every row as key → value.
    public var records: [[String: ReportValue]] {
        rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns.map(\.key), row)) }
    }
}

/// A computed control report: what it is, over which window, and its tables.
public struct ControlReport: Hashable, Sendable {
    public var kind: ReportKind
    /// The window and filters in words: «1 четверть (02.09.2024–25.10.2024), класс 5А; на 28.10.2024 12:00».
    public var subtitle: String
    /// For JSON: `from`, `to`, `as_of`, `period`, filters (bundle ids).
    public var parameters: [(String, String)]
    public var tables: [ReportTable]

    public static func == (lhs: ControlReport, rhs: ControlReport) -> Bool {
        lhs.kind == rhs.kind && lhs.subtitle == rhs.subtitle && lhs.tables == rhs.tables
            && lhs.parameters.map { [$0.0, $0.1] } == rhs.parameters.map { [$0.0, $0.1] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(tables)
    }

    /// The table named `name`.
    public func table(_ name: String) -> ReportTable? { tables.first { $0.name == name } }
}

/// Exact arithmetic of reports.md: percentages with one decimal and averages
/// with two, rounded half up on integers; a division by zero has no value.
public enum ReportArithmetic {
    public static func percent(_ part: Int, of whole: Int) -> ReportValue {
        ratio(part * 100, whole, places: 1)
    }

    /// `numerator / denominator` with `places` decimals, half up (non-negative values).
    public static func ratio(_ numerator: Int, _ denominator: Int, places: Int) -> ReportValue {
        guard denominator > 0 else { return .none }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        return .fixed((numerator * scale * 2 + denominator) / (denominator * 2), places: places)
    }
}
