import Testing
import TerminalUI

/// A small login-like screen, as a later app loop would draw it.
struct LoginScreen {
    var login = TextFieldState()
    var password = TextFieldState()
    var passwordFocused = false
    let keys = KeyMap<String>([
        KeyBinding([], action: "help", help: "Помощь", label: "Помощь", slot: 1),
        KeyBinding([], action: "exit", help: "Выход", label: "Выход", slot: 10),
    ])

    mutating func render(size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        let layout = ScreenLayout(area: buffer.area)
        StatusBar(" Вход", style: .title).render(in: layout.title, buffer: &buffer)
        buffer.write("Логин:", at: Point(x: 2, y: 3))
        buffer.write("Пароль:", at: Point(x: 2, y: 5))
        TextField(isFocused: !passwordFocused).render(in: Rect(x: 10, y: 3, width: 30, height: 1), buffer: &buffer, state: &login)
        TextField(isPassword: true, isFocused: passwordFocused)
            .render(in: Rect(x: 10, y: 5, width: 30, height: 1), buffer: &buffer, state: &password)
        StatusBar(" введите логин и пароль").render(in: layout.status, buffer: &buffer)
        FunctionBar(keyMap: keys).render(in: layout.functionBar, buffer: &buffer)
        return buffer
    }

    mutating func handle(_ key: Key) {
        if key == .tab { passwordFocused.toggle(); return }
        _ = passwordFocused ? password.handle(key) : login.handle(key)
    }
}

@Suite("Test backend")
struct TestBackendTests {
    func run(_ screen: inout LoginScreen, on backend: TestBackend) {
        backend.draw(screen.render(size: backend.size))
        while let key = backend.readKey(timeout: .zero) {
            screen.handle(key)
            backend.draw(screen.render(size: backend.size))
        }
    }

    @Test func aKeystrokeChangesFewCells() throws {
        let backend = TestBackend()
        try backend.start()
        var screen = LoginScreen()
        run(&screen, on: backend)
        #expect(backend.lastDrawChangedCells == 80 * 24)
        backend.type("ива")
        run(&screen, on: backend)
        #expect(backend.lines()[3].hasPrefix("  Логин:  ива"))
        #expect(backend.lastDrawChangedCells == 1)
        #expect(backend.cursor == Point(x: 13, y: 3))
        backend.enqueue(.tab)
        backend.type("пароль")
        run(&screen, on: backend)
        #expect(backend.lines()[5].hasPrefix("  Пароль: ******"))
        #expect(backend.lastDrawChangedCells == 1)
        #expect(backend.drawCount == 13)
        backend.stop()
        #expect(!backend.isStarted)
    }

    @Test func resizingQueuesAResizeKeyAndRedrawsEverything() {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        var screen = LoginScreen()
        run(&screen, on: backend)
        backend.size = Size(width: 100, height: 30)
        #expect(backend.pendingKeyCount == 1)
        #expect(backend.readKey(timeout: nil) == .resize)
        backend.draw(screen.render(size: backend.size))
        #expect(backend.lastDrawChangedCells == 100 * 30)
        #expect(backend.lines().count == 30)
        backend.size = Size(width: 100, height: 30)
        #expect(backend.pendingKeyCount == 0)
    }

    @Test func redrawAllResendsTheWholeScreen() {
        let backend = TestBackend()
        var screen = LoginScreen()
        run(&screen, on: backend)
        backend.draw(screen.render(size: backend.size))
        #expect(backend.lastDrawChangedCells == 0)
        backend.redrawAll()
        backend.draw(screen.render(size: backend.size))
        #expect(backend.lastDrawChangedCells == 80 * 24)
        #expect(backend.redrawAllCount == 1)
    }

    @Test func noColourBackendGetsTheMonochromeTheme() {
        #expect(TestBackend(colorCapability: .monochrome).theme == .monochrome)
        #expect(TestBackend(colorCapability: .colors(256)).theme == .color)
    }

    @Test func arbitraryKeysNeverCrashWidgets() {
        var generator = SystemRandomNumberGenerator()
        var field = TextFieldState(maxLength: 50)
        var list = ListState()
        var table = TableState()
        var dialog = DialogState()
        let grid = classGrid()
        let confirm = Dialog(title: "?", message: "", buttons: ["Да", "Нет"])
        let keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .insert, .delete, .backspace,
                           .enter, .tab, .backTab, .escape, .resize, .unknown(-1), .unknown(Int.max), .function(63),
                           .control("@"), .character("\u{0301}"), .character("中"), .character("ж")]
        for _ in 0..<5_000 {
            let key = keys.randomElement(using: &generator)!
            _ = field.handle(key)
            _ = list.handle(key, itemCount: 3)
            _ = table.handle(key, for: grid)
            _ = dialog.handle(key, for: confirm)
        }
        var buffer = Buffer(size: Size(width: 20, height: 5))
        TextField().render(in: buffer.area, buffer: &buffer, state: &field)
        grid.render(in: buffer.area, buffer: &buffer, state: &table)
        #expect(field.characters.count <= 50)
        #expect((0..<6).contains(table.selectedRow))
    }
}
