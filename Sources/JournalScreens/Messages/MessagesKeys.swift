import JournalCore
import TerminalUI

/// What the keys of «Сообщения и объявления» do.
enum MessagesAction: Equatable {
    case move, open, write, announce, back
}

extension MessagesAction {
    /// Those who publish announcements get F3 «Объявить».
    static func keyMap(_ context: AppContext, mayAnnounce: Bool) -> KeyMap<MessagesAction> {
        var bindings: [KeyBinding<MessagesAction>] = [
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать объявление или переписку", "choose an announcement or a thread"), caption: "↑ ↓"),
            KeyBinding(.enter, action: .open, help: context.t("открыть: прочитать, ответить; у объявления — кто прочитал",
                                                              "open: read, reply; for an announcement, who has read it")),
            KeyBinding([], action: .write, help: context.t("написать новое сообщение (кому — из тех, кому можно)",
                                                           "write a new message (to those you may write to)"),
                       label: context.t("Написать", "Write"), slot: 2),
        ]
        if mayAnnounce {
            bindings.append(KeyBinding([], action: .announce, help: context.t("новое объявление: кому, до какого числа, текст",
                                                                              "a new announcement: audience, expiry, text"),
                                       label: context.t("Объявить", "Announce"), slot: 3))
        }
        bindings.append(KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10))
        return KeyMap(bindings)
    }
}
