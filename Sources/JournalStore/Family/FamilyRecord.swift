import JournalCore

/// A child whose record a parent or student may open: the student themself, or
/// one of a parent's children.
public struct FamilyChild: Hashable, Sendable {
    public var id: StudentID
    public var fullName: String
    public var className: String
}

/// What the family view shows of one child for one period, read in one
/// transaction: marks by subject, missed lessons, the class's homework, and the
/// final marks of every period of the year.
public struct FamilyRecord: Sendable {
    public var child: FamilyChild
    public var period: PeriodInfo
    public var subjects: [FamilySubject]
    public var attendance: [FamilyAttendance]
    public var homework: [FamilyHomework]
    public var finalMarks: FamilyFinalMarks
}

/// A subject as the family view lists it. Subjects are told apart by id: a
/// school may teach two of one name (two groups' «Английский язык»), and their
/// marks must not be averaged together.
public struct FamilySubjectName: Hashable, Sendable {
    public var id: SubjectID
    public var name: String
}

/// One subject's marks in the period, oldest first, with their weighted average
/// and the period's final mark.
public struct FamilySubject: Hashable, Sendable {
    public var id: SubjectID
    public var name: String
    public var marks: [FamilyMark]
    public var average: WeightedAverage
    public var finalMark: FinalMarkValue?
}

public struct FamilyMark: Hashable, Sendable {
    public var date: SchoolDate
    public var value: MarkValue
    public var workType: String
}

/// A lesson the child missed or was late for.
public struct FamilyAttendance: Hashable, Sendable {
    public var date: SchoolDate
    public var lessonNumber: Int
    public var subject: String
    public var code: AttendanceCode
}

/// Homework set at a lesson of the child's class, newest first.
public struct FamilyHomework: Hashable, Sendable {
    public var date: SchoolDate
    public var subject: String
    public var text: String
}

/// Final marks of every period of the year, by subject.
public struct FamilyFinalMarks: Hashable, Sendable {
    public var periods: [PeriodInfo]
    /// The subjects with a final mark, in alphabetical order.
    public var subjects: [FamilySubjectName]
    public var values: [SubjectID: [PeriodID: FinalMarkValue]]

    public func value(subject: SubjectID, period: PeriodID) -> FinalMarkValue? {
        values[subject]?[period]
    }
}
