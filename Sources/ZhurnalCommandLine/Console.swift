import Foundation
import JournalCore

/// Everything the command line prints. Text for people (messages, tables,
/// summaries, the text report) goes through `TerminalText.sanitized` wherever it
/// goes, a terminal, a pipe or a file: a log read later with `cat` is a terminal
/// too. CSV and JSON are data: written to a file or a pipe they keep every byte,
/// and only on a terminal are they sanitised like text.
public enum Console {
    /// A line of text for people, on standard output.
    public static func print(_ text: String) {
        write(text + "\n")
    }

    /// Text for people as it is (reports end their own lines).
    public static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.sanitized(text).utf8))
    }

    /// An error or warning, on standard error, after the program's name.
    public static func error(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.sanitized("zhurnal: " + text + "\n").utf8))
    }

    /// CSV or JSON on standard output: exact unless standard output is a terminal.
    public static func data(_ text: String) {
        FileHandle.standardOutput.write(Data(dataForOutput(text, toTerminal: isatty(STDOUT_FILENO) == 1).utf8))
    }

    static func dataForOutput(_ text: String, toTerminal: Bool) -> String {
        toTerminal ? TerminalText.sanitized(text) : text
    }
}
