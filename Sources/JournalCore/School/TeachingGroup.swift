/// What kind of group a lesson or a timetable row may belong to, besides the
/// whole class.
public enum GroupKind: String, CaseIterable, Sendable, Codable {
    /// Part of one class (подгруппа): an English or informatics group of 5А.
    case part
    /// Students of several classes: an elective, a profile group.
    case mixed
    /// Extracurricular activity (внеурочная деятельность): a club or a course.
    case extra

    public init(parsing text: String) throws {
        guard let kind = GroupKind(rawValue: text.trimmingSpaces) else {
            throw JournalError.other(Phrase(ru: "неизвестный вид группы «\(text)»: допустимы part, mixed, extra",
                                            en: "unknown group kind \"\(text)\": allowed are part, mixed, extra"))
        }
        self = kind
    }

    /// `part` needs its class; `mixed` has none; `extra` may have one.
    public var classRule: GroupClassRule {
        switch self {
        case .part: .required
        case .mixed: .forbidden
        case .extra: .optional
        }
    }
}

public enum GroupClassRule: Sendable {
    case required, forbidden, optional
}

/// How a group's students are assessed. Subject groups get marks 1–5; an
/// extracurricular club may keep only attendance and topics, or pass/fail.
public enum GroupGrading: String, CaseIterable, Sendable, Codable {
    /// Marks 1–5, as in every lesson.
    case marks
    /// «зач» / «незач» only.
    case passFail = "pass_fail"
    /// No marks: attendance and topics only.
    case none

    public init(parsing text: String) throws {
        guard let grading = GroupGrading(rawValue: text.trimmingSpaces) else {
            throw JournalError.other(Phrase(ru: "неизвестный способ оценивания «\(text)»: допустимы marks, pass_fail, none",
                                            en: "unknown grading \"\(text)\": allowed are marks, pass_fail, none"))
        }
        self = grading
    }
}

/// A teaching group: students who have lessons together other than as their
/// whole class.
public struct TeachingGroup: Hashable, Sendable {
    public var code: String
    /// As the school names it: «гр. 1», «Робототехника».
    public var name: String
    public var kind: GroupKind
    /// The class a `part` group divides (required for it); an `extra` group may name one.
    public var classCode: String?
    /// The subject the group is for, when it is for one.
    public var subjectCode: String?
    public var grading: GroupGrading

    public init(code: String, name: String, kind: GroupKind, classCode: String?, subjectCode: String?,
                grading: GroupGrading = .marks) {
        self.code = code
        self.name = name
        self.kind = kind
        self.classCode = classCode
        self.subjectCode = subjectCode
        self.grading = grading
    }
}

/// A student's membership of a group, with dates (`to` inclusive; nil = open-ended).
public struct GroupMembership: Hashable, Sendable {
    public var groupCode: String
    public var studentCode: String
    public var from: SchoolDate
    public var to: SchoolDate?

    public init(groupCode: String, studentCode: String, from: SchoolDate, to: SchoolDate? = nil) {
        self.groupCode = groupCode
        self.studentCode = studentCode
        self.from = from
        self.to = to
    }

    public func contains(_ date: SchoolDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }
}
