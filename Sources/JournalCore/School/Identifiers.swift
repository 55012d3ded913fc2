/// A row's identity in the journal database. The phantom `Entity` keeps a lesson
/// id from being passed where a student id is wanted.
public struct RowID<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    public static func < (lhs: RowID, rhs: RowID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(rawValue) }
}

public enum LessonEntity {}
public enum StudentEntity {}
public enum ClassEntity {}
public enum SubjectEntity {}
public enum AccountEntity {}
public enum PeriodEntity {}
public enum MarkEntity {}
public enum WorkTypeEntity {}
public enum GroupEntity {}

public typealias LessonID = RowID<LessonEntity>
public typealias StudentID = RowID<StudentEntity>
public typealias ClassID = RowID<ClassEntity>
public typealias SubjectID = RowID<SubjectEntity>
public typealias AccountID = RowID<AccountEntity>
public typealias PeriodID = RowID<PeriodEntity>
public typealias MarkID = RowID<MarkEntity>
public typealias WorkTypeID = RowID<WorkTypeEntity>
public typealias GroupID = RowID<GroupEntity>
