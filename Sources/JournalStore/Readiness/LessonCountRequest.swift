import JournalCore

/// What to count over the lessons of a window: the readiness indicators that
/// are sums over counted lessons (planning, journal, on_time), grouped as asked.
public struct LessonCountRequest: Sendable {
    public var from: SchoolDate
    public var to: SchoolDate
    public var asOf: SchoolTime
    public var grouping: Set<LessonDimension>
    public var journalKinds: EntryKindSet
    public var onTimeKinds: EntryKindSet
    public var deadline: DeadlineRule
    public var slice: LessonSlice
    public var path: LessonCountPath

    public init(from: SchoolDate, to: SchoolDate, asOf: SchoolTime, grouping: Set<LessonDimension> = [],
                journalKinds: EntryKindSet, onTimeKinds: EntryKindSet, deadline: DeadlineRule,
                slice: LessonSlice = .school, path: LessonCountPath = .fastest) {
        self.from = from
        self.to = to
        self.asOf = asOf
        self.grouping = grouping
        self.journalKinds = journalKinds
        self.onTimeKinds = onTimeKinds
        self.deadline = deadline
        self.slice = slice
        self.path = path
    }

    /// Whether the lesson summaries can answer: they keep on-time counts for the
    /// three built-in deadline rules only.
    var usesSummaries: Bool {
        path == .fastest && deadline.summaryColumn != nil
    }

    /// Whether the day totals (`LessonDayStats`) can answer for the days they
    /// cover: school-wide, by day and at most one of class, teacher, subject, a
    /// built-in rule, and journal kinds that are all of them (the totals keep
    /// "has any entry") or none.
    var usesDayTotals: Bool {
        let kinds = journalKinds
        let allKinds = kinds.inClassMarks && kinds.otherMarks && kinds.attendance && kinds.held && kinds.comment
        return usesSummaries && slice == .school && grouping.subtracting([.day]).count <= 1 && (allKinds || kinds.isEmpty)
    }
}

/// How lessons are grouped: by day (weeks are sums of days), class, the
/// teacher who taught the lesson, subject. By class, the lessons of a `mixed`
/// or `extra` group (which have no class) are a line of their own, the
/// group's; a `part` group's lessons are its class's.
public enum LessonDimension: Hashable, Sendable, CaseIterable {
    case day, schoolClass, teacher, subject
}

/// Which lessons a count or a list looks at.
public enum LessonSlice: Hashable, Sendable {
    case school
    /// The class's lessons: its whole-class lessons and its `part` groups'.
    case schoolClass(ClassID)
    /// A `mixed` or `extra` group's lessons: its line in a split by class.
    case group(GroupID)
    case teacher(AccountID)
    case subject(SubjectID)
}

/// How entries are counted. `fastest` reads the lesson summaries where they are
/// exact for `asOf` and the entry tables for the other lessons; `entries` reads
/// the entry tables for every lesson (a custom deadline rule always does).
public enum LessonCountPath: Hashable, Sendable {
    case fastest, entries
}

/// Counts for one group of counted lessons. A dimension not grouped by is nil.
/// Grouped by class, a `mixed` or `extra` group's line has `groupID` instead
/// of `classID`.
public struct LessonGroupCounts: Hashable, Sendable {
    public var day: SchoolDate?
    public var classID: ClassID?
    public var groupID: GroupID?
    public var teacherID: AccountID?
    public var subjectID: SubjectID?
    /// Counted lessons: not cancelled, in the window, started by `asOf`.
    public var lessons: Int
    /// Counted lessons with a topic or a homework.
    public var planned: Int
    /// Counted lessons with at least one journal entry of the asked kinds.
    public var kept: Int
    /// Entries of the on-time kinds made by `asOf`.
    public var entries: Int
    /// Of those, the ones made by their deadline.
    public var onTime: Int

    public init(day: SchoolDate? = nil, classID: ClassID? = nil, groupID: GroupID? = nil, teacherID: AccountID? = nil,
                subjectID: SubjectID? = nil, lessons: Int = 0, planned: Int = 0, kept: Int = 0, entries: Int = 0,
                onTime: Int = 0) {
        self.day = day
        self.classID = classID
        self.groupID = groupID
        self.teacherID = teacherID
        self.subjectID = subjectID
        self.lessons = lessons
        self.planned = planned
        self.kept = kept
        self.entries = entries
        self.onTime = onTime
    }
}
