#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives the terminal back when the process dies while the screen is taken over:
/// on SIGTERM, SIGHUP, SIGINT/SIGQUIT (unless the application catches or ignores
/// them) and on crashes (SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP, which
/// is how Swift traps). A signal handler may only make async-signal-safe calls, so
/// everything is prepared at start: the terminal modes from before (`tcsetattr`
/// puts them back) and the bytes that leave the alternate screen, show the cursor
/// and reset attributes (`write` sends them). Then the previous handler is put
/// back and the signal raised again, so the process ends as it would have, with
/// the Swift runtime's crash report.
enum TerminalRestorer {
    struct Saved {
        var descriptor: Int32
        var modes: termios
        var hasModes: Bool
        var resetBytes: UnsafeMutablePointer<UInt8>
        var resetCount: Int
        var armed: Bool
    }

    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP]
    static let endingSignals: [Int32] = [SIGTERM, SIGHUP]
    static let interruptSignals: [Int32] = [SIGINT, SIGQUIT]
    static let keyboardSignals: [Int32] = [SIGINT, SIGQUIT, SIGTSTP]

    /// Notes how the signals are handled before curses starts: ncurses installs its
    /// own SIGINT/SIGTERM handler (which exits with status 1), and after ours has
    /// restored the terminal the signal must go where it would have gone without
    /// curses. Call before `newterm`.
    static func rememberDispositions() {
        plannedSignals = crashSignals + endingSignals + interruptSignals.filter(hasDefaultAction)
        for signal in plannedSignals {
            var previous = sigaction()
            sigaction(signal, nil, &previous)
            previousActions[Int(signal)] = previous
        }
    }

    /// Saves what is needed to restore the terminal and installs the handlers.
    static func arm(descriptor: Int32, modes: termios?, resetSequence: [UInt8]) {
        let saved = restorerSaved ?? {
            let storage = UnsafeMutablePointer<Saved>.allocate(capacity: 1)
            storage.initialize(to: Saved(descriptor: -1, modes: termios(), hasModes: false,
                                         resetBytes: .allocate(capacity: 256), resetCount: 0, armed: false))
            restorerSaved = storage
            return storage
        }()
        let count = min(resetSequence.count, 256)
        resetSequence.withUnsafeBufferPointer { saved.pointee.resetBytes.update(from: $0.baseAddress!, count: count) }
        saved.pointee.resetCount = count
        saved.pointee.descriptor = descriptor
        saved.pointee.modes = modes ?? termios()
        saved.pointee.hasModes = modes != nil
        saved.pointee.armed = true
        install()
    }

    /// Stops watching and puts back the dispositions from before curses started;
    /// the backend restores the terminal itself.
    static func disarm() {
        restorerSaved?.pointee.armed = false
        for signal in plannedSignals {
            sigaction(signal, previousActions.advanced(by: Int(signal)), nil)
        }
        plannedSignals = []
    }

    private static func install() {
        for signal in plannedSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreTerminalAndReraise
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    private static func hasDefaultAction(_ signal: Int32) -> Bool {
        var current = sigaction()
        sigaction(signal, nil, &current)
        return current.__sigaction_handler.sa_handler == nil
    }
}

/// Written at arm time, read in the signal handler; a plain pointer so the handler
/// touches no Swift runtime machinery beyond loading it.
nonisolated(unsafe) private var restorerSaved: UnsafeMutablePointer<TerminalRestorer.Saved>?
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
nonisolated(unsafe) private var plannedSignals: [Int32] = []

/// Puts the terminal back (once) with `write` and `tcsetattr`; also used at exit.
func restoreTerminalNow() {
    guard let saved = restorerSaved, saved.pointee.armed else { return }
    saved.pointee.armed = false
    _ = write(saved.pointee.descriptor, saved.pointee.resetBytes, saved.pointee.resetCount)
    if saved.pointee.hasModes {
        _ = tcsetattr(saved.pointee.descriptor, TCSANOW, &saved.pointee.modes)
    }
}

private func restoreTerminalAndReraise(_ signal: Int32) {
    restoreTerminalNow()
    if signal >= 0 && signal < 65 {
        _ = sigaction(signal, previousActions.advanced(by: Int(signal)), nil)
    }
    _ = raise(signal)
}
