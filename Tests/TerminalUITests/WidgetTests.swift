import Testing
import TerminalUI

@Suite("List")
struct ListTests {
    let items: [ListItem] = ["1. Алгебра 7А", "2. Геометрия 8Б", ListItem("3. Физика 9В", style: .late), "4. Алгебра 7Б", "5. История"]

    @Test func rendersWithASelectionBar() {
        var state = ListState(selected: 1)
        let buffer = rendered(List(items: items), width: 20, height: 3, state: &state)
        #expect(buffer.trimmedLines == ["1. Алгебра 7А", "2. Геометрия 8Б", "3. Физика 9В"])
        #expect(buffer[19, 1].style == .selected)
        #expect(buffer[0, 0].style == .normal)
        #expect(buffer[0, 2].style == .late)
    }

    @Test func movesAndScrolls() {
        var state = ListState()
        var buffer = rendered(List(items: items), width: 20, height: 3, state: &state)
        #expect(state.handle(.end, itemCount: items.count) == .handled)
        buffer = rendered(List(items: items), width: 20, height: 3, state: &state)
        #expect(state.offset == 2)
        #expect(buffer.trimmedLines.first == "3. Физика 9В")
        #expect(buffer[0, 2].style == .selected)
        #expect(state.handle(.pageUp, itemCount: items.count) == .handled)
        #expect(state.selected == 2)
        #expect(state.handle(.character("x"), itemCount: items.count) == .ignored)
        _ = state.handle(.home, itemCount: items.count)
        _ = state.handle(.up, itemCount: items.count)
        #expect(state.selected == 0)
    }

    @Test func emptyListIsSafe() {
        var state = ListState(selected: 3)
        let buffer = rendered(List(items: []), width: 5, height: 2, state: &state)
        #expect(buffer.trimmedLines == ["", ""])
        #expect(state.selected == nil)
        #expect(state.handle(.down, itemCount: 0) == .handled)
    }

    @Test func inactiveSelection() {
        var state = ListState(selected: 0)
        let buffer = rendered(List(items: items, isFocused: false), width: 20, height: 2, state: &state)
        #expect(buffer[0, 0].style == .selectedInactive)
    }
}

@Suite("Frame and paragraph")
struct FrameTests {
    @Test func drawsABoxWithATitle() {
        let buffer = rendered(Frame(title: "Журнал"), width: 16, height: 3)
        #expect(buffer.lines() == ["┌─── Журнал ───┐", "│              │", "└──────────────┘"])
        #expect(buffer[0, 0].style == .border)
        #expect(buffer.style(of: "Ж", inRow: 0) == .title)
        #expect(Frame().inner(of: Rect(x: 0, y: 0, width: 16, height: 3)) == Rect(x: 1, y: 1, width: 14, height: 1))
    }

    @Test func tooSmallFramesDrawNothing() {
        let buffer = rendered(Frame(title: "x"), width: 1, height: 1)
        #expect(buffer.lines() == [" "])
    }

    @Test func paragraphCentresAndWraps() {
        let message = Paragraph(wrapping: "Увеличьте окно терминала до 80×24", width: 12, alignment: .center)
        let buffer = rendered(message, width: 12, height: 4)
        #expect(buffer.trimmedLines == [" Увеличьте", "    окно", "терминала до", "   80×24"])
    }
}

@Suite("Dialog")
struct DialogTests {
    let confirm = Dialog(title: "Удалить?", message: "Отметка 5 за 12.09 будет удалена.", buttons: ["Да", "Нет"])

    @Test func rendersACentredBoxWithButtons() {
        var state = DialogState(selectedButton: 1)
        let buffer = rendered(confirm, width: 50, height: 9, state: &state)
        let lines = buffer.trimmedLines
        #expect(lines[2] == "      ╔════════════ Удалить? ═════════════╗")
        #expect(lines[3] == "      ║ Отметка 5 за 12.09 будет удалена. ║")
        #expect(lines[4] == "      ║                                   ║")
        #expect(lines[5] == "      ║          [ Да ]  [ Нет ]          ║")
        #expect(lines[6] == "      ╚═══════════════════════════════════╝")
        #expect(buffer.style(of: "Н", inRow: 5) == .selected)
        #expect(buffer.style(of: "Д", inRow: 5) == .dialog)
        #expect(buffer[8, 4].style == .dialog)
    }

    @Test func keysChooseAndCancel() {
        var state = DialogState()
        #expect(state.handle(.right, for: confirm) == .handled)
        #expect(state.selectedButton == 1)
        #expect(state.handle(.tab, for: confirm) == .handled)
        #expect(state.selectedButton == 0)
        #expect(state.handle(.enter, for: confirm) == .chosen(0))
        #expect(state.handle(.escape, for: confirm) == .cancelled)
        #expect(state.handle(.character("н"), for: confirm) == .chosen(1))
        #expect(state.handle(.character("Y"), for: confirm) == .chosen(1))
        #expect(state.handle(.character("l"), for: confirm) == .chosen(0))
        #expect(state.handle(.character("q"), for: confirm) == .handled)
        #expect(state.handle(.resize, for: confirm) == .ignored)
    }

    @Test func longMessagesWrapInsideMaxWidth() {
        let long = Dialog(title: "Ошибка", message: String(repeating: "слово ", count: 30), buttons: ["OK"], maxWidth: 30)
        let box = long.box(in: Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(box.width == 30)
        var state = DialogState()
        let buffer = rendered(long, width: 80, height: 24, state: &state)
        #expect(buffer.lines().contains { $0.contains("[ OK ]") })
    }
}

@Suite("Help")
struct HelpViewTests {
    @Test func helpIsGeneratedFromTheKeyMap() {
        let help = HelpView(keyMap: gridKeys, heading: [Line("Журнал: клавиши", style: .title)])
        let lines = help.lines(width: 60).map(\.plainText)
        #expect(lines[0] == "Журнал: клавиши")
        #expect(lines.count == 11)
        #expect(lines[6].hasPrefix("F7, /"))
        #expect(lines[6].hasSuffix("Найти ученика"))
        for entry in gridKeys.helpEntries {
            #expect(lines.contains { $0.contains(entry.text) })
        }
    }

    @Test func longTextWrapsUnderItself() {
        let help = HelpView(entries: [HelpEntry(keys: "F2", text: "Открыть редактор урока выбранного столбца")])
        let lines = help.lines(width: 24).map(\.plainText)
        #expect(lines.count > 1)
        #expect(lines[1].hasPrefix("      "))
    }

    @Test func rendersStyledAndScrolls() {
        var state = ScrollState()
        let help = HelpView(keyMap: gridKeys)
        let buffer = rendered(help, width: 50, height: 4, state: &state)
        #expect(buffer[0, 0].style == .helpKey)
        #expect(buffer.style(of: "П", inRow: 0) == .help)
        #expect(state.handle(.end, lineCount: 10) == .handled)
        let scrolled = rendered(help, width: 50, height: 4, state: &state)
        #expect(scrolled.trimmedLines.last?.hasPrefix("Ctrl-L") == true)
        #expect(state.handle(.character("q"), lineCount: 10) == .ignored)
    }
}

@Suite("Layout")
struct LayoutTests {
    @Test func screenLayoutHasChromeAroundTheBody() {
        let layout = ScreenLayout(area: Rect(size: Size(width: 80, height: 24)))
        #expect(layout.title == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(layout.body == Rect(x: 0, y: 1, width: 80, height: 21))
        #expect(layout.status == Rect(x: 0, y: 22, width: 80, height: 1))
        #expect(layout.functionBar == Rect(x: 0, y: 23, width: 80, height: 1))
    }

    @Test func rectCarving() {
        let area = Rect(x: 2, y: 1, width: 10, height: 5)
        #expect(area.inset(by: 1) == Rect(x: 3, y: 2, width: 8, height: 3))
        #expect(area.centered(Size(width: 4, height: 1)) == Rect(x: 5, y: 3, width: 4, height: 1))
        #expect(area.intersection(Rect(x: 10, y: 0, width: 10, height: 2)) == Rect(x: 10, y: 1, width: 2, height: 1))
        #expect(area.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(area.removingTop(9).isEmpty)
        #expect(Size(width: 79, height: 30).covers(Size(width: 80, height: 24)) == false)
    }
}
