import JournalCore
import JournalStore
import TerminalUI

/// One announcement in full. A recipient's opening of it is their reading
/// (recorded once); its publishers see under it who of the audience has
/// read it and when, readers first, and may withdraw it (F8).
public final class AnnouncementScreen: Screen {
    enum Action: Equatable { case scroll, withdraw, back }

    let user: ActingUser
    private(set) var announcement: Announcement
    private(set) var readers: AnnouncementReaders?
    let mayAnnounce: Bool
    let keyMap: KeyMap<Action>
    var list = ListState(selected: nil)

    public init(_ announcement: Announcement, user: ActingUser, context: AppContext) {
        self.user = user
        self.announcement = announcement
        mayAnnounce = Permissions.mayAnnounce(user.roles)
        var bindings: [KeyBinding<Action>] = [
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .scroll,
                       help: context.t("листать список прочитавших", "scroll the readers"), caption: "↑ ↓"),
        ]
        if mayAnnounce {
            bindings.append(KeyBinding([], action: .withdraw, help: context.t("снять объявление со всех экранов (спросит)",
                                                                              "take the announcement off every screen (asks first)"),
                                       label: context.t("Снять", "Withdraw"), slot: 8))
        }
        bindings.append(KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10))
        keyMap = KeyMap(bindings)
        if !announcement.isRead { try? context.db.markAnnouncementRead(announcement.id, by: user) }
        load(context)
    }

    public func title(in context: AppContext) -> String { context.t("Объявление", "Announcement") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) { load(context) }

    func load(_ context: AppContext) {
        guard mayAnnounce else { return }
        readers = try? context.db.announcementReaders(announcement.id, by: .user(user))
        if let fresh = readers?.announcement { announcement = fresh }
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .scroll: _ = list.handle(key, itemCount: readers?.readers.count ?? 0)
        case .back: return [.popAndReload]
        case .withdraw:
            let id = announcement.id
            return [.confirm(Confirmation(
                title: context.t("Снять объявление?", "Withdraw the announcement?"),
                message: context.t("Объявление пропадёт с экранов всех получателей.", "It leaves every recipient's screen."),
                buttons: [context.t("Нет", "No"), context.t("Снять", "Withdraw")]) { [weak self] choice in
                    guard let self, choice == 1 else { return [] }
                    do {
                        try context.db.withdrawAnnouncement(id, by: .user(self.user))
                        self.load(context)
                        return [.status(.success(context.t("Объявление снято.", "Announcement withdrawn.")))]
                    } catch {
                        return [.status(.error(context.t("Не снято: ", "Not withdrawn: ") + context.describe(error)))]
                    }
                })]
        }
        return []
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        let a = announcement
        let head = a.authorName + " · " + a.createdAt.russian + " · " + a.audience.title(className: a.className, in: context.language)
            + context.t(" · до ", " · until ") + a.expiresOn.russian
            + (a.withdrawnAt.map { context.t(" · снято \($0.russian)", " · withdrawn \($0.russian)") } ?? "")
        buffer.write(TextFitting.truncate(head, toWidth: area.width), at: area.origin, style: .header, clip: area)
        let bodyLines = MessageLayout.lines(a.body, width: area.width - 2)
        let bodyHeight = readers == nil ? area.height - 1 : min(bodyLines.count, max(3, (area.height - 3) / 2))
        for (row, line) in bodyLines.prefix(bodyHeight).enumerated() {
            buffer.write(" " + line, at: Point(x: area.x, y: area.y + 1 + row), clip: area)
        }
        guard let readers else { return }
        let top = area.y + 2 + bodyHeight
        buffer.write(context.t("Прочитали: \(readers.readCount) из \(readers.readers.count)", "Read by \(readers.readCount) of \(readers.readers.count)"),
                     at: Point(x: area.x, y: top), style: .emphasis, clip: area)
        let items = readers.readers.map { reader in
            ListItem(TextFitting.fit(reader.fullName, width: 36) + " "
                     + (reader.readAt.map { context.t("прочитано ", "read ") + $0.russian } ?? context.t("не прочитано", "not read")),
                     style: reader.readAt == nil ? .dim : nil)
        }
        List(items: items).render(in: Rect(x: area.x, y: top + 1, width: area.width, height: max(0, area.maxY - top - 1)),
                                  buffer: &buffer, state: &list)
    }
}
