import Foundation
import JournalCore
import TerminalUI

/// The text of a message being written: several lines (Enter starts a new
/// one, so a pasted letter does not send itself at its first line break),
/// typed and erased at the end. It holds at most `MessageText.limit`
/// characters; what a paste brings beyond that is dropped and `wasCut` says
/// so, for the status line.
struct MessageDraft: Hashable {
    private(set) var characters: [Character] = []
    /// Characters were dropped at the limit since the last `takeCutNotice`.
    private(set) var wasCut = false

    init() {}

    /// A draft holding `text` already: a message being edited.
    init(_ text: String) {
        for character in text { append(character) }
        wasCut = false
    }

    var text: String { String(characters) }
    var count: Int { characters.count }
    var isEmpty: Bool { characters.allSatisfy(\.isWhitespace) }

    /// True when the key changed the text or was refused at the limit.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            append(character)
        case .enter:
            append("\n")
        case .backspace:
            if !characters.isEmpty { characters.removeLast() }
        case .control("u"):
            characters.removeAll()
        default:
            return false
        }
        return true
    }

    mutating func append(_ character: Character) {
        guard character == "\n" || !character.unicodeScalars.contains(where: HiddenCharacters.isControl) else { return }
        guard characters.count < MessageText.limit else {
            wasCut = true
            return
        }
        characters.append(character)
    }

    /// Says once that a paste was cut.
    mutating func takeCutNotice() -> Bool {
        defer { wasCut = false }
        return wasCut
    }

    /// The draft wrapped to `width`, each typed line on its own rows.
    func lines(width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            line.isEmpty ? [""] : TextFitting.wrap(String(line), width: max(1, width))
        }
    }
}

/// How a message's text is laid out on a screen: plain text, with every
/// control character made visible and harmless (`TerminalText`).
enum MessageLayout {
    static func lines(_ body: String, width: Int) -> [String] {
        TerminalText.sanitized(body).split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            line.isEmpty ? [""] : TextFitting.wrap(String(line).replacingOccurrences(of: "\t", with: " "), width: max(1, width))
        }
    }
}
