import JournalCore
import JournalStore
import TerminalUI

/// «Сообщения и объявления» (ui.md screen 9), open to everyone with an
/// account from the menu «Разделы» (С): the announcements for the user (all
/// of them for those who publish), then their threads with unread counts.
public final class MessagesScreen: Screen {
    enum Row: Equatable {
        case header(String)
        case announcement(Announcement)
        case thread(MessageThreadSummary)
        case text(String)
    }

    let user: ActingUser
    let mayAnnounce: Bool
    let keyMap: KeyMap<MessagesAction>
    private(set) var rows: [Row] = []
    private(set) var loadError: String?
    var list = ListState(selected: nil)

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        mayAnnounce = Permissions.mayAnnounce(user.roles)
        keyMap = MessagesAction.keyMap(context, mayAnnounce: mayAnnounce)
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("Сообщения и объявления", "Messages and announcements") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        do {
            let announcements = mayAnnounce ? try context.db.announcementsPublished(by: .user(user))
                                            : try context.db.currentAnnouncements(for: user)
            let threads = try context.db.messageThreads(of: user)
            rows = Self.rows(announcements: announcements, threads: threads, context: context)
            loadError = nil
        } catch {
            rows = []
            loadError = context.describe(error)
        }
        if list.selected == nil || !(rows.indices.contains(list.selected!) && rows[list.selected!].isChoosable) {
            list.selected = rows.firstIndex(where: \.isChoosable)
        }
    }

    static func rows(announcements: [Announcement], threads: [MessageThreadSummary], context: AppContext) -> [Row] {
        var rows: [Row] = [.header(context.t("Объявления", "Announcements"))]
        rows += announcements.isEmpty ? [.text(context.t("  нет действующих объявлений", "  no current announcements"))]
                                      : announcements.map(Row.announcement)
        rows.append(.header(context.t("Переписка", "Threads")))
        rows += threads.isEmpty ? [.text(context.t("  переписки пока нет: F2 — написать", "  no threads yet: F2 writes"))]
                                : threads.map(Row.thread)
        return rows
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move:
            let before = list.selected ?? 0
            _ = list.handle(key, itemCount: rows.count)
            skipHeaders(up: (list.selected ?? 0) < before)
        case .open:
            guard let index = list.selected, rows.indices.contains(index) else { return [] }
            switch rows[index] {
            case .announcement(let announcement):
                return [.push(AnnouncementScreen(announcement, user: user, context: context))]
            case .thread(let thread):
                return [.push(ThreadScreen(thread.id, user: user, context: context))]
            default:
                return []
            }
        case .write:
            return [.push(ComposeScreen(user: user, context: context))]
        case .announce:
            return [.push(AnnouncementComposeScreen(user: user, context: context))]
        case .back:
            return [.popAndReload]
        }
        return []
    }

    /// The selection rests on an announcement or a thread, never on a heading.
    private func skipHeaders(up: Bool) {
        guard let index = list.selected, rows.indices.contains(index), !rows[index].isChoosable else { return }
        let forward = rows.indices.filter { $0 > index && rows[$0].isChoosable }.first
        let backward = rows.indices.filter { $0 < index && rows[$0].isChoosable }.last
        list.selected = (up ? backward ?? forward : forward ?? backward) ?? index
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let loadError {
            Paragraph(TextFitting.wrap(loadError, width: area.width).map { Line($0, style: .error) }).render(in: area, buffer: &buffer)
            return
        }
        let items = rows.map { Self.item($0, width: area.width, context: context) }
        List(items: items).render(in: area, buffer: &buffer, state: &list)
    }

    static func item(_ row: Row, width: Int, context: AppContext) -> ListItem {
        switch row {
        case .header(let text):
            return ListItem(text, style: .header)
        case .text(let text):
            return ListItem(text, style: .dim)
        case .announcement(let a):
            let mark = a.isRead ? "  " : "● "
            let audience = a.audience.title(className: a.className, in: context.language)
            let head = mark + context.t("до ", "until ") + a.expiresOn.russianShort + " · " + audience + " · "
            let body = MessageLayout.lines(a.body, width: 1000).joined(separator: " ")
            let withdrawn = a.withdrawnAt == nil ? "" : context.t(" (снято)", " (withdrawn)")
            return ListItem(TextFitting.truncate(head + body + withdrawn, toWidth: width), style: a.isRead ? nil : .emphasis)
        case .thread(let t):
            let unread = t.unread > 0 ? "● \(t.unread) " : "  "
            let with = t.with.joined(separator: ", ")
            let text = unread + TextFitting.fit(t.lastMessageAt.date.russianShort, width: 6) + TextFitting.fit(with, width: 30) + " "
                + TerminalText.sanitized(t.subject)
            return ListItem(TextFitting.truncate(text, toWidth: width), style: t.unread > 0 ? .emphasis : nil)
        }
    }
}

extension MessagesScreen.Row {
    var isChoosable: Bool {
        switch self {
        case .announcement, .thread: true
        default: false
        }
    }
}
