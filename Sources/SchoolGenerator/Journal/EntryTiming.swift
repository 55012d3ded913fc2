import JournalCore

/// When a teacher sits down to fill in a lesson, following their habit; all
/// entries of the lesson are made in that sitting, in order: attendance, marks,
/// the "held" mark.
struct Sitting {
    enum Kind: Int {
        case during, afterSchool, evening, later
    }

    let kind: Kind
    /// School wall-clock seconds when the sitting begins.
    let start: Int
    let lessonStart: Int

    /// A sitting for a lesson on `date` (number `lesson`), the teacher's day
    /// ending with lesson `lastLesson`.
    static func make(style: EntryStyle, date: SchoolDate, lesson: Int, lastLesson: Int,
                     _ random: inout SeededRandom) -> Sitting {
        let midnight = date.dayNumber * 86_400
        let lessonStart = midnight + BellSchedule.startSecond(lesson)
        let kind = Kind(rawValue: random.weightedIndex(style.sittingWeights))!
        let start: Int
        switch kind {
        case .during:
            start = lessonStart
        case .afterSchool:
            start = midnight + BellSchedule.endSecond(max(lesson, lastLesson)) + random.int(in: 600...6_000)
        case .evening:
            start = midnight + evening(&random)
        case .later:
            start = later(style: style, date: date, &random)
        }
        return Sitting(kind: kind, start: start, lessonStart: lessonStart)
    }

    /// When the marks of a test, dictation or lab work are entered: after the
    /// papers are checked at home.
    static func checking(style: EntryStyle, date: SchoolDate, _ random: inout SeededRandom) -> Int {
        let days: Int
        switch style {
        case .punctual: days = random.chance(0.4) ? 0 : random.int(in: 1...3)
        case .evening: days = random.int(in: 0...3)
        case .procrastinator: days = random.int(in: 2...8)
        case .paper: return later(style: .paper, date: date, &random)
        }
        return (date.dayNumber + days) * 86_400 + evening(&random)
    }

    /// Attendance is taken in the first minutes of the lesson.
    func attendanceTime(_ random: inout SeededRandom) -> Int {
        kind == .during ? lessonStart + random.int(in: 60...420) : start + random.int(in: 5...90)
    }

    func markTime(_ random: inout SeededRandom) -> Int {
        kind == .during ? lessonStart + random.int(in: 300...2_580) : start + random.int(in: 60...900)
    }

    /// "Lesson held" is set at the end of the lesson or of the sitting.
    func heldTime(_ random: inout SeededRandom) -> Int {
        kind == .during ? lessonStart + random.int(in: 2_400...2_700) : start + random.int(in: 900...1_000)
    }

    func commentTime(_ random: inout SeededRandom) -> Int {
        kind == .during ? lessonStart + random.int(in: 1_800...2_690) : start + random.int(in: 800...890)
    }

    private static func evening(_ random: inout SeededRandom) -> Int {
        18 * 3_600 + random.int(in: 0...16_200)
    }

    /// Days later: a procrastinator within a week, mornings or evenings; a paper
    /// notebook keeper at the weekend.
    private static func later(style: EntryStyle, date: SchoolDate, _ random: inout SeededRandom) -> Int {
        if style == .paper {
            let weekday = date.weekday
            let toWeekend = weekday < 6 ? 6 - weekday + (random.chance(0.4) ? 1 : 0) : (random.chance(0.5) ? 1 : 7)
            return (date.dayNumber + toWeekend) * 86_400 + random.int(in: 36_000...75_600)
        }
        let days = 1 + random.weightedIndex([30, 25, 15, 10, 8, 6, 6])
        let time = random.chance(0.5) ? random.int(in: 27_000...30_000) : random.int(in: 61_200...81_000)
        return (date.dayNumber + days) * 86_400 + time
    }
}
