import JournalCore
import JournalStore
import TerminalUI

/// The one line every home shows about messages: how many are unread and the
/// newest current announcement not yet read, with the way to them
/// (М → С; F11 → С on the secretary's home). It takes the home's bottom row only while there is something to
/// say, so a home with nothing new looks as it always did.
///
/// A wrapper rather than a line in each home: the homes belong to other
/// features, and the same refresh that reloads the home (data_version)
/// reads the count again, with one cheap query (`inboxSummary`).
public final class InboxBanner: Screen {
    public let inner: any Screen
    let user: ActingUser
    /// The key that opens the menu on this home (М, or F11 on the secretary's).
    let menuKey: String
    private(set) var summary = InboxSummary()

    public init(_ inner: any Screen, user: ActingUser, menuKey: String, context: AppContext) {
        self.inner = inner
        self.user = user
        self.menuKey = menuKey
        load(context)
    }

    public func title(in context: AppContext) -> String { inner.title(in: context) }
    public var functionBarItems: [FunctionBarItem] { inner.functionBarItems }
    public var helpEntries: [HelpEntry] { inner.helpEntries }

    func load(_ context: AppContext) {
        summary = (try? context.db.inboxSummary(for: user)) ?? InboxSummary()
    }

    public func reload(context: AppContext) {
        load(context)
        inner.reload(context: context)
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        inner.handle(key, context: context)
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        guard let line = Self.line(summary, menuKey: menuKey, context: context), area.height > 3 else {
            inner.render(in: area, buffer: &buffer, context: context)
            return
        }
        inner.render(in: area.removingBottom(1), buffer: &buffer, context: context)
        let row = area.bottom(1)
        buffer.fill(row, style: .emphasis)
        buffer.write(TextFitting.truncate(line, toWidth: row.width), at: row.origin, style: .emphasis, clip: row)
    }

    /// «✉ 2 новых сообщения · Объявление: Родительское собрание… (ещё 1) · М → С»
    static func line(_ summary: InboxSummary, menuKey: String, context: AppContext) -> String? {
        guard !summary.isEmpty else { return nil }
        var parts: [String] = []
        if summary.unreadMessages > 0 {
            parts.append(context.t("Новых сообщений: \(summary.unreadMessages)", "Unread messages: \(summary.unreadMessages)"))
        }
        if let first = summary.announcements.first {
            let text = MessageLayout.lines(first.body, width: 500).joined(separator: " ")
            let more = summary.announcements.count > 1
                ? context.t(" (ещё \(summary.announcements.count - 1))", " (\(summary.announcements.count - 1) more)") : ""
            parts.append(context.t("Объявление: ", "Announcement: ") + TextFitting.truncate(text, toWidth: 40) + more)
        }
        return " " + parts.joined(separator: " · ") + " · \(menuKey) → " + context.t("С", "C")
    }
}
