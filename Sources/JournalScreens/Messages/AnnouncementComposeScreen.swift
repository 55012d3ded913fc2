import JournalCore
import JournalStore
import TerminalUI

/// A new announcement (the administrator and the deputy): whom, until which
/// day, the text; F2 publishes it. It shows on the audience's home screens
/// at their next refresh.
public final class AnnouncementComposeScreen: Screen {
    let user: ActingUser
    var form: AnnouncementForm
    let keyMap: KeyMap<Action>
    private let switchHelp: HelpEntry

    enum Action: Equatable { case publish, next, previous, back }

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        form = AnnouncementForm(today: context.today)
        switchHelp = HelpEntry(keys: context.t("Пробел ← →", "Space ← →"),
                               text: context.t("сменить, кому, и роль (в своём поле)", "change the audience and the role (in its field)"))
        keyMap = KeyMap([
            KeyBinding([.tab], action: .next, help: context.t("следующее поле", "next field")),
            KeyBinding([.backTab], action: .previous, help: context.t("предыдущее поле", "previous field")),
            KeyBinding([], action: .publish, help: context.t("опубликовать объявление", "publish the announcement"),
                       label: context.t("Опублик.", "Publish"), slot: 2),
            KeyBinding([.escape], action: .back, help: context.t("назад, не публикуя", "back without publishing"),
                       label: context.t("Назад", "Back"), slot: 10),
        ])
    }

    public func title(in context: AppContext) -> String { context.t("Новое объявление", "New announcement") }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] {
        keyMap.helpEntries + [switchHelp]
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch keyMap.action(for: key) {
        case .next?: form.nextField()
        case .previous?: form.nextField(backwards: true)
        case .back?: return [.pop]
        case .publish?: return publish(context)
        case nil:
            if key == .enter && form.focus != .text {
                form.nextField()
            } else if form.handle(key) {
                return [.status(.warning(context.t("Объявление не длиннее \(MessageText.limit) знаков: лишнее отрезано.",
                                                   "An announcement holds at most \(MessageText.limit) characters: the rest was cut.")))]
            }
        }
        return []
    }

    private func publish(_ context: AppContext) -> [ScreenEffect] {
        guard let expiry = AnnouncementForm.date(form.expiry.text) else {
            return [.status(.error(context.t("Срок «\(form.expiry.text)» — не дата: введите ДД.ММ.ГГГГ.",
                                             "Expiry \"\(form.expiry.text)\" is not a date: type DD.MM.YYYY.")))]
        }
        do {
            let audience: AnnouncementAudience
            switch form.kind {
            case .everyone: audience = .everyone
            case .role: audience = .role(form.role)
            case .wholeClass: audience = .wholeClass(try context.db.announcementClass(named: form.className.text, by: .user(user)))
            case .parents: audience = .parentsOf(try context.db.announcementClass(named: form.className.text, by: .user(user)))
            }
            let published = try context.db.publishAnnouncement(form.draft.text, to: audience, until: expiry, by: .user(user))
            let text = published.wasCut ? context.t("Опубликовано, но ", "Published, but ") + context.text(MessageText.cutNotice) + "."
                                        : context.t("Объявление опубликовано до \(expiry.russian).", "Announcement published until \(expiry.russian).")
            return [.popAndReload, .status(published.wasCut ? .warning(text) : .success(text))]
        } catch {
            return [.status(.error(context.t("Не опубликовано: ", "Not published: ") + context.describe(error)))]
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        var y = area.y
        func label(_ text: String, focused: Bool) {
            buffer.write(text, at: Point(x: area.x, y: y), style: focused ? .emphasis : .normal, clip: area)
        }
        label(context.t("Кому:   ", "To:     "), focused: form.focus == .kind)
        buffer.write(form.kindTitle(context) + context.t("  (пробел — сменить)", "  (Space changes)"), at: Point(x: area.x + 8, y: y),
                     style: form.focus == .kind ? .inputFocused : .input, clip: area)
        y += 1
        if form.kind == .role {
            label(context.t("Роль:   ", "Role:   "), focused: form.focus == .target)
            buffer.write(form.role.title.text(in: context.language), at: Point(x: area.x + 8, y: y),
                         style: form.focus == .target ? .inputFocused : .input, clip: area)
            y += 1
        } else if form.hasTarget {
            label(context.t("Класс:  ", "Class:  "), focused: form.focus == .target)
            var field = form.className
            TextField(isFocused: form.focus == .target, placeholder: "7А")
                .render(in: Rect(x: area.x + 8, y: y, width: 12, height: 1), buffer: &buffer, state: &field)
            y += 1
        }
        label(context.t("До:     ", "Until:  "), focused: form.focus == .expiry)
        var expiry = form.expiry
        TextField(isFocused: form.focus == .expiry).render(in: Rect(x: area.x + 8, y: y, width: 12, height: 1), buffer: &buffer, state: &expiry)
        buffer.write(context.t(" включительно, ДД.ММ.ГГГГ", " inclusive, DD.MM.YYYY"), at: Point(x: area.x + 21, y: y), style: .dim, clip: area)
        y += 1
        let box = Rect(x: area.x, y: y, width: area.width, height: max(3, area.maxY - y - 1))
        Frame(title: context.t("Текст · \(form.draft.count)/\(MessageText.limit)", "Text · \(form.draft.count)/\(MessageText.limit)"),
              style: form.focus == .text ? .emphasis : .border).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 1, vertical: 1)
        let lines = form.draft.lines(width: inside.width - 1)
        for (row, line) in lines.suffix(inside.height).enumerated() {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + row), clip: inside)
        }
        if form.focus == .text {
            let lastRow = min(inside.height, max(1, lines.count)) - 1
            buffer.cursor = Point(x: min(inside.maxX - 1, inside.x + DisplayWidth.of(lines.last ?? "")), y: inside.y + lastRow)
        }
        buffer.write(context.t("Tab — поле · F2 — опубликовать · Esc — назад", "Tab field · F2 publish · Esc back"),
                     at: area.bottom(1).origin, style: .dim, clip: area)
    }
}
