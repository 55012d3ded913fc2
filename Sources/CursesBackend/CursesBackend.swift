#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalUI

/// `TerminalBackend` over ncursesw: the only code in the application that talks to
/// curses.
///
///     let backend = CursesBackend(configuration: CursesConfiguration(language: .russian))
///     do { try backend.start() } catch { print(error); exit(1) }   // non-UTF-8 locale, unknown TERM
///     defer { backend.stop() }
///
/// `start()` refuses (throws `TerminalStartError`) rather than exits when the
/// locale is not UTF-8 or `TERM` is unknown, because it uses `newterm`, not
/// `initscr`. It runs the terminal raw, so Ctrl-C/Ctrl-Z/Ctrl-\ arrive as keys, and
/// arranges for the terminal to be restored if the process is killed or crashes.
/// `draw` writes only the cells that changed since the previous frame and then
/// calls `doupdate` once, so a keystroke costs a few dozen bytes over SSH.
/// Esc followed quickly by a digit is read as a function key (Esc 1 = F1 ...
/// Esc 0 = F10) for terminals whose F-keys do not arrive.
public final class CursesBackend: TerminalBackend {
    public let configuration: CursesConfiguration
    public private(set) var colorCapability: ColorCapability = .monochrome
    /// Replacing the theme redefines colour pairs, so the next draw sends every
    /// cell again (curses still skips those that look the same).
    public var theme: Theme = .monochrome {
        didSet {
            palette = CursesPalette(theme: theme, colorCount: colorCount)
            previous = nil
        }
    }

    private var screen: OpaquePointer?
    private var files: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)?
    private var previous: Buffer?
    private var palette = CursesPalette(theme: .monochrome, colorCount: 0)
    private var colorCount = 0
    private var cursor: Point?
    private var cursorShown: Bool?
    private var pendingKey: Key?
    private var ignoredSignals: [(signal: Int32, previous: sigaction)] = []
    private let composer: EscapeDigitComposer

    /// Cells written by the last `draw`, for tests and measurements.
    public private(set) var lastDrawChangedCells = 0

    nonisolated(unsafe) private static var running = false

    public init(configuration: CursesConfiguration = CursesConfiguration()) {
        self.configuration = configuration
        self.composer = EscapeDigitComposer(window: configuration.escapeDigitWindow)
    }

    deinit {
        stop()
    }

    public var size: Size {
        guard screen != nil else { return .zero }
        return Size(width: Int(shim_cols()), height: Int(shim_lines()))
    }

    public func start() throws {
        guard screen == nil else { return }
        guard !Self.running else { throw failure(.alreadyRunning) }
        try LocaleCheck.requireUTF8(language: configuration.language)
        let terminalType = try resolvedTerminalType()
        let opened = try openDevice()
        let modes = Self.terminalModes(of: fileno(opened.input))
        Self.unblockWindowChanges()
        if configuration.ignoresInterruptSignals { ignoreKeyboardSignals() }
        if configuration.restoresTerminalOnSignals { TerminalRestorer.rememberDispositions() }
        guard let newScreen = newterm(terminalType, opened.output, opened.input) else {
            restoreKeyboardSignals()
            fclose(opened.input)
            fclose(opened.output)
            throw failure(.unknownTerminal(terminalType))
        }
        screen = newScreen
        files = opened
        Self.running = true
        set_term(newScreen)
        if configuration.ignoresInterruptSignals { reassertIgnoredSignals() }
        configureInput()
        configureColors()
        if configuration.restoresTerminalOnSignals {
            TerminalRestorer.arm(descriptor: fileno(opened.output), modes: modes, resetSequence: Self.resetSequence())
            Self.registerExitHook()
        }
    }

    /// A parent (a test runner, some terminal servers) may hand us SIGWINCH
    /// blocked; then ncurses never learns that the window changed size.
    private static func unblockWindowChanges() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGWINCH, SIG_DFL)
    }

    public func stop() {
        guard let current = screen else { return }
        TerminalRestorer.disarm()
        set_term(current)
        endwin()
        delscreen(current)
        restoreKeyboardSignals()
        if let files {
            fclose(files.input)
            fclose(files.output)
        }
        files = nil
        screen = nil
        previous = nil
        cursorShown = nil
        Self.running = false
    }

    public func draw(_ buffer: Buffer) {
        guard screen != nil else { return }
        let window = shim_stdscr()
        let runs = buffer.changedRuns(since: previous)
        let visible = size
        for run in runs where run.origin.y < visible.height {
            drawRun(run, window: window, width: visible.width)
        }
        lastDrawChangedCells = runs.reduce(0) { $0 + $1.cells.count }
        previous = buffer
        setCursor(buffer.cursor)
        applyCursor(window: window)
        wnoutrefresh(window)
        doupdate()
    }

    public func readKey(timeout: Duration?) -> Key? {
        guard screen != nil else { return nil }
        if let pendingKey {
            self.pendingKey = nil
            return pendingKey
        }
        guard let first = readRawKey(timeout: timeout) else { return nil }
        let (key, leftover) = composer.compose(first) { readRawKey(timeout: $0) }
        pendingKey = leftover
        if key == .resize { previous = nil }
        return key
    }

    public func setCursor(_ position: Point?) {
        cursor = position
    }

    public func redrawAll() {
        guard screen != nil else { return }
        clearok(shim_curscr(), true)
    }

    // MARK: Start

    private func failure(_ reason: TerminalStartError.Reason) -> TerminalStartError {
        TerminalStartError(reason, language: configuration.language)
    }

    private func environmentValue(_ name: String) -> String? {
        if let environment = configuration.environment { return environment[name] }
        return getenv(name).map { String(cString: $0) }
    }

    private func resolvedTerminalType() throws -> String {
        guard let type = configuration.terminalType ?? environmentValue("TERM"), !type.isEmpty else {
            throw failure(.noTerminalType)
        }
        return type
    }

    /// Duplicated descriptors for the standard streams, so closing our `FILE`s at
    /// stop leaves the process's own streams open.
    private func openDevice() throws -> (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>) {
        switch configuration.device {
        case .standardStreams:
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw failure(.notATerminal) }
            guard let input = fdopen(dup(STDIN_FILENO), "r"), let output = fdopen(dup(STDOUT_FILENO), "w") else {
                throw failure(.cannotOpenDevice("stdin/stdout"))
            }
            return (input, output)
        case .paths(let inputPath, let outputPath):
            guard let input = fopen(inputPath, "r") else { throw failure(.cannotOpenDevice(inputPath)) }
            guard let output = fopen(outputPath, "w") else {
                fclose(input)
                throw failure(.cannotOpenDevice(outputPath))
            }
            return (input, output)
        }
    }

    private static func terminalModes(of descriptor: Int32) -> termios? {
        var modes = termios()
        return tcgetattr(descriptor, &modes) == 0 ? modes : nil
    }

    private func configureInput() {
        raw()
        noecho()
        nonl()
        let window = shim_stdscr()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        leaveok(window, true)
        curs_set(0)
        cursorShown = false
    }

    private func configureColors() {
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(shim_colors())
            colorCapability = .colors(colorCount)
        } else {
            colorCount = 0
            colorCapability = .monochrome
        }
        let environment = configuration.environment ?? ["NO_COLOR": environmentValue("NO_COLOR") ?? ""]
        theme = Theme.automatic(for: colorCapability, environment: environment)
    }

    /// The bytes that undo what curses did to the terminal: reset attributes, show
    /// the cursor, leave keypad mode and the alternate screen.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes.append(contentsOf: Array(String(cString: value).utf8))
        }
        bytes.append(contentsOf: Array("\r\n".utf8))
        return bytes
    }

    nonisolated(unsafe) private static var exitHookRegistered = false

    private static func registerExitHook() {
        guard !exitHookRegistered else { return }
        exitHookRegistered = true
        atexit { restoreTerminalNow() }
    }

    private func ignoreKeyboardSignals() {
        for signal in TerminalRestorer.keyboardSignals {
            var ignore = sigaction()
            ignore.__sigaction_handler.sa_handler = SIG_IGN
            sigemptyset(&ignore.sa_mask)
            var previous = sigaction()
            if sigaction(signal, &ignore, &previous) == 0 { ignoredSignals.append((signal, previous)) }
        }
    }

    /// A second curses start in one process puts back ncurses' own SIGTSTP handler
    /// (it remembers it across `endwin`), so the ignoring is repeated after `newterm`.
    private func reassertIgnoredSignals() {
        for (signal, _) in ignoredSignals {
            var ignore = sigaction()
            ignore.__sigaction_handler.sa_handler = SIG_IGN
            sigemptyset(&ignore.sa_mask)
            sigaction(signal, &ignore, nil)
        }
    }

    private func restoreKeyboardSignals() {
        for (signal, previous) in ignoredSignals {
            var action = previous
            sigaction(signal, &action, nil)
        }
        ignoredSignals = []
    }

    // MARK: Keys

    private func readRawKey(timeout: Duration?) -> Key? {
        let window = shim_stdscr()
        wtimeout(window, timeout.map(Self.milliseconds) ?? -1)
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if result == ERR { return nil }
        if result == shim_key_code_yes() { return CursesKeys.key(forCode: Int32(value)) }
        return CursesKeys.key(forCharacter: UInt32(value))
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, total))
    }

    // MARK: Drawing

    /// Writes a run in pieces of one style each, clipped to the screen so that a
    /// frame drawn for a larger size cannot wrap onto the next row.
    private func drawRun(_ run: CellRun, window: UnsafeMutablePointer<WINDOW>?, width: Int) {
        var start = 0
        while start < run.cells.count {
            var end = start + 1
            while end < run.cells.count && run.cells[end].style == run.cells[start].style { end += 1 }
            let x = run.origin.x + start
            if x >= width { return }
            let segment = run.cells[start..<min(end, start + width - x)]
            writeSegment(segment, x: x, y: run.origin.y, window: window)
            start = end
        }
    }

    private func writeSegment(_ cells: ArraySlice<Cell>, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>?) {
        guard let style = cells.first?.style else { return }
        var characters: [wchar_t] = []
        characters.reserveCapacity(cells.count + 1)
        for cell in cells where !cell.isContinuation {
            for scalar in cell.grapheme.unicodeScalars { characters.append(wchar_t(bitPattern: scalar.value)) }
        }
        guard !characters.isEmpty else { return }
        let attributes = palette.attributes(for: style)
        wattr_set(window, attributes.attributes, attributes.pair, nil)
        mvwaddnwstr(window, Int32(y), Int32(x), characters, Int32(characters.count))
    }

    private func applyCursor(window: UnsafeMutablePointer<WINDOW>?) {
        let screenSize = size
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < screenSize.width, cursor.y < screenSize.height {
            if cursorShown != true {
                curs_set(1)
                leaveok(window, false)
                cursorShown = true
            }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorShown != false {
            curs_set(0)
            leaveok(window, true)
            cursorShown = false
        }
    }
}
