/// A table of a document. In a PDF its columns share the page width by their
/// weights; in a spreadsheet it is a worksheet with its header frozen.
public struct DocumentTable: Sendable, Equatable {
    /// The worksheet's name in a spreadsheet, and a caption above the table.
    public var title: String?
    public var columns: [DocumentColumn]
    public var rows: [[DocumentCell]]
    /// Points; small for wide journal grids.
    public var fontSize: Double

    public init(title: String? = nil, columns: [DocumentColumn], rows: [[DocumentCell]], fontSize: Double = 9) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.fontSize = fontSize
    }
}

public struct DocumentColumn: Sendable, Equatable {
    public var title: String
    /// Share of the page width against the other columns' weights.
    public var weight: Double
    public var alignment: DocumentAlignment
    /// Width in characters in a spreadsheet.
    public var characters: Double

    public init(_ title: String, weight: Double = 1, alignment: DocumentAlignment = .leading, characters: Double? = nil) {
        self.title = title
        self.weight = weight
        self.alignment = alignment
        self.characters = characters ?? max(6, weight * 8)
    }
}

public enum DocumentAlignment: Sendable, Equatable {
    case leading, center, trailing
}

/// A cell: text, or a number that a spreadsheet keeps as a number.
public enum DocumentCell: Sendable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    case bold(String)
    case integer(Int)
    /// A number shown with `places` decimals (a decimal comma in print).
    case decimal(Double, places: Int)
    case empty

    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// What a printed page shows.
    public var printed: String {
        switch self {
        case .text(let text), .bold(let text): text
        case .integer(let value): String(value)
        case .decimal(let value, let places): Self.decimalText(value, places: places)
        case .empty: ""
        }
    }

    public var isBold: Bool {
        if case .bold = self { return true }
        return false
    }

    /// Rounded half away from zero, with a decimal comma, as Russian documents write it.
    static func decimalText(_ value: Double, places: Int) -> String {
        let scale = (0..<places).reduce(1.0) { acc, _ in acc * 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled / scale)
        let fraction = Int(scaled) - whole * Int(scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "," + String(repeating: "0", count: places - digits.count) + digits
    }
}
