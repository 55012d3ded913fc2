/// A role an account holds. An account may hold several (a teacher who is also the
/// deputy). "Homeroom" is not a role: it follows from being named the homeroom
/// teacher of a class.
public enum Role: String, CaseIterable, Sendable, Codable, Comparable {
    case admin, deputy, teacher, secretary, parent, student

    public init(parsing text: String) throws {
        guard let role = Role(rawValue: text.trimmingSpaces) else { throw JournalError.invalidRole(text) }
        self = role
    }

    public var title: Phrase {
        switch self {
        case .admin: Phrase(ru: "администратор", en: "administrator")
        case .deputy: Phrase(ru: "завуч", en: "deputy director")
        case .teacher: Phrase(ru: "учитель", en: "teacher")
        case .secretary: Phrase(ru: "секретарь", en: "secretary")
        case .parent: Phrase(ru: "родитель", en: "parent")
        case .student: Phrase(ru: "ученик", en: "student")
        }
    }

    /// The canonical order, used to print role lists the same way every time.
    public var rank: Int { Role.allCases.firstIndex(of: self)! }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    /// `teacher;deputy` → [.deputy, .teacher]; duplicates removed, order canonical.
    public static func parseList(_ text: String) throws -> [Role] {
        let parts = text.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        return try Set(parts.map(Role.init(parsing:))).sorted()
    }

    public static func listText(_ roles: [Role]) -> String {
        Set(roles).sorted().map(\.rawValue).joined(separator: ";")
    }
}
