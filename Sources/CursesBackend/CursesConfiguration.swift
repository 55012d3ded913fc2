import TerminalUI

/// How a `CursesBackend` takes over the terminal.
public struct CursesConfiguration: Sendable {
    /// The language of the refusal messages (`TerminalStartError`).
    public var language: MessageLanguage
    /// On a shared PC Ctrl-C, Ctrl-Z and Ctrl-\ must not drop the user into the
    /// shell: in raw mode they arrive as `.control` keys, and with this set the
    /// matching signals (SIGINT, SIGTSTP, SIGQUIT) sent by other means are ignored
    /// while the backend runs.
    public var ignoresInterruptSignals: Bool
    /// Restore the terminal before the process dies of SIGTERM, SIGHUP, SIGINT or
    /// a crash. Off only in tests that share the process with other tests.
    public var restoresTerminalOnSignals: Bool
    /// How long after Esc a digit still makes a function key (Esc 1 = F1).
    public var escapeDigitWindow: Duration
    /// The terminal type; nil reads `TERM`.
    public var terminalType: String?
    public var device: TerminalDevice
    /// Where `TERM` and `NO_COLOR` are read; the process environment by default.
    public var environment: [String: String]?

    public init(language: MessageLanguage = .russian, ignoresInterruptSignals: Bool = true,
                restoresTerminalOnSignals: Bool = true, escapeDigitWindow: Duration = .milliseconds(400),
                terminalType: String? = nil, device: TerminalDevice = .standardStreams,
                environment: [String: String]? = nil) {
        self.language = language
        self.ignoresInterruptSignals = ignoresInterruptSignals
        self.restoresTerminalOnSignals = restoresTerminalOnSignals
        self.escapeDigitWindow = escapeDigitWindow
        self.terminalType = terminalType
        self.device = device
        self.environment = environment
    }
}

/// Where the terminal is.
public enum TerminalDevice: Sendable, Equatable {
    /// Standard input and output, which must be a terminal.
    case standardStreams
    /// Files or devices by path; tests draw to `/dev/null` or to a file to count
    /// the bytes sent.
    case paths(input: String, output: String)
}

public enum MessageLanguage: Sendable, Equatable {
    case russian, english
}
