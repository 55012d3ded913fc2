import JournalCore
import TerminalUI

/// One screen of the application: it draws its body, handles keys, and says
/// through effects what the application should do next (open another screen, go
/// back, sign out). Screens are classes so the stack can hold them and they can
/// keep their state (`…State` values) between frames.
public protocol Screen: AnyObject {
    /// The title inside the body frame: «Журнал 5А · Алгебра», in the
    /// context's language.
    func title(in context: AppContext) -> String
    /// The keys of this screen, for the function bar and the F1 help.
    var functionBarItems: [FunctionBarItem] { get }
    var helpEntries: [HelpEntry] { get }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext)
    func handle(_ key: Key, context: AppContext) -> [ScreenEffect]
    /// Another process committed: read again, keeping the cursor where it was.
    func reload(context: AppContext)
}

extension Screen {
    public func reload(context: AppContext) {}
}

/// What a screen asks of the application after a key.
public enum ScreenEffect {
    case push(any Screen)
    case pop
    /// Pops and tells the screen below to reload (an editor saved something).
    case popAndReload
    case replaceAll(any Screen)
    case status(StatusMessage)
    case confirm(Confirmation)
    /// A user has proved who they are: open their home.
    case signedIn(ActingUser)
    case signOut
    /// The locked user has typed their password: back to their screens as they were.
    case unlock
    case quit
}

extension ScreenEffect {
    /// Whether the effect opens or leaves a screen.
    var changesScreen: Bool {
        switch self {
        case .push, .pop, .popAndReload, .replaceAll: true
        default: false
        }
    }
}

/// A line for the status bar: what the last action did, in words.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, success, warning, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, kind: .error) }
    public static func success(_ text: String) -> StatusMessage { StatusMessage(text, kind: .success) }
    /// Nothing was done yet, and the line says why and how to go on.
    public static func warning(_ text: String) -> StatusMessage { StatusMessage(text, kind: .warning) }
}

/// A question the application asks in a modal dialog before something is done.
public struct Confirmation {
    public var title: String
    public var message: String
    public var buttons: [String]
    /// Called with the chosen button's index, or nil when cancelled (Esc).
    public var onChoice: (Int?) -> [ScreenEffect]

    public init(title: String, message: String, buttons: [String], onChoice: @escaping (Int?) -> [ScreenEffect]) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.onChoice = onChoice
    }
}
