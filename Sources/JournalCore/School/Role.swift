/// A role an account holds. An account may hold several (a teacher who is also the
/// deputy). "Homeroom" is not a role: it follows from being named the homeroom
/// teacher of a class.
///
/// `director` is zhurnal's own addition to the roles the regulations name: the
/// head of the school reads the dashboards, the reports and the transition
/// plan, and writes nothing in the journal (docs/bundle.md, docs/decisions.md).
/// It comes after the two writing supervisors, so an administrator who is also
/// the director lands on the administrator's screens.
public enum Role: String, CaseIterable, Sendable, Codable, Comparable {
    case admin, deputy, director, teacher, secretary, parent, student

    public init(parsing text: String) throws {
        guard let role = Role(rawValue: text.trimmingSpaces) else { throw JournalError.invalidRole(text) }
        self = role
    }

    public var title: Phrase {
        switch self {
        case .admin: Phrase(ru: "администратор", en: "administrator")
        case .deputy: Phrase(ru: "завуч", en: "deputy director")
        case .director: Phrase(ru: "директор", en: "director")
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

    /// `admin, deputy, director, …`: what a refusal and the help list as allowed.
    public static var allowedText: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public static func listText(_ roles: [Role]) -> String {
        Set(roles).sorted().map(\.rawValue).joined(separator: ";")
    }
}
