import GRDB
import JournalCore

/// One student's month for «Посещаемость»: the counted lessons whose roll
/// holds them, the codes entered by as of on those lessons, and the days on
/// which every expected lesson has н, б or уп.
public struct AttendanceMonthFacts: Hashable, Sendable {
    public var studentID: StudentID
    /// `2024-09`.
    public var month: String
    public var expected: Int
    public var absent: Int
    public var ill: Int
    public var excused: Int
    public var late: Int
    public var wholeDaysMissed: Int
}

public struct AttendanceData: Sendable {
    public var months: [AttendanceMonthFacts]
    public var standings: [StudentID: StudentStanding]
}

extension AppDatabase {
    /// A class narrows the students (those whose class it is at the window's
    /// end, all their lessons); a group, teacher or subject narrows the lessons.
    public func attendanceFacts(_ scope: ReportScope, window: Phrase, by requester: Requester) throws -> AttendanceData {
        try read { db in
            let scope = try ReportAccess.scope(db, requester, scope, report: Phrase(ru: "Посещаемость", en: "Attendance"))
            try ReportFactSQL.requireLessons(db, scope, window: window)
            let standings = try ReportFactSQL.standings(db, scope)
            var months = try AttendanceTally.months(db, scope)
            if let cls = scope.classID {
                months.removeAll { standings[$0.studentID]?.classID != cls }
            }
            return AttendanceData(months: months, standings: standings)
        }
    }
}

