import JournalCore
import TerminalUI

/// What the region screen's keys do.
public enum RegionAction: Equatable, Sendable {
    case move, open, untrusted, help, back
}

extension RegionAction {
    /// The bindings: the function bar and the F1 help come from here.
    static func keyMap(_ language: Language) -> KeyMap<RegionAction> {
        let t = { (ru: String, en: String) in language == .ru ? ru : en }
        return KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end, .left, .right], action: .move,
                       help: t("выбрать школу (← → — другие показатели, если не помещаются)",
                               "choose a school (← → show more indicators when they do not fit)"), caption: "↑ ↓"),
            KeyBinding(.enter, action: .open, help: t("недели школы: каждый её отчёт по порядку, с показателями недели",
                                                      "the school's weeks: each of its reports with the week's indicators")),
            KeyBinding(.function(1), action: .help, help: t("эта справка", "this help"), label: t("Помощь", "Help"), slot: 1),
            KeyBinding(.function(4), action: .untrusted, help: t("файлы, которые не засчитаны: неизвестный ключ, изменён после подписи…",
                                                                 "files not counted: unknown key, changed after signing…"),
                       label: t("НеЗасч", "Untrust"), slot: 4),
            KeyBinding([.function(10), .escape], action: .back, help: t("назад; со списка школ — выход",
                                                                        "back; from the list of schools, quit"),
                       label: t("Выход", "Quit"), slot: 10),
        ])
    }
}
