import JournalCore

/// The one place where a readiness drill-down hands a lesson over to the class
/// grid, so that a deputy or an administrator goes from a red indicator to the
/// lesson that caused it. The readiness screens only call it; which screen it
/// opens is decided where the program is put together (`Homes.lessonOpener`).
/// It returns nil when there is no such lesson (any more).
public struct LessonOpener {
    public var open: (LessonID, AppContext) throws -> (any Screen)?

    public init(_ open: @escaping (LessonID, AppContext) throws -> (any Screen)?) {
        self.open = open
    }
}
