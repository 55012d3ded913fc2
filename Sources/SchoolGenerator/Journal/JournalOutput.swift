import JournalCore

/// What the journal stage produces: the snapshot's journal tables, and what later
/// stages need (sittings for sign-ins, sums for final marks).
struct JournalOutput {
    var lessons: [Lesson] = []
    var marks: [Mark] = []
    var attendance: [Attendance] = []
    /// Start of each sitting per teacher, to derive their sign-ins.
    var sittings: [[Int]]
    var tally: PeriodTally

    init(teacherCount: Int, pupilCount: Int) {
        sittings = Array(repeating: [], count: teacherCount)
        tally = PeriodTally(pupilCount: pupilCount)
    }
}

