import Foundation

/// The text of a message or an announcement as the store keeps it: line
/// breaks made one kind, controls that would act on a terminal replaced by a
/// visible character (`TerminalText`), spaces trimmed at the ends, and cut at
/// `limit` characters. A paste of a whole document must not fill the
/// recipient's screen, and the sender is told that it was cut.
public struct MessageText: Hashable, Sendable {
    /// The most characters a message or announcement keeps.
    public static let limit = 2000

    public let text: String
    /// The text given was longer than `limit` and was cut.
    public let wasCut: Bool

    public init(_ raw: String) {
        let unified = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\t", with: " ")
        let clean = TerminalText.sanitized(unified).trimmingCharacters(in: .whitespacesAndNewlines)
        if clean.count > Self.limit {
            text = String(clean.prefix(Self.limit))
            wasCut = true
        } else {
            text = clean
            wasCut = false
        }
    }

    public var isEmpty: Bool { text.isEmpty }

    /// What the sender is told when their text was cut.
    public static var cutNotice: Phrase {
        Phrase(ru: "текст длиннее \(limit) знаков: сохранены первые \(limit)",
               en: "the text is longer than \(limit) characters: the first \(limit) were kept")
    }
}
