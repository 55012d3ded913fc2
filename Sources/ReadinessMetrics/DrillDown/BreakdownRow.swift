import JournalCore
import JournalStore

/// Who or what a breakdown row is about; it also names the slice to drill into.
public enum BreakdownGroup: Hashable, Sendable {
    case schoolClass(ClassID)
    /// A `mixed` or `extra` group: a line of its own in a split by class.
    case group(GroupID)
    case teacher(AccountID)
    case subject(SubjectID)

    public var slice: LessonSlice {
        switch self {
        case .schoolClass(let id): .schoolClass(id)
        case .group(let id): .group(id)
        case .teacher(let id): .teacher(id)
        case .subject(let id): .subject(id)
        }
    }

    public var rawID: Int64 {
        switch self {
        case .schoolClass(let id): id.rawValue
        case .group(let id): -id.rawValue
        case .teacher(let id): id.rawValue
        case .subject(let id): id.rawValue
        }
    }
}

/// One class, teacher or subject's share of an indicator.
public struct BreakdownRow: Hashable, Sendable {
    public var group: BreakdownGroup
    public var name: String
    public var ratio: Ratio
    public var threshold: Threshold?
    /// `parent_accounts` by class: students with a parent account.
    public var coverage: Ratio?

    public init(group: BreakdownGroup, name: String, ratio: Ratio, threshold: Threshold?, coverage: Ratio? = nil) {
        self.group = group
        self.name = name
        self.ratio = ratio
        self.threshold = threshold
        self.coverage = coverage
    }

    public var met: Bool { threshold.map(ratio.meets) ?? false }

    /// Worst first: no data, then the lowest share (compared exactly), then the
    /// most missing, then by name.
    public static func worstFirst(_ a: BreakdownRow, _ b: BreakdownRow) -> Bool {
        if a.ratio.hasValue != b.ratio.hasValue { return !a.ratio.hasValue }
        let left = a.ratio.numerator * b.ratio.denominator
        let right = b.ratio.numerator * a.ratio.denominator
        if left != right { return left < right }
        if a.ratio.shortfall != b.ratio.shortfall { return a.ratio.shortfall > b.ratio.shortfall }
        if a.name != b.name { return a.name < b.name }
        return a.group.rawID < b.group.rawID
    }
}
