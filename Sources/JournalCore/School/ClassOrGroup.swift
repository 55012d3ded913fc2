/// Whose lessons a grid, a roll or a teacher's assignment is about: a whole
/// class, or one teaching group (a `part` group of a class, a `mixed` or an
/// `extra` group). The store answers "who are the students" from this alone:
/// the class's enrolment, or the group's members.
public enum ClassOrGroup: Hashable, Sendable {
    case wholeClass(ClassID)
    case group(GroupID)

    public var classID: ClassID? {
        if case .wholeClass(let id) = self { return id }
        return nil
    }

    public var groupID: GroupID? {
        if case .group(let id) = self { return id }
        return nil
    }
}

/// How a lesson, a grid or an assignment is named on screen:
/// «5А · Английский язык · гр. 1», «5А · Математика», or for a group of
/// several classes «Математика · Элективный курс».
public struct LessonLabel: Hashable, Sendable {
    /// The class (for a `part` group, the class it divides); nil for a `mixed`
    /// group and an `extra` group of no class.
    public var className: String?
    public var subjectName: String
    /// The group's name; nil for the whole class.
    public var groupName: String?

    public init(className: String?, subjectName: String, groupName: String? = nil) {
        self.className = className
        self.subjectName = subjectName
        self.groupName = groupName
    }

    public var text: String {
        [className, subjectName, groupName].compactMap { $0 }.joined(separator: " · ")
    }

    /// The subject with the group's name after it, for a column that shows the
    /// class beside it: «Английский язык · гр. 1».
    public var subjectAndGroup: String {
        [subjectName, groupName].compactMap { $0 }.joined(separator: " · ")
    }
}

/// Days from `from` through `to`, both included; `to` nil = still going on.
/// A stay in a class or a membership of a group, as a student's grid row
/// knows it.
public struct DaySpan: Hashable, Sendable {
    public var from: SchoolDate
    public var to: SchoolDate?

    public init(from: SchoolDate, to: SchoolDate?) {
        self.from = from
        self.to = to
    }

    public func contains(_ date: SchoolDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }
}
