import JournalCore
import TerminalUI

/// The fields of a new announcement, without a database: whom (everyone, a
/// role, a class, the parents of a class), until which day, and the text.
struct AnnouncementForm: Equatable {
    enum Kind: Int, CaseIterable { case everyone, role, wholeClass, parents }
    enum Field: Int { case kind, target, expiry, text }

    var kind = Kind.everyone
    var role = Role.parent
    var className = TextFieldState(maxLength: 12)
    var expiry: TextFieldState
    var draft = MessageDraft()
    var focus = Field.kind

    init(today: SchoolDate) {
        expiry = TextFieldState(text: today.adding(days: 7).russian, maxLength: 10)
    }

    /// Whether the class or role line is asked at all.
    var hasTarget: Bool { kind != .everyone }

    mutating func nextField(backwards: Bool = false) {
        var order: [Field] = [.kind, .target, .expiry, .text]
        if !hasTarget { order.removeAll { $0 == .target } }
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[(index + (backwards ? order.count - 1 : 1)) % order.count]
    }

    /// Keys for the focused field; true when the draft was cut at the limit.
    mutating func handle(_ key: Key) -> Bool {
        switch focus {
        case .kind:
            if key == .character(" ") || key == .right { kind = Kind(rawValue: (kind.rawValue + 1) % Kind.allCases.count)! }
            if key == .left { kind = Kind(rawValue: (kind.rawValue + Kind.allCases.count - 1) % Kind.allCases.count)! }
        case .target:
            if kind == .role {
                let all = Role.allCases
                if key == .character(" ") || key == .right { role = all[(all.firstIndex(of: role)! + 1) % all.count] }
                if key == .left { role = all[(all.firstIndex(of: role)! + all.count - 1) % all.count] }
            } else {
                _ = className.handle(key)
            }
        case .expiry:
            _ = expiry.handle(key)
        case .text:
            _ = draft.handle(key)
            return draft.takeCutNotice()
        }
        return false
    }

    /// `31.12.2024` or `2024-12-31`.
    static func date(_ text: String) -> SchoolDate? {
        let trimmed = text.trimmingSpaces
        if let iso = SchoolDate(iso: trimmed) { return iso }
        let parts = trimmed.split(separator: ".")
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              (1...31).contains(d), (1...12).contains(m), y > 1900 else { return nil }
        return SchoolDate(iso: "\(y)-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)"))
    }

    func kindTitle(_ context: AppContext) -> String {
        switch kind {
        case .everyone: context.t("всем", "everyone")
        case .role: context.t("роли", "a role")
        case .wholeClass: context.t("классу (ученики, родители, учителя)", "a class (students, parents, teachers)")
        case .parents: context.t("родителям класса", "the parents of a class")
        }
    }
}
