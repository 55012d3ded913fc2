import JournalCore
import JournalStore
import TerminalUI

/// One thread: its messages oldest first, each with who has read it and
/// when; F2 writes a reply at the bottom, F4 changes one's own message while
/// nobody has read it, F8 withdraws one's own message.
/// Opening the thread (and every refresh while it is open) marks what it
/// shows as read, which is what the senders' receipts say.
public final class ThreadScreen: Screen {
    enum Action: Equatable { case move, reply, edit, withdraw, back }

    let threadID: MessageThreadID
    let user: ActingUser
    let keyMap: KeyMap<Action>
    private(set) var thread: MessageThread?
    private(set) var loadError: String?
    /// The chosen message (index into `thread.messages`).
    var selected = 0
    /// The reply being written, while F2 has opened it, or the text of one's
    /// own message being changed, while F4 has opened it.
    var reply: MessageDraft?
    /// The message whose text `reply` holds, when F4 opened it.
    var editing: MessageID?

    public init(_ threadID: MessageThreadID, user: ActingUser, context: AppContext) {
        self.threadID = threadID
        self.user = user
        keyMap = KeyMap([
            KeyBinding([.up, .down, .home, .end], action: .move, help: context.t("выбрать сообщение", "choose a message"), caption: "↑ ↓"),
            KeyBinding([], action: .reply, help: context.t("ответить; в ответе F2 — отправить, Enter — новая строка, Esc — отменить",
                                                           "reply; in the reply F2 sends, Enter starts a line, Esc cancels"),
                       label: context.t("Ответить", "Reply"), slot: 2),
            KeyBinding([], action: .edit, help: context.t("изменить своё выбранное сообщение, пока его никто не прочитал; F2 — сохранить",
                                                          "change your chosen message while nobody has read it; F2 saves"),
                       label: context.t("Изменить", "Edit"), slot: 4),
            KeyBinding([], action: .withdraw, help: context.t("отозвать своё выбранное сообщение (его текст никто больше не увидит)",
                                                              "withdraw your chosen message (nobody sees its text any more)"),
                       label: context.t("Отозвать", "Withdraw"), slot: 8),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        load(context)
        selected = max(0, (thread?.messages.count ?? 1) - 1)
    }

    public func title(in context: AppContext) -> String {
        context.t("Переписка: ", "Thread: ") + TerminalText.sanitized(thread?.subject ?? "")
    }
    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) {
        let wasAtEnd = selected >= (thread?.messages.count ?? 0) - 1
        load(context)
        if wasAtEnd { selected = max(0, (thread?.messages.count ?? 1) - 1) }
    }

    func load(_ context: AppContext) {
        try? context.db.markThreadRead(threadID, by: user)
        do {
            thread = try context.db.messageThread(threadID, by: user)
            loadError = nil
        } catch {
            thread = nil
            loadError = context.describe(error)
        }
        selected = min(selected, max(0, (thread?.messages.count ?? 1) - 1))
    }

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if reply != nil { return handleReply(key, context: context) }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        let count = thread?.messages.count ?? 0
        switch action {
        case .move:
            switch key {
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(max(0, count - 1), selected + 1)
            case .home: selected = 0
            default: selected = max(0, count - 1)
            }
        case .reply:
            reply = MessageDraft()
            editing = nil
        case .edit:
            return startEditing(context)
        case .withdraw:
            return confirmWithdrawal(context)
        case .back:
            return [.popAndReload]
        }
        return []
    }

    private func handleReply(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var draft = reply else { return [] }
        switch key {
        case .escape, .function(10):
            reply = nil
            editing = nil
            return []
        case .function(2):
            if let message = editing { return saveEdit(of: message, draft.text, context: context) }
            do {
                let sent = try context.db.postMessage(draft.text, in: threadID, by: user)
                reply = nil
                load(context)
                selected = max(0, (thread?.messages.count ?? 1) - 1)
                return [.status(sent.wasCut ? .warning(context.t("Отправлено, но ", "Sent, but ") + context.text(MessageText.cutNotice) + ".")
                                            : .success(context.t("Сообщение отправлено.", "Message sent.")))]
            } catch {
                return [.status(.error(context.t("Не отправлено: ", "Not sent: ") + context.describe(error)))]
            }
        default:
            _ = draft.handle(key)
            let cut = draft.takeCutNotice()
            reply = draft
            return cut ? [.status(.warning(context.t("Сообщение не длиннее \(MessageText.limit) знаков: лишнее отрезано.",
                                                     "A message holds at most \(MessageText.limit) characters: the rest was cut.")))] : []
        }
    }

    /// Opens the chosen message's text for changing: only one's own, not
    /// withdrawn, that nobody has read yet (after that it can only be withdrawn).
    private func startEditing(_ context: AppContext) -> [ScreenEffect] {
        guard let message = thread?.messages[safe: selected], message.senderID == user.accountID, !message.isWithdrawn else {
            return [.status(.warning(context.t("Выберите своё сообщение (↑ ↓): изменить можно только его.",
                                               "Choose a message of yours (↑ ↓): only those can be changed.")))]
        }
        guard message.readBy.isEmpty else {
            return [.status(.warning(context.t("Сообщение уже прочитано: изменить его нельзя, можно отозвать (F8).",
                                               "The message has been read: it cannot be changed, only withdrawn (F8).")))]
        }
        reply = MessageDraft(message.body)
        editing = message.id
        return [.status(StatusMessage(context.t("Измените текст; F2 — сохранить, Esc — отменить.", "Change the text; F2 saves, Esc cancels.")))]
    }

    private func saveEdit(of message: MessageID, _ text: String, context: AppContext) -> [ScreenEffect] {
        do {
            let saved = try context.db.editMessage(message, body: text, by: user)
            reply = nil
            editing = nil
            load(context)
            return [.status(saved.wasCut ? .warning(context.t("Сохранено, но ", "Saved, but ") + context.text(MessageText.cutNotice) + ".")
                                         : .success(context.t("Сообщение изменено.", "Message changed.")))]
        } catch {
            return [.status(.error(context.t("Не изменено: ", "Not changed: ") + context.describe(error)))]
        }
    }

    private func confirmWithdrawal(_ context: AppContext) -> [ScreenEffect] {
        guard let message = thread?.messages[safe: selected], message.senderID == user.accountID, !message.isWithdrawn else {
            return [.status(.warning(context.t("Выберите своё сообщение (↑ ↓): отозвать можно только его.",
                                               "Choose a message of yours (↑ ↓): only those can be withdrawn.")))]
        }
        return [.confirm(Confirmation(
            title: context.t("Отозвать сообщение?", "Withdraw the message?"),
            message: context.t("Текст сообщения от \(message.sentAt.russian) больше никто не увидит; в переписке останется отметка об отзыве.",
                               "Nobody will see the text of the message of \(message.sentAt.russian); the thread keeps a note that it was withdrawn."),
            buttons: [context.t("Нет", "No"), context.t("Отозвать", "Withdraw")]) { [weak self] choice in
                guard let self, choice == 1 else { return [] }
                do {
                    try context.db.withdrawMessage(message.id, by: self.user)
                    self.load(context)
                    return [.status(.success(context.t("Сообщение отозвано.", "Message withdrawn.")))]
                } catch {
                    return [.status(.error(context.t("Не отозвано: ", "Not withdrawn: ") + context.describe(error)))]
                }
            })]
    }

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let loadError {
            Paragraph(TextFitting.wrap(loadError, width: area.width).map { Line($0, style: .error) }).render(in: area, buffer: &buffer)
            return
        }
        guard let thread else { return }
        var body = area
        let people = context.t("Участники: ", "Members: ") + thread.members.map(\.fullName).joined(separator: ", ")
        buffer.write(TextFitting.truncate(people, toWidth: area.width), at: area.origin, style: .dim, clip: area)
        body = body.removingTop(1)
        if let reply {
            let height = min(8, max(3, body.height / 3))
            renderReply(reply, in: body.bottom(height), buffer: &buffer, context: context)
            body = body.removingBottom(height)
        }
        renderMessages(thread, in: body, buffer: &buffer, context: context)
    }

    private func renderMessages(_ thread: MessageThread, in area: Rect, buffer: inout Buffer, context: AppContext) {
        var lines: [(text: String, style: StyleRole?, message: Int)] = []
        for (index, message) in thread.messages.enumerated() {
            let head = (index == selected ? "▶ " : "  ") + message.senderName + " · " + message.sentAt.russian
                + (message.editedAt == nil ? "" : context.t(" (изменено)", " (edited)"))
            lines.append((head, index == selected ? .selected : .header, index))
            if let withdrawn = message.withdrawnAt {
                lines.append(("    " + context.t("сообщение отозвано отправителем \(withdrawn.russian)",
                                                 "withdrawn by the sender \(withdrawn.russian)"), .dim, index))
            } else {
                for line in MessageLayout.lines(message.body, width: area.width - 4) { lines.append(("    " + line, nil, index)) }
            }
            if message.senderID == user.accountID && !message.isWithdrawn {
                let receipt = message.readBy.isEmpty ? context.t("    не прочитано", "    not read yet")
                    : "    ✓ " + context.t("прочитано: ", "read: ") + message.readBy.map { "\($0.name) \($0.at.russian)" }.joined(separator: ", ")
                lines.append((receipt, message.readBy.isEmpty ? .dim : .success, index))
            }
            lines.append(("", nil, index))
        }
        let start = lines.firstIndex { $0.message == selected } ?? 0
        let end = lines.lastIndex { $0.message == selected } ?? 0
        let offset = max(0, min(start, end + 1 - area.height))
        for (row, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            buffer.write(TextFitting.truncate(line.text, toWidth: area.width), at: Point(x: area.x, y: area.y + row),
                         style: line.style ?? .normal, clip: area)
        }
    }

    private func renderReply(_ draft: MessageDraft, in area: Rect, buffer: inout Buffer, context: AppContext) {
        let title = editing == nil
            ? context.t("Ответ · \(draft.count)/\(MessageText.limit) · F2 — отправить · Esc — отмена",
                        "Reply · \(draft.count)/\(MessageText.limit) · F2 send · Esc cancel")
            : context.t("Изменение · \(draft.count)/\(MessageText.limit) · F2 — сохранить · Esc — отмена",
                        "Editing · \(draft.count)/\(MessageText.limit) · F2 save · Esc cancel")
        Frame(title: title,
              style: .dialog, titleStyle: .dialogTitle, fillsInside: true).render(in: area, buffer: &buffer)
        let inside = area.inset(horizontal: 1, vertical: 1)
        let lines = draft.lines(width: inside.width - 1)
        for (row, line) in lines.suffix(inside.height).enumerated() {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + row), style: .dialog, clip: inside)
        }
        let lastRow = min(inside.height, max(1, lines.count)) - 1
        buffer.cursor = Point(x: min(inside.maxX - 1, inside.x + DisplayWidth.of(lines.last ?? "")), y: inside.y + lastRow)
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
