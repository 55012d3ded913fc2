/// Whom an announcement is for. Stored as the audience itself, not as a list
/// of recipients: who belongs to it is worked out when it is read.
///
/// A class means its students, their parents, its class teacher and the
/// teachers who teach it; the parents of a class mean only the parents.
/// The store names a class by its id, a bundle by its code: one audience
/// over either (`AnnouncementAudience`, `AnnouncementRecord.Audience`).
public enum AnnouncementAudienceOf<ClassRef: Hashable & Sendable>: Hashable, Sendable {
    case everyone
    case role(Role)
    case wholeClass(ClassRef)
    case parentsOf(ClassRef)

    /// The words of the `announcement.audience` column and of a bundle.
    public static var kinds: [String] { ["everyone", "role", "class", "class_parents"] }

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

    public var classRef: ClassRef? {
        switch self {
        case .wholeClass(let reference), .parentsOf(let reference): reference
        default: nil
        }
    }

    public init?(kind: String, role: Role?, classRef: ClassRef?) {
        switch kind {
        case "everyone": self = .everyone
        case "role": guard let role else { return nil }; self = .role(role)
        case "class": guard let classRef else { return nil }; self = .wholeClass(classRef)
        case "class_parents": guard let classRef else { return nil }; self = .parentsOf(classRef)
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

/// The store's audience: a class by its id.
public typealias AnnouncementAudience = AnnouncementAudienceOf<ClassID>

extension AnnouncementAudienceOf where ClassRef == ClassID {
    public var classID: ClassID? { classRef }

    /// From the `announcement` row: the role as stored.
    public init?(kind: String, role: String?, classID: ClassID?) {
        self.init(kind: kind, role: role.flatMap(Role.init(rawValue:)), classRef: classID)
    }
}

extension AnnouncementAudienceOf where ClassRef == String {
    public var classCode: String? { classRef }

    public init?(kind: String, role: Role?, classCode: String?) {
        self.init(kind: kind, role: role, classRef: classCode)
    }
}
