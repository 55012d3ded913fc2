import JournalCore
import TerminalUI

/// Keys several journal screens share, so they answer the same everywhere.
enum CommonKeys {
    /// The keys of an attendance code on either layout, and the Latin letter a
    /// teacher may think of first: н / y / n, б / , / b, у / e / u, о / j / o.
    static func attendance(_ code: AttendanceCode) -> [Key] {
        let latin: Character = switch code {
        case .absent: "n"
        case .ill: "b"
        case .excused: "u"
        case .late: "o"
        }
        return Key.sameKey(code.key) + [.character(latin), .character(Character(latin.uppercased()))]
    }

    /// What help shows for an attendance code's keys.
    static func attendanceCaption(_ code: AttendanceCode) -> String {
        var names: [String] = []
        for key in attendance(code) where !names.contains(key.name.lowercased()) { names.append(key.name.lowercased()) }
        return names.joined(separator: " / ")
    }

    /// One binding per attendance code, on both layouts, with its caption; the
    /// screens differ only in the action and the words.
    static func attendanceBindings<Action>(_ action: (AttendanceCode) -> Action,
                                           help: (AttendanceCode) -> String) -> [KeyBinding<Action>] {
        AttendanceCode.allCases.map { code in
            KeyBinding(attendance(code), action: action(code), help: help(code), caption: attendanceCaption(code))
        }
    }

    static let marks: [Key] = (1...5).map { Key.character(Character(String($0))) }

    /// The final marks that are not a number (н/а, зач, незач, осв), one key
    /// each on both layouts: the period's final marks and the year's answer
    /// to the same letters.
    static func finalMarkValueBindings<Action>(_ action: (FinalMarkValue) -> Action,
                                               _ t: (String, String) -> String) -> [KeyBinding<Action>] {
        [KeyBinding(Key.sameKey("н"), action: action(.notAssessed), help: t("н/а — не аттестован", "н/а — not assessed"), caption: "н / y"),
         KeyBinding(Key.sameKey("з"), action: action(.passed), help: t("зач — зачтено", "зач — passed"), caption: "з / p"),
         KeyBinding(Key.sameKey("ч"), action: action(.failed), help: t("незач — не зачтено", "незач — failed"), caption: "ч / x"),
         KeyBinding(Key.sameKey("о"), action: action(.exempt), help: t("осв — освобождён", "осв — exempt"), caption: "о / j")]
    }

    /// F1 is the application's, not a screen's binding; the bar shows it as in
    /// Midnight Commander.
    static func barItems<Action>(_ keyMap: KeyMap<Action>, _ context: AppContext) -> [FunctionBarItem] {
        [FunctionBarItem(slot: 1, label: context.t("Помощь", "Help"))] + keyMap.functionBarItems
    }

    /// Says which key was meaningless here, and where the list of keys is.
    static func unknownKey(_ key: Key, _ context: AppContext) -> ScreenEffect? {
        guard let character = key.character, !character.isWhitespace else { return nil }
        return .status(.error(context.t("Клавиша «\(character)» здесь ничего не делает. F1 — список клавиш.",
                                        "The key \"\(character)\" does nothing here. F1 lists the keys.")))
    }
}
