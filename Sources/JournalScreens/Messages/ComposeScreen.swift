import JournalCore
import JournalStore
import TerminalUI

/// A new message: first whom to (found by typing among those the user may
/// write to; a login typed in full is asked of the store, which refuses in
/// words when the rules do not allow it), then the subject and the text.
public final class ComposeScreen: Screen {
    enum Step: Equatable {
        case recipient
        case text(MessagePeer)
    }

    let user: ActingUser
    private(set) var step = Step.recipient
    var finder: PeerFinder
    var subject = TextFieldState(maxLength: 120)
    var draft = MessageDraft()
    /// 0: the subject, 1: the text.
    var focus = 1
    private(set) var loadError: String?
    /// The bar's and help's words, in the context's language.
    private let words: (send: String, back: String, help: [HelpEntry])

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        words = (context.t("Отправ.", "Send"), context.t("Назад", "Back"), [
            HelpEntry(keys: context.t("буквы", "letters"),
                      text: context.t("найти получателя по имени, ребёнку или классу; полный логин — спросить, можно ли ему писать",
                                      "find the recipient by name, child or class; a full login asks whether you may write to them")),
            HelpEntry(keys: "↑ ↓", text: context.t("выбрать получателя", "choose the recipient")),
            HelpEntry(keys: "Enter", text: context.t("выбрать; в тексте — новая строка", "choose; in the text, a new line")),
            HelpEntry(keys: "Tab", text: context.t("тема / текст", "subject / text")),
            HelpEntry(keys: "F2", text: context.t("отправить", "send")),
            HelpEntry(keys: "Esc", text: context.t("назад", "back")),
        ])
        do {
            finder = PeerFinder(peers: try context.db.messagePeers(of: user))
        } catch {
            finder = PeerFinder(peers: [])
            loadError = context.describe(error)
        }
    }

    public func title(in context: AppContext) -> String {
        switch step {
        case .recipient: context.t("Новое сообщение: кому", "New message: to whom")
        case .text(let peer): context.t("Сообщение для: ", "Message to: ") + peer.fullName
        }
    }

    public var functionBarItems: [FunctionBarItem] {
        switch step {
        case .recipient: [FunctionBarItem(slot: 10, label: words.back)]
        case .text: [FunctionBarItem(slot: 2, label: words.send), FunctionBarItem(slot: 10, label: words.back)]
        }
    }

    public var helpEntries: [HelpEntry] { words.help }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch step {
        case .recipient: handleRecipient(key, context: context)
        case .text(let peer): handleText(key, to: peer, context: context)
        }
    }

    private func handleRecipient(_ key: Key, context: AppContext) -> [ScreenEffect] {
        switch key {
        case .escape, .function(10):
            return [.pop]
        case .enter:
            if let peer = finder.chosen { return choose(peer, context) }
            let typed = finder.query.text.trimmingSpaces
            guard !typed.isEmpty else { return [] }
            do {
                return choose(try context.db.messageRecipient(login: typed, by: user), context)
            } catch {
                return [.status(.error(context.describe(error)))]
            }
        default:
            finder.handle(key)
            return []
        }
    }

    /// Goes on to the text; the status line says what to do next (and no
    /// longer shows a refusal of an earlier try).
    private func choose(_ peer: MessagePeer, _ context: AppContext) -> [ScreenEffect] {
        step = .text(peer)
        return [.status(StatusMessage(context.t("Напишите текст; F2 — отправить.", "Write the text; F2 sends.")))]
    }

    private func handleText(_ key: Key, to peer: MessagePeer, context: AppContext) -> [ScreenEffect] {
        switch key {
        case .escape, .function(10):
            step = .recipient
            return []
        case .tab, .backTab:
            focus = 1 - focus
            return []
        case .function(2):
            do {
                let sent = try context.db.startThread(subject: subject.text, to: [peer.id], body: draft.text, by: user)
                let status: StatusMessage = sent.wasCut
                    ? .warning(context.t("Отправлено, но ", "Sent, but ") + context.text(MessageText.cutNotice) + ".")
                    : .success(context.t("Сообщение отправлено: \(peer.fullName).", "Message sent to \(peer.fullName)."))
                return [.pop, .push(ThreadScreen(sent.thread, user: user, context: context)), .status(status)]
            } catch {
                return [.status(.error(context.t("Не отправлено: ", "Not sent: ") + context.describe(error)))]
            }
        default:
            if focus == 0 {
                if key == .enter { focus = 1 } else { _ = subject.handle(key) }
                return []
            }
            _ = draft.handle(key)
            if draft.takeCutNotice() {
                return [.status(.warning(context.t("Сообщение не длиннее \(MessageText.limit) знаков: лишнее отрезано.",
                                                   "A message holds at most \(MessageText.limit) characters: the rest was cut.")))]
            }
            return []
        }
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let loadError {
            buffer.write(loadError, at: area.origin, style: .error, clip: area)
            return
        }
        switch step {
        case .recipient: renderRecipient(in: area, buffer: &buffer, context: context)
        case .text(let peer): renderText(peer, in: area, buffer: &buffer, context: context)
        }
    }

    private func renderRecipient(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let label = context.t("Кому: ", "To: ")
        buffer.write(label, at: area.origin, clip: area)
        var query = finder.query
        TextField().render(in: Rect(x: area.x + 6, y: area.y, width: max(1, area.width - 6), height: 1), buffer: &buffer, state: &query)
        buffer.write(context.t("Начните вводить имя, имя ребёнка или класс; Enter — выбрать.",
                               "Type a name, a child's name or a class; Enter chooses."),
                     at: Point(x: area.x, y: area.y + 1), style: .dim, clip: area)
        let matches = finder.matches
        let items = matches.map { ListItem(Line([Span(TextFitting.fit($0.fullName, width: 34)), Span(" " + $0.note, style: .dim)])) }
        List(items: items).render(in: area.removingTop(3), buffer: &buffer, state: &finder.list)
        if items.isEmpty {
            buffer.write(context.t("Никого нет среди тех, кому можно писать; полный логин и Enter — проверить.",
                                   "Nobody found among those you may write to. A full login and Enter asks whether you may."),
                         at: Point(x: area.x, y: area.y + 3), style: .warning, clip: area)
        }
    }

    private func renderText(_ peer: MessagePeer, in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.write(context.t("Кому: ", "To: ") + peer.fullName + " (" + peer.note + ")", at: area.origin, clip: area)
        buffer.write(context.t("Тема: ", "Subject: "), at: Point(x: area.x, y: area.y + 1), clip: area)
        var field = subject
        TextField(isFocused: focus == 0).render(in: Rect(x: area.x + 6, y: area.y + 1, width: max(1, area.width - 6), height: 1),
                                                buffer: &buffer, state: &field)
        let box = area.removingTop(2).removingBottom(1)
        Frame(title: context.t("Текст · \(draft.count)/\(MessageText.limit)", "Text · \(draft.count)/\(MessageText.limit)"))
            .render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 1, vertical: 1)
        let lines = draft.lines(width: inside.width - 1)
        for (row, line) in lines.suffix(inside.height).enumerated() {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + row), clip: inside)
        }
        if focus == 1 {
            let lastRow = min(inside.height, max(1, lines.count)) - 1
            buffer.cursor = Point(x: min(inside.maxX - 1, inside.x + DisplayWidth.of(lines.last ?? "")), y: inside.y + lastRow)
        }
        buffer.write(context.t("F2 — отправить · Enter — новая строка · Tab — тема/текст · Esc — другой получатель",
                               "F2 send · Enter new line · Tab subject/text · Esc another recipient"),
                     at: area.bottom(1).origin, style: .dim, clip: area)
    }
}
