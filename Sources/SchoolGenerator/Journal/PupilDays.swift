import JournalCore

/// Whether a student is at school on a day, kept across days: an illness lasts
/// most of a week (more of them in winter), an excused absence a day or three
/// (a competition, a family trip), and now and then a student skips a whole day
/// or comes late to the first lesson. Together about 6% of student-lessons.
struct PupilDays {
    enum Status: UInt8 {
        case present, ill, excused, truant, late
    }

    private var illUntil: [Int]
    private var excusedUntil: [Int]

    init(pupilCount: Int) {
        illUntil = Array(repeating: Int.min, count: pupilCount)
        excusedUntil = Array(repeating: Int.min, count: pupilCount)
    }

    /// Chance that a healthy student falls ill on a school day of a month.
    static func illnessChance(month: Int) -> Double {
        switch month {
        case 9: 0.0075
        case 10: 0.01
        case 11, 1: 0.0125
        case 12: 0.014
        case 2: 0.015
        case 3: 0.011
        case 4: 0.0075
        default: 0.006
        }
    }

    mutating func status(of pupil: PupilPlan, on date: SchoolDate, _ random: inout SeededRandom) -> Status {
        let day = date.dayNumber
        if illUntil[pupil.index] >= day { return .ill }
        if excusedUntil[pupil.index] >= day { return .excused }
        if random.chance(Self.illnessChance(month: date.month) * pupil.illness) {
            illUntil[pupil.index] = day + random.int(in: 3...9)
            return .ill
        }
        if random.chance(0.0025) {
            excusedUntil[pupil.index] = day + random.int(in: 0...2)
            return .excused
        }
        if random.chance(0.003 * pupil.truancy) { return .truant }
        return random.chance(0.02) ? .late : .present
    }

    /// The attendance code of one lesson, or nil when the student was there.
    static func code(_ status: Status, pupil: PupilPlan, firstLesson: Bool, _ random: inout SeededRandom) -> AttendanceCode? {
        switch status {
        case .ill: return .ill
        case .excused: return .excused
        case .truant: return .absent
        case .late where firstLesson: return .late
        case .present, .late:
            if random.chance(0.004 * pupil.truancy) { return .absent }
            return random.chance(0.003) ? .late : nil
        }
    }
}
