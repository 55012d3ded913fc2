/// The kinds of journal entries readiness.md counts. Profiles name them to say
/// which entries make a lesson "kept" and which are judged for timeliness.
public enum JournalEntryKind: String, CaseIterable, Sendable, Codable {
    /// A mark of any work type.
    case mark
    /// A mark of an in-class work type (`kchr` judges only these for timeliness).
    case markInClass = "mark_in_class"
    /// A mark of a work type done outside the lesson (homework, tests).
    case markOutOfClass = "mark_out_of_class"
    case attendance
    /// The "lesson held" mark (отметка о проведении урока).
    case held
    /// The lesson comment.
    case comment

    public var title: Phrase {
        switch self {
        case .mark: Phrase(ru: "отметка", en: "mark")
        case .markInClass: Phrase(ru: "отметка за работу на уроке", en: "mark for in-class work")
        case .markOutOfClass: Phrase(ru: "отметка за работу вне урока", en: "mark for out-of-class work")
        case .attendance: Phrase(ru: "посещаемость", en: "attendance")
        case .held: Phrase(ru: "отметка о проведении урока", en: "lesson held")
        case .comment: Phrase(ru: "комментарий к уроку", en: "lesson comment")
        }
    }
}

/// A set of entry kinds reduced to the questions the counting asks: which marks,
/// and whether attendance, "held" and comments are in. `mark` covers both mark
/// kinds, so naming it next to `mark_in_class` does not count a mark twice.
public struct EntryKindSet: Hashable, Sendable {
    public let kinds: Set<JournalEntryKind>

    public init(_ kinds: some Sequence<JournalEntryKind>) {
        self.kinds = Set(kinds)
    }

    public var inClassMarks: Bool { kinds.contains(.mark) || kinds.contains(.markInClass) }
    public var otherMarks: Bool { kinds.contains(.mark) || kinds.contains(.markOutOfClass) }
    public var attendance: Bool { kinds.contains(.attendance) }
    public var held: Bool { kinds.contains(.held) }
    public var comment: Bool { kinds.contains(.comment) }
    public var isEmpty: Bool { kinds.isEmpty }

    /// Whether a mark of a work type with this `inClass` flag is of these kinds.
    public func includesMark(inClass: Bool) -> Bool {
        inClass ? inClassMarks : otherMarks
    }

    /// The kinds in the order of readiness.md, for messages and reports.
    public var ordered: [JournalEntryKind] {
        JournalEntryKind.allCases.filter(kinds.contains)
    }

    public static let all = EntryKindSet([.mark, .attendance, .held, .comment])
}
