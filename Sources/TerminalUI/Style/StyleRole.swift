/// What a cell means, not how it looks: widgets and screens say `.markFailing` or
/// `.selected`, and a `Theme` decides the colours. That keeps one meaning looking
/// the same on every screen and gives a monochrome terminal a usable fallback.
///
/// The set is open: an application adds roles with
/// `extension StyleRole { static let myRole: StyleRole = "myRole" }` and gives them
/// an appearance with `Theme.setting(_:to:)`; a role the theme does not know is
/// drawn like `.normal`.
public struct StyleRole: Hashable, Sendable, RawRepresentable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    // Screen chrome.
    public static let normal: StyleRole = "normal"
    public static let title: StyleRole = "title"
    public static let statusLine: StyleRole = "statusLine"
    public static let functionKeyNumber: StyleRole = "functionKeyNumber"
    public static let functionKeyLabel: StyleRole = "functionKeyLabel"
    public static let border: StyleRole = "border"

    // Tables and lists.
    public static let header: StyleRole = "header"
    /// The header cells that line up with the selection (the selected row's
    /// frozen cells, the selected column's header), so the eye finds both axes.
    public static let selectedHeader: StyleRole = "selectedHeader"
    public static let frozenColumn: StyleRole = "frozenColumn"
    public static let selected: StyleRole = "selected"
    /// A selection in a widget that does not have the focus.
    public static let selectedInactive: StyleRole = "selectedInactive"
    public static let today: StyleRole = "today"

    // Marks and attendance, by meaning.
    /// Mark 5.
    public static let markExcellent: StyleRole = "markExcellent"
    /// Mark 4.
    public static let markGood: StyleRole = "markGood"
    /// Mark 3.
    public static let markPoor: StyleRole = "markPoor"
    /// Marks 2 and 1.
    public static let markFailing: StyleRole = "markFailing"
    public static let absence: StyleRole = "absence"
    public static let late: StyleRole = "late"

    // Feedback.
    public static let warning: StyleRole = "warning"
    public static let error: StyleRole = "error"
    public static let success: StyleRole = "success"
    public static let dim: StyleRole = "dim"
    public static let emphasis: StyleRole = "emphasis"

    // Dialogs, input and help.
    public static let dialog: StyleRole = "dialog"
    public static let dialogTitle: StyleRole = "dialogTitle"
    public static let input: StyleRole = "input"
    public static let inputFocused: StyleRole = "inputFocused"
    public static let help: StyleRole = "help"
    public static let helpKey: StyleRole = "helpKey"
}
