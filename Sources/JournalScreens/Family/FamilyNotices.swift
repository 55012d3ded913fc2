import JournalCore
import JournalStore
import TerminalUI

/// The class teacher's notices on the parent's home (issue 15): a block of
/// its own above the diary while any is unread, and a screen (F7) that shows
/// them whole and marks them read. Kept apart from the diary's own parts.
struct FamilyNoticesBlock {
    let notices: [ParentNotice]

    var unread: [ParentNotice] { notices.filter { $0.readAt == nil } }

    /// Draws the unread notices at the top of `area` and returns what is left
    /// below them (all of `area` when there are none).
    func render(in area: Rect, buffer: inout Buffer, context: AppContext) -> Rect {
        let unread = unread
        guard !unread.isEmpty, area.height > 6 else { return area }
        let shown = Array(unread.prefix(3))
        let height = shown.count + 2
        Frame(title: context.t("Уведомления классного руководителя: \(unread.count) · F8 — прочитать",
                               "Notices from the class teacher: \(unread.count) · F8 reads them"),
              border: .single, style: .warning, titleStyle: .warning).render(in: area.top(height), buffer: &buffer)
        for (index, notice) in shown.enumerated() {
            let line = notice.sentAt.date.russianShort + " " + notice.text.replacingOccurrences(of: "\n", with: " ")
            buffer.write(TextFitting.truncate(line, toWidth: area.width - 4), at: Point(x: area.x + 2, y: area.y + 1 + index),
                         style: .warning, clip: area)
        }
        return area.removingTop(height)
    }
}

/// Every notice of the parent, whole; opening it marks the unread ones read,
/// which the class teacher then sees.
final class FamilyNoticesScreen: Screen {
    enum Action { case move, back }

    private let user: ActingUser
    private let keyMap: KeyMap<Action>
    private var notices: [ParentNotice] = []
    private var problem: String?
    private var list = ListState()

    init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move, help: context.t("листать", "scroll"), caption: "↑ ↓"),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        do {
            notices = try context.db.parentNotices(by: user)
            try context.db.markNoticesRead(notices.filter { $0.readAt == nil }.map(\.id), by: user)
        } catch {
            problem = context.describe(error)
        }
    }

    func title(in context: AppContext) -> String { context.t("Уведомления классного руководителя", "Notices from the class teacher") }
    var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    var helpEntries: [HelpEntry] { keyMap.helpEntries }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .move: _ = list.handle(key, itemCount: lines(width: 78, context).count)
        case .back: return [.popAndReload]
        case nil: return CommonKeys.unknownKey(key, context).map { [$0] } ?? []
        }
        return []
    }

    private func lines(width: Int, _ context: AppContext) -> [ListItem] {
        guard !notices.isEmpty else { return [ListItem(Line(context.t("Уведомлений нет.", "No notices.")), style: .dim)] }
        var items: [ListItem] = []
        for notice in notices {
            let head = notice.sentAt.date.russian + " " + notice.sentAt.timeOfDay.text + " · " + PersonName.short(notice.from)
                + (notice.readAt == nil ? context.t(" · новое", " · new") : "")
            items.append(ListItem(Line(head), style: notice.readAt == nil ? .warning : .header))
            for line in TextFitting.wrap(notice.text, width: max(10, width - 2)) { items.append(ListItem(Line("  " + line))) }
        }
        return items
    }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let problem {
            Paragraph(TextFitting.wrap(problem, width: area.width).map { Line($0, style: .error) }).render(in: area, buffer: &buffer)
            return
        }
        List(items: lines(width: area.width, context)).render(in: area, buffer: &buffer, state: &list)
    }
}

extension FamilyNoticesScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
