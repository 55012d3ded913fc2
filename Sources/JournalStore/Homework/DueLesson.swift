import JournalCore

/// The lesson a homework is due at: a day and a lesson number of the same
/// class or group and subject as the lesson that set it.
public struct DueLesson: Hashable, Sendable, Comparable {
    public var date: SchoolDate
    public var lessonNumber: Int

    public init(date: SchoolDate, lessonNumber: Int) {
        self.date = date
        self.lessonNumber = lessonNumber
    }

    public static func < (lhs: DueLesson, rhs: DueLesson) -> Bool {
        (lhs.date, lhs.lessonNumber) < (rhs.date, rhs.lessonNumber)
    }
}
