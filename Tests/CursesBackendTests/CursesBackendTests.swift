#if canImport(Glibc)
import Glibc
#endif
import Testing
import TerminalUI
@testable import CursesBackend

/// Curses has one global screen, so these tests run one at a time, each with a
/// screen on /dev/null (or a file, to count bytes) and TERM=xterm-256color.
@Suite("Curses backend", .serialized)
struct CursesBackendTests {
    init() {
        setenv("LC_ALL", "C.UTF-8", 1)
    }

    func makeBackend(output: String = "/dev/null", terminalType: String? = "xterm-256color",
                     environment: [String: String] = ["NO_COLOR": ""], ignoresSignals: Bool = false,
                     language: MessageLanguage = .russian) -> CursesBackend {
        CursesBackend(configuration: CursesConfiguration(
            language: language, ignoresInterruptSignals: ignoresSignals, restoresTerminalOnSignals: false,
            escapeDigitWindow: .milliseconds(30), terminalType: terminalType,
            device: .paths(input: "/dev/null", output: output), environment: environment))
    }

    @Test func drawsCyrillicWideAndCombiningCharacters() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        #expect(backend.size.width >= 20 && backend.size.height >= 4)
        var buffer = Buffer(size: backend.size)
        buffer.write("Журнал 5А · Ёлкин", at: .zero, style: .title)
        buffer.write("a中b👍c", at: Point(x: 0, y: 1))
        buffer.write("Ё́жик", at: Point(x: 0, y: 2))
        backend.draw(buffer)
        #expect(backend.screenLine(0).hasPrefix("Журнал 5А · Ёлкин"))
        #expect(backend.screenLine(1).hasPrefix("a中b👍c"))
        #expect(backend.screenLine(2).hasPrefix("Ё́жик"))
        #expect(backend.screenLine(3).allSatisfy { $0 == " " })
    }

    @Test func stylesBecomeAttributesAndColourPairs() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        #expect(backend.colorCapability == .colors(256))
        #expect(backend.theme == .color)
        var buffer = Buffer(size: backend.size)
        buffer.write("5", at: .zero, style: .header)
        buffer.write("x", at: Point(x: 2, y: 0), style: .selected)
        buffer.write("n", at: Point(x: 4, y: 0))
        backend.draw(buffer)
        #expect(backend.screenAttributes(x: 0, y: 0).attributes.contains(.bold))
        #expect(backend.screenAttributes(x: 0, y: 0).pair != 0)
        #expect(backend.screenAttributes(x: 2, y: 0).pair != 0)
        #expect(backend.screenAttributes(x: 2, y: 0).pair != backend.screenAttributes(x: 0, y: 0).pair)
        #expect(backend.screenAttributes(x: 4, y: 0) == ([], 0))

        backend.theme = .monochrome
        buffer.write("y", at: Point(x: 2, y: 0), style: .selected)
        backend.draw(buffer)
        #expect(backend.screenAttributes(x: 2, y: 0) == (.reverse, 0))
        #expect(backend.screenAttributes(x: 0, y: 0) == (.bold, 0))
    }

    @Test func noColorPicksTheMonochromeTheme() throws {
        let backend = makeBackend(environment: ["NO_COLOR": "1"])
        try backend.start()
        defer { backend.stop() }
        #expect(backend.theme == .monochrome)
    }

    @Test func onlyChangedCellsAreWritten() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        var buffer = Buffer(size: backend.size)
        buffer.write("Иванов", at: Point(x: 1, y: 1))
        backend.draw(buffer)
        #expect(backend.lastDrawChangedCells == backend.size.width * backend.size.height)
        buffer.write("5", at: Point(x: 10, y: 1), style: .markExcellent)
        backend.draw(buffer)
        #expect(backend.lastDrawChangedCells == 1)
        #expect(backend.screenLine(1).hasPrefix(" Иванов   5"))
    }

    @Test func aKeystrokeInATextFieldSendsFewBytes() throws {
        let path = "/tmp/curses-bytes-\(getpid()).out"
        defer { unlink(path) }
        let backend = makeBackend(output: path)
        try backend.start()
        defer { backend.stop() }
        var field = TextFieldState(text: "Контрольная")
        func frame() -> Buffer {
            var buffer = Buffer(size: backend.size)
            StatusBar(" Урок · 5А · Алгебра", style: .title).render(in: buffer.area.top(1), buffer: &buffer)
            buffer.write("Тема:", at: Point(x: 1, y: 3))
            TextField().render(in: Rect(x: 8, y: 3, width: 60, height: 1), buffer: &buffer, state: &field)
            FunctionBar(items: [FunctionBarItem(slot: 1, label: "Помощь"), FunctionBarItem(slot: 10, label: "Выход")])
                .render(in: buffer.area.bottom(1), buffer: &buffer)
            return buffer
        }
        backend.draw(frame())
        let before = fileSize(path)
        _ = field.handle(.character("ж"))
        backend.draw(frame())
        let keystroke = fileSize(path) - before
        print("CursesBackendTests: one keystroke in a text field sent \(keystroke) bytes")
        #expect(before > 500)
        #expect(keystroke > 0)
        #expect(keystroke < 64)
    }

    @Test func redrawAllRepaintsTheWholeScreen() throws {
        let path = "/tmp/curses-redraw-\(getpid()).out"
        defer { unlink(path) }
        let backend = makeBackend(output: path)
        try backend.start()
        defer { backend.stop() }
        var buffer = Buffer(size: backend.size)
        for row in 0..<backend.size.height { buffer.write("Строка \(row) журнала", at: Point(x: 0, y: row)) }
        backend.draw(buffer)
        let afterFirst = fileSize(path)
        backend.draw(buffer)
        #expect(fileSize(path) - afterFirst < 16)
        backend.redrawAll()
        backend.draw(buffer)
        #expect(fileSize(path) - afterFirst > Int(Double(afterFirst) * 0.8))
    }

    @Test func framesLargerThanTheScreenDoNotWrap() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        let size = backend.size
        var buffer = Buffer(size: Size(width: size.width + 10, height: size.height + 2))
        buffer.write(String(repeating: "ж", count: size.width + 10), at: .zero)
        buffer.write(String(repeating: "ж", count: size.width - 1) + "中", at: Point(x: 0, y: 1))
        backend.draw(buffer)
        #expect(backend.screenLine(0) == String(repeating: "ж", count: size.width))
        #expect(backend.screenLine(1).hasPrefix(String(repeating: "ж", count: size.width - 1)))
        #expect(!backend.screenLine(1).contains("中"))
        #expect(backend.screenLine(2).allSatisfy { $0 == " " })
    }

    @Test func theBottomRightCellIsDrawn() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        let size = backend.size
        var buffer = Buffer(size: size)
        buffer.write("Ы", at: Point(x: size.width - 1, y: size.height - 1))
        backend.draw(buffer)
        #expect(backend.screenLine(size.height - 1).last == "Ы")
    }

    @Test func keysAreReadThroughGetWch() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        let keys: [Key] = [.character("ж"), .character("Q"), .function(5), .function(12), .home, .end, .pageUp,
                           .pageDown, .delete, .insert, .backspace, .backTab, .up, .down, .left, .right, .enter,
                           .tab, .control("c"), .control("z"), .control("\\"), .control("l"), .character(" ")]
        backend.inject(keys)
        var read: [Key] = []
        while let key = backend.readKey(timeout: .milliseconds(10)) { read.append(key) }
        #expect(read == keys)
    }

    @Test func escapeAndADigitIsAFunctionKey() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        backend.inject([.escape, .character("1"), .escape, .character("0"), .escape, .character("ж"), .escape])
        #expect(backend.readKey(timeout: .milliseconds(10)) == .function(1))
        #expect(backend.readKey(timeout: .milliseconds(10)) == .function(10))
        #expect(backend.readKey(timeout: .milliseconds(10)) == .escape)
        #expect(backend.readKey(timeout: .milliseconds(10)) == .character("ж"))
        #expect(backend.readKey(timeout: .milliseconds(10)) == .escape)
        #expect(backend.readKey(timeout: .milliseconds(10)) == nil)
    }

    @Test func resizeAndUnknownCodesAreKeysToo() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        var buffer = Buffer(size: backend.size)
        buffer.write("x", at: .zero)
        backend.draw(buffer)
        backend.injectKeyCode(0o777)
        backend.inject([.resize])
        #expect(backend.readKey(timeout: .milliseconds(10)) == .resize)
        #expect(backend.readKey(timeout: .milliseconds(10)) == .unknown(0o777))
        backend.draw(buffer)
        #expect(backend.lastDrawChangedCells == backend.size.width * backend.size.height)
    }

    @Test func unknownTerminalIsRefusedInTheChosenLanguage() {
        let backend = makeBackend(terminalType: "no-such-terminal-zz")
        #expect(throws: TerminalStartError(.unknownTerminal("no-such-terminal-zz"), language: .russian)) {
            try backend.start()
        }
        let english = makeBackend(terminalType: "no-such-terminal-zz", language: .english)
        do {
            try english.start()
            Issue.record("an unknown terminal must be refused")
        } catch {
            #expect("\(error)".hasPrefix("Unknown terminal type"))
            #expect((error as? TerminalStartError)?.message(in: .russian).hasPrefix("Неизвестный тип терминала") == true)
        }
        #expect(backend.size == .zero)
    }

    @Test func missingTermIsRefused() {
        let backend = makeBackend(terminalType: nil, environment: ["TERM": ""])
        #expect(throws: TerminalStartError(.noTerminalType, language: .russian)) { try backend.start() }
    }

    @Test func nonUTF8LocaleIsRefused() {
        setenv("LC_ALL", "C", 1)
        defer { setenv("LC_ALL", "C.UTF-8", 1) }
        let backend = makeBackend()
        do {
            try backend.start()
            backend.stop()
            Issue.record("a non-UTF-8 locale must be refused")
        } catch let error as TerminalStartError {
            guard case .localeNotUTF8 = error.reason else {
                Issue.record("wrong reason \(error.reason)")
                return
            }
            #expect(error.description.contains("UTF-8"))
            #expect(error.description.contains("LANG=C.UTF-8"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(LocaleCheck.isUTF8("UTF-8"))
        #expect(LocaleCheck.isUTF8("utf8"))
        #expect(!LocaleCheck.isUTF8("KOI8-R"))
        #expect(!LocaleCheck.isUTF8("ANSI_X3.4-1968"))
    }

    @Test func onlyOneBackendAtATimeAndStopIsIdempotent() throws {
        let first = makeBackend()
        try first.start()
        let second = makeBackend()
        #expect(throws: TerminalStartError(.alreadyRunning, language: .russian)) { try second.start() }
        first.stop()
        first.stop()
        try second.start()
        #expect(second.size.width > 0)
        second.stop()
        #expect(second.readKey(timeout: .zero) == nil)
    }

    @Test func interruptSignalsAreIgnoredWhileRunningAndRestoredAfter() throws {
        let backend = makeBackend(ignoresSignals: true)
        let before = disposition(of: SIGINT)
        try backend.start()
        #expect(disposition(of: SIGINT) == unsafeBitCast(SIG_IGN, to: Int.self))
        #expect(disposition(of: SIGTSTP) == unsafeBitCast(SIG_IGN, to: Int.self))
        #expect(disposition(of: SIGQUIT) == unsafeBitCast(SIG_IGN, to: Int.self))
        backend.stop()
        #expect(disposition(of: SIGINT) == before)
    }

    @Test func terminateSignalHandlersAreInstalledAndRemoved() throws {
        let before = disposition(of: SIGTERM)
        let backend = CursesBackend(configuration: CursesConfiguration(
            ignoresInterruptSignals: false, restoresTerminalOnSignals: true, terminalType: "xterm-256color",
            device: .paths(input: "/dev/null", output: "/dev/null"), environment: [:]))
        try backend.start()
        #expect(disposition(of: SIGTERM) != before)
        #expect(disposition(of: SIGHUP) == disposition(of: SIGTERM))
        backend.stop()
        #expect(disposition(of: SIGTERM) == before)
    }
}

func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : -1
}

func disposition(of signal: Int32) -> Int {
    var action = sigaction()
    sigaction(signal, nil, &action)
    return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
}
