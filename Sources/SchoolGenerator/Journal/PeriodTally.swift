/// Per student, subject and quarter: the weighted sum of marks and the weights
/// (for the final mark), the lessons held and those missed (for н/а).
struct PeriodTally {
    private(set) var weighted: [Int32]
    private(set) var weights: [Int32]
    private(set) var markCount: [Int16]
    private(set) var lessons: [Int16]
    private(set) var missed: [Int16]

    init(pupilCount: Int) {
        let n = pupilCount * SubjectCatalog.all.count * 4
        weighted = Array(repeating: 0, count: n)
        weights = Array(repeating: 0, count: n)
        markCount = Array(repeating: 0, count: n)
        lessons = Array(repeating: 0, count: n)
        missed = Array(repeating: 0, count: n)
    }

    static func key(pupil: Int, subject: Int, quarter: Int) -> Int {
        (pupil * SubjectCatalog.all.count + subject) * 4 + quarter
    }

    mutating func addMark(_ value: Int, weight: Int32, pupil: Int, subject: Int, quarter: Int) {
        let k = Self.key(pupil: pupil, subject: subject, quarter: quarter)
        weighted[k] += Int32(value) * weight
        weights[k] += weight
        markCount[k] += 1
    }

    mutating func addLesson(pupil: Int, subject: Int, quarter: Int, missed wasMissed: Bool) {
        let k = Self.key(pupil: pupil, subject: subject, quarter: quarter)
        lessons[k] += 1
        if wasMissed { missed[k] += 1 }
    }

    /// Sums over the given quarters: (weighted sum, weights, marks, lessons, missed).
    func totals(pupil: Int, subject: Int, quarters: [Int]) -> (weighted: Int, weights: Int, marks: Int, lessons: Int, missed: Int) {
        var t = (weighted: 0, weights: 0, marks: 0, lessons: 0, missed: 0)
        for q in quarters {
            let k = Self.key(pupil: pupil, subject: subject, quarter: q)
            t.weighted += Int(weighted[k])
            t.weights += Int(weights[k])
            t.marks += Int(markCount[k])
            t.lessons += Int(lessons[k])
            t.missed += Int(missed[k])
        }
        return t
    }
}
