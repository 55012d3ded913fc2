import Testing
import TerminalUI

enum GridAction: Equatable, Sendable {
    case help, lesson, topic, homework, final, find, delete, exit, absent, redraw
}

let gridKeys = KeyMap<GridAction>([
    KeyBinding([], action: .help, help: "Помощь по клавишам", label: "Помощь", slot: 1),
    KeyBinding([], action: .lesson, help: "Открыть урок столбца", label: "Урок", slot: 2),
    KeyBinding([], action: .topic, help: "Изменить тему урока", label: "Тема", slot: 3),
    KeyBinding([], action: .homework, help: "Изменить домашнее задание", label: "ДЗ", slot: 4),
    KeyBinding([], action: .final, help: "Итоговые отметки", label: "Итог", slot: 5),
    KeyBinding([.character("/")], action: .find, help: "Найти ученика", label: "Поиск", slot: 7),
    KeyBinding([.delete, .backspace], action: .delete, help: "Удалить последнюю отметку", label: "Удал", slot: 8),
    KeyBinding([.escape], action: .exit, help: "Назад", label: "Выход", slot: 10),
    KeyBinding(Key.sameKey("н") + [.character("n")], action: .absent, help: "Отсутствует («н»)"),
    KeyBinding(.control("l"), action: .redraw, help: "Перерисовать экран"),
])

@Suite("Key map")
struct KeyMapTests {
    @Test func slotsAddTheirFunctionKey() {
        #expect(gridKeys.action(for: .function(7)) == .find)
        #expect(gridKeys.action(for: .character("/")) == .find)
        #expect(gridKeys.action(for: .function(10)) == .exit)
        #expect(gridKeys.action(for: .escape) == .exit)
        #expect(gridKeys.action(for: .function(6)) == nil)
    }

    @Test func functionBarItemsComeFromTheBindings() {
        #expect(gridKeys.functionBarItems.map(\.slot) == [1, 2, 3, 4, 5, 7, 8, 10])
        #expect(gridKeys.functionBarItems.map(\.label) == ["Помощь", "Урок", "Тема", "ДЗ", "Итог", "Поиск", "Удал", "Выход"])
    }

    @Test func helpListsEveryBindingWithItsKeys() {
        let entries = gridKeys.helpEntries
        #expect(entries.count == 10)
        #expect(entries[5] == HelpEntry(keys: "F7, /", text: "Найти ученика"))
        #expect(entries[8] == HelpEntry(keys: "н, y, n", text: "Отсутствует («н»)"))
        #expect(entries[9].keys == "Ctrl-L")
    }

    @Test func everyFunctionBarSlotIsExplainedInHelpUnderItsKey() {
        let help = gridKeys.helpEntries
        for item in gridKeys.functionBarItems {
            let entry = help.first { $0.keys.split(separator: ",").first.map(String.init) == "F\(item.slot)" }
            #expect(entry != nil, "F\(item.slot) \(item.label)")
        }
        let bar = rendered(FunctionBar(keyMap: gridKeys), width: 80, height: 1).lines()[0]
        for item in gridKeys.functionBarItems {
            #expect(bar.contains("\(item.slot)\(item.label)"))
        }
    }

    @Test func conflictsAreReported() {
        #expect(gridKeys.conflictingKeys.isEmpty)
        let clash = gridKeys.appending(KeyMap([KeyBinding(.character("y"), action: .lesson, help: "")]))
        #expect(clash.conflictingKeys == [.character("y")])
        #expect(clash.action(for: .character("y")) == .absent)
    }

    @Test func captionOverridesKeyNames() {
        let digits = KeyBinding((1...5).map { Key.character(Character(String($0))) }, action: 1, help: "Отметка", caption: "1–5")
        #expect(digits.keysCaption == "1–5")
        #expect(KeyMap([digits]).action(for: .character("3")) == 1)
    }
}

@Suite struct KeyClashesTests {
    @Test func twinsOnTheOtherLayoutAndTheOtherCaseAreOneKey() {
        #expect(KeyClashes.find(in: [[.character("н")], [.character("y")]]) == [.character("н")])
        #expect(KeyClashes.find(in: [[.character("Y")], [.character("н")]]) == [.character("Y")])
        #expect(KeyClashes.find(in: [[.character("б")], [.character(",")]]) == [.character("б")])
        #expect(KeyClashes.find(in: [[.function(7)], [.enter], [.function(7)]]) == [.function(7)])
    }

    @Test func oneBindingMayHoldBothTwinsAndDifferentKeysDoNotClash() {
        #expect(KeyClashes.find(in: [Key.sameKey("н"), Key.sameKey("б"), [.character("<")], [.character("5")]]).isEmpty)
        #expect(KeyClashes.find(in: [[.control("c")], [.character("c")], [.character("с")]]) == [.character("c")])
    }
}
