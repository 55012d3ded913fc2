import Testing
import TerminalUI

@Suite("Text field")
struct TextFieldTests {
    @Test func typingInsertsAtTheCursor() {
        var state = TextFieldState()
        for character in "Дроби" { #expect(state.handle(.character(character)) == .changed) }
        #expect(state.handle(.left) == .handled)
        #expect(state.handle(.left) == .handled)
        _ = state.handle(.character("ё"))
        #expect(state.text == "Дроёби")
        #expect(state.cursor == 4)
    }

    @Test func editingKeys() {
        var state = TextFieldState(text: "абвгд")
        #expect(state.handle(.home) == .handled)
        #expect(state.handle(.delete) == .changed)
        #expect(state.text == "бвгд")
        #expect(state.handle(.backspace) == .handled)
        #expect(state.handle(.end) == .handled)
        #expect(state.handle(.backspace) == .changed)
        #expect(state.text == "бвг")
        _ = state.handle(.left)
        #expect(state.handle(.control("u")) == .changed)
        #expect(state.text == "г")
        _ = state.handle(.control("a"))
        #expect(state.handle(.control("k")) == .changed)
        #expect(state.text.isEmpty)
        #expect(state.handle(.right) == .handled)
    }

    @Test func screenKeysAreLeftToTheScreen() {
        var state = TextFieldState(text: "x")
        for key: Key in [.enter, .tab, .escape, .function(2), .up, .resize, .unknown(999), .control("c")] {
            #expect(state.handle(key) == .ignored)
        }
        #expect(state.text == "x")
    }

    @Test func maxLengthRefusesMore() {
        var state = TextFieldState(maxLength: 3)
        for character in "12345" { _ = state.handle(.character(character)) }
        #expect(state.text == "123")
        #expect(state.insert("abc") == .handled)
        #expect(state.text == "123")
        var paste = TextFieldState(text: "a", maxLength: 4)
        paste.insert("bcdefg")
        #expect(paste.text == "abcd")
    }

    @Test func controlCharactersInPastedTextAreDropped() {
        var state = TextFieldState()
        state.insert("a\u{1B}[31mb\nc\td")
        #expect(state.text == "a[31mbcd")
    }

    @Test func combiningMarkJoinsThePreviousLetter() {
        var state = TextFieldState(text: "Е")
        #expect(state.handle(.character("\u{0301}")) == .changed)
        #expect(state.characters.count == 1)
        #expect(state.text == "Е\u{0301}")
    }

    @Test func rendersTextAndPutsTheCursor() {
        var state = TextFieldState(text: "Ёжик")
        let buffer = rendered(TextField(), width: 10, height: 1, state: &state)
        #expect(buffer.lines() == ["Ёжик      "])
        #expect(buffer.cursor == Point(x: 4, y: 0))
        #expect(buffer[0, 0].style == .inputFocused)
        #expect(buffer[9, 0].style == .inputFocused)
    }

    @Test func passwordShowsStars() {
        var state = TextFieldState(text: "секрет中")
        let buffer = rendered(TextField(isPassword: true), width: 10, height: 1, state: &state)
        #expect(buffer.lines() == ["*******   "])
        #expect(buffer.cursor == Point(x: 7, y: 0))
        #expect(!buffer.lines()[0].contains("с"))
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var state = TextFieldState(text: "Контрольная работа по теме")
        var buffer = rendered(TextField(), width: 10, height: 1, state: &state)
        #expect(buffer.lines() == ["а по теме "])
        #expect(buffer.cursor == Point(x: 9, y: 0))
        _ = state.handle(.home)
        buffer = rendered(TextField(), width: 10, height: 1, state: &state)
        #expect(buffer.lines() == ["Контрольна"])
        #expect(buffer.cursor == .zero)
    }

    @Test func wideTextScrollsByColumns() {
        var state = TextFieldState(text: "中文中文中文")
        let buffer = rendered(TextField(), width: 5, height: 1, state: &state)
        #expect(buffer.lines()[0] == "中文 ")
        #expect(buffer.cursor == Point(x: 4, y: 0))
    }

    @Test func unfocusedEmptyFieldShowsThePlaceholder() {
        var state = TextFieldState()
        let buffer = rendered(TextField(isFocused: false, placeholder: "логин"), width: 8, height: 1, state: &state)
        #expect(buffer.lines() == ["логин   "])
        #expect(buffer[0, 0].style == .dim)
        #expect(buffer[7, 0].style == .input)
        #expect(buffer.cursor == nil)
    }

    /// A hang guard, not a speed figure (those come from `zhurnal bench`).
    @Test(.timeLimit(.minutes(1))) func tenThousandPastedKeysAreAllKept() {
        var state = TextFieldState()
        let text = String(repeating: "Пример текста 中 ", count: 625)
        for character in text {
            _ = state.handle(.character(character))
        }
        var buffer = Buffer(size: Size(width: 40, height: 1))
        TextField().render(in: buffer.area, buffer: &buffer, state: &state)
        #expect(state.characters.count == 10_000)
        #expect(buffer.cursor == Point(x: 39, y: 0))
    }

    @Test(.timeLimit(.minutes(1))) func aLongLineKeepsTheCursorInView() {
        var state = TextFieldState()
        var buffer = Buffer(size: Size(width: 60, height: 1))
        for index in 0..<2_000 {
            _ = state.handle(.character(index % 2 == 0 ? "ж" : "x"))
            TextField().render(in: buffer.area, buffer: &buffer, state: &state)
        }
        #expect(buffer.cursor == Point(x: 59, y: 0))
        // the last cell is the cursor's, after the last typed "x"
        #expect(buffer.line(0).hasSuffix("xжx "))
    }
}
