/// Whom an announcement is for. Stored as the audience itself, not as a list
/// of recipients: who belongs to it is worked out when it is read.
///
/// A class means its students, their parents, its class teacher and the
/// teachers who teach it; the parents of a class mean only the parents.
public enum AnnouncementAudience: Hashable, Sendable {
    case everyone
    case role(Role)
    case wholeClass(ClassID)
    case parentsOf(ClassID)

    /// The `announcement.audience` column.
    public var kind: String {
        switch self {
        case .everyone: "everyone"
        case .role: "role"
        case .wholeClass: "class"
        case .parentsOf: "class_parents"
        }
    }

    public var role: Role? {
        if case .role(let role) = self { return role }
        return nil
    }

    public var classID: ClassID? {
        switch self {
        case .wholeClass(let id), .parentsOf(let id): id
        default: nil
        }
    }

    public init?(kind: String, role: String?, classID: ClassID?) {
        switch kind {
        case "everyone": self = .everyone
        case "role": guard let role = role.flatMap(Role.init(rawValue:)) else { return nil }; self = .role(role)
        case "class": guard let classID else { return nil }; self = .wholeClass(classID)
        case "class_parents": guard let classID else { return nil }; self = .parentsOf(classID)
        default: return nil
        }
    }

    /// «всем», «роль: учитель», «7А», «родители 7А»; `className` names the class.
    public func title(className: String?, in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .everyone: return ru ? "всем" : "everyone"
        case .role(let role): return (ru ? "роль: " : "role: ") + role.title.text(in: language)
        case .wholeClass: return (ru ? "класс " : "class ") + (className ?? "?")
        case .parentsOf: return (ru ? "родители " : "parents of ") + (className ?? "?")
        }
    }
}
