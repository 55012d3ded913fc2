/// A print-ready document as plain values: what a report or a journal page
/// says, not how it is drawn. The PDF and XLSX writers of this module draw it;
/// callers never see cairo, pango or libxlsxwriter (as screens never see
/// ncurses).
public struct Document: Sendable, Equatable {
    public var title: String
    /// A second line under the title: the class, subject, period.
    public var subtitle: String?
    public var footer: DocumentFooter
    public var orientation: PageOrientation
    public var blocks: [DocumentBlock]

    public init(title: String, subtitle: String? = nil, footer: DocumentFooter, orientation: PageOrientation = .portrait,
                blocks: [DocumentBlock] = []) {
        self.title = title
        self.subtitle = subtitle
        self.footer = footer
        self.orientation = orientation
        self.blocks = blocks
    }
}

/// What every printed page says at its foot: whose document it is, when and by
/// whom it was printed (a printed journal page is a copy of a state document).
public struct DocumentFooter: Sendable, Equatable {
    public var school: String
    /// As the reader expects it: «02.12.2026 14:05».
    public var printedAt: String
    public var printedBy: String

    public init(school: String, printedAt: String, printedBy: String) {
        self.school = school
        self.printedAt = printedAt
        self.printedBy = printedBy
    }

    /// The left part of the footer line; the page number goes on the right.
    public var text: String { "\(school) · напечатано \(printedAt) · \(printedBy)" }
}

public enum PageOrientation: Sendable, Equatable {
    case portrait, landscape
}

/// One piece of a document, laid out top to bottom; a table flows over as
/// many pages as it needs, repeating its header.
public enum DocumentBlock: Sendable, Equatable {
    case heading(String)
    case paragraph(String)
    case table(DocumentTable)
    /// Lines to sign: «Классный руководитель», «Директор».
    case signatures([String])
    /// Cut-out cards, several to a page (access slips).
    case cards([DocumentCard])
    case pageBreak
}

/// A card of a sheet of cards: a few lines, the first in bold.
public struct DocumentCard: Sendable, Equatable {
    public var lines: [String]

    public init(lines: [String]) {
        self.lines = lines
    }
}
