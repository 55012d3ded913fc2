import JournalCore
import TerminalUI

/// «Разделы»: the sections of the school the user may open, each with its
/// letter; Enter or the letter opens one.
final class SchoolSectionsScreen: Screen {
    enum Action: Equatable {
        case move, open, back
    }

    private let user: ActingUser
    private let sections: [SchoolSection]
    private var list = ListState(selected: 0)
    let keyMap: KeyMap<Action>
    let functionBarItems: [FunctionBarItem]

    init(user: ActingUser, context: AppContext) {
        self.user = user
        sections = SchoolSections.available(to: user, in: context)
        sectionHelp = { "\($0.title(context)): \($0.summary(context))" }
        keyMap = KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("выбрать раздел", "choose a section"), caption: "↑ ↓"),
            KeyBinding(.enter, action: .open, help: context.t("открыть раздел (или нажмите его букву)",
                                                              "open the section (or press its letter)")),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
        functionBarItems = CommonKeys.barItems(keyMap, context)
    }

    func title(in context: AppContext) -> String { context.t("Разделы", "Sections") }
    var helpEntries: [HelpEntry] {
        keyMap.helpEntries + sections.map { section in
            HelpEntry(keys: KeyboardLayout.sameKey(section.letter, ignoringCase: false).map { String($0).uppercased() }
                        .joined(separator: " / "),
                      text: sectionHelp(section))
        }
    }

    /// Filled on open: help lines need the context for their words.
    private var sectionHelp: (SchoolSection) -> String = { _ in "" }

    func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let inner = area.inset(horizontal: 1, vertical: 0)
        let items = sections.map { section in
            ListItem(Line([Span("[\(String(section.letter).uppercased())] ", style: .header),
                           Span(TextFitting.fit(section.title(context), width: 26)),
                           Span(section.summary(context), style: .dim)]))
        }
        var state = list
        List(items: items).render(in: inner.removingBottom(1), buffer: &buffer, state: &state)
        list = state
        buffer.write(context.t("Enter или буква — открыть · Esc — назад", "Enter or the letter — open · Esc — back"),
                     at: inner.bottom(1).origin, style: .dim, clip: inner)
    }

    func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if case .character(let typed) = key,
           let index = sections.firstIndex(where: { KeyboardLayout.sameKey($0.letter).contains(typed) }) {
            return open(index, context)
        }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move:
            _ = list.handle(key, itemCount: sections.count)
            return []
        case .open:
            guard let index = list.selected else { return [] }
            return open(index, context)
        case .back:
            return [.pop]
        }
    }

    private func open(_ index: Int, _ context: AppContext) -> [ScreenEffect] {
        guard sections.indices.contains(index) else { return [] }
        do {
            return [.push(try sections[index].open(user, context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }
}
