/// When a teacher fills the journal: the habit decides how each lesson's entries
/// are timed, and so the on-time indicators of readiness.md.
enum EntryStyle: CaseIterable {
    /// Marks and attendance during the lesson, as the regulations ask.
    case punctual
    /// Mostly after school or in the evening at home.
    case evening
    /// Often a few days late.
    case procrastinator
    /// Keeps a paper notebook and copies it into the journal at the weekend.
    case paper

    /// Probabilities of sitting during the lesson, after school, in the evening,
    /// or days later.
    var sittingWeights: [Double] {
        switch self {
        case .punctual: [0.88, 0.06, 0.04, 0.02]
        case .evening: [0.15, 0.25, 0.52, 0.08]
        case .procrastinator: [0.08, 0.10, 0.27, 0.55]
        case .paper: [0.0, 0.02, 0.08, 0.90]
        }
    }
}

/// A teacher's ways with the journal, fixed for the year except that some late
/// teachers mend them after the deputy's talk.
struct TeacherHabits {
    var style: EntryStyle
    /// The style from `improvesAtWeek` on (counted from the first generated week).
    var improvedStyle: EntryStyle?
    var improvesAtWeek = Int.max
    var topicRate: Double
    var homeworkRate: Double
    /// How often absences are recorded at all when someone is missing.
    var attendanceRate: Double
    /// How often the "lesson held" mark is set: some teachers never learn it.
    var heldRate: Double
    /// Marks per ordinary lesson relative to the subject's usual number.
    var markRate: Double
    /// How often a lesson is not filled in at all (forgotten).
    var forgetRate: Double

    func style(atWeek week: Int) -> EntryStyle {
        week >= improvesAtWeek ? (improvedStyle ?? style) : style
    }

    /// 55% punctual, 25% evening, 12% late, 8% paper; topic and homework rates
    /// mostly high with a careless tail, so planning lands near the 95%
    /// threshold and on-time entry well below 90%: a school on its way.
    static func random(_ random: inout SeededRandom) -> TeacherHabits {
        let style = [EntryStyle.punctual, .evening, .procrastinator, .paper][random.weightedIndex([0.55, 0.25, 0.12, 0.08])]
        let careless = random.chance(style == .paper || style == .procrastinator ? 0.35 : 0.1)
        var habits = TeacherHabits(
            style: style,
            topicRate: careless ? random.double(in: 0.55...0.85) : random.double(in: 0.96...1.0),
            homeworkRate: careless ? random.double(in: 0.4...0.7) : random.double(in: 0.85...1.0),
            attendanceRate: careless ? random.double(in: 0.6...0.85) : random.double(in: 0.93...1.0),
            heldRate: random.chance(0.75) ? random.double(in: 0.88...1.0) : random.double(in: 0.0...0.15),
            markRate: random.double(in: 0.7...1.3),
            forgetRate: careless ? random.double(in: 0.04...0.12) : random.double(in: 0...0.015))
        if style == .paper || style == .procrastinator, random.chance(0.5) {
            habits.improvedStyle = random.chance(0.5) ? .punctual : .evening
            habits.improvesAtWeek = random.int(in: 3...20)
        }
        return habits
    }
}
