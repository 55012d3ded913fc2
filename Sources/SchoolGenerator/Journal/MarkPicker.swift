/// Which students get marks in a lesson, of what kind, and what marks: teachers
/// call on those with the fewest marks so far, a student's marks hover around
/// their ability (a little lower in tests), and the spread is about a third
/// fives, two fifths fours, a fifth threes, a few twos and rare ones.
struct MarkPicker {
    let seed: UInt64
    /// Marks so far, `[pupil * subjects + subject]`.
    private var counts: [Int32]

    init(pupilCount: Int, seed: UInt64) {
        self.seed = seed
        counts = Array(repeating: 0, count: pupilCount * SubjectCatalog.all.count)
    }

    /// Marks in an ordinary lesson: about three in an average subject, fewer in music, more in mathematics.
    static func ordinaryCount(subject: SubjectInfo, teacherRate: Double, present: Int, _ random: inout SeededRandom) -> Int {
        min(present, random.roundStochastically(3.5 * subject.markIntensity * teacherRate))
    }

    /// Picks `count` of `candidates`, those with fewer marks in the subject first.
    mutating func choose(_ count: Int, of candidates: [Int], subject: Int, _ random: inout SeededRandom) -> [Int] {
        guard count > 0, !candidates.isEmpty else { return [] }
        let drawn = random.sample(min(candidates.count, count * 2), of: candidates.count).map { candidates[$0] }
        let chosen = drawn.sorted { counts[$0 * SubjectCatalog.all.count + subject] < counts[$1 * SubjectCatalog.all.count + subject] }
            .prefix(count)
        for pupil in chosen { counts[pupil * SubjectCatalog.all.count + subject] += 1 }
        return Array(chosen)
    }

    static func ordinaryWorkType(subject: SubjectInfo, grade: Int, _ random: inout SeededRandom) -> String {
        let reciting = subject.code == "lit" || subject.code == "read" || subject.code == "eng"
        let weights = [0.46, 0.36, 0.12, reciting ? 0.12 : 0, grade <= 4 ? 0.02 : 0.005]
        return ["lesson", "oral", "homework", "heart", "behavior"][random.weightedIndex(weights)]
    }

    func value(pupil: PupilPlan, subject: Int, test: Bool, _ random: inout SeededRandom) -> Int {
        let raw = pupil.ability + affinity(pupil: pupil.index, subject: subject) + random.normal(mean: 0, deviation: 0.75)
            - (test ? 0.2 : 0)
        let value = min(5, max(2, Int(raw.rounded())))
        return value == 2 && random.chance(0.04) ? 1 : value
    }

    /// A stable liking for a subject, ±0.4, the same every time it is asked.
    func affinity(pupil: Int, subject: Int) -> Double {
        var mixer = SplitMix64(state: seed ^ UInt64(pupil &* 131 &+ subject))
        return (Double(mixer.next() >> 11) * 0x1.0p-53 - 0.5) * 0.8
    }

    /// Weight in hundredths, as the built-in work types have it.
    static func weight(_ workType: String) -> Int32 {
        switch workType {
        case "test", "dictation": 200
        case "independent", "lab": 150
        default: 100
        }
    }
}
