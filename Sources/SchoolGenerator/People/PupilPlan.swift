import JournalCore

/// A student as the generator plans them.
struct PupilPlan {
    let index: Int
    let name: PersonName
    let classIndex: Int
    let family: Int
    var enrolledFrom: SchoolDate
    var enrolledTo: SchoolDate?
    /// The mark the student tends to get (4 on average).
    let ability: Double
    /// How often the student falls ill, relative to the average.
    let illness: Double
    /// How often the student skips a lesson.
    let truancy: Double
    /// Exempt from physical education on medical grounds (освобождён).
    let exemptFromPE: Bool
    var hasAccount: Bool
    var login: String?

    var code: String { "u" + String(100_000 + index + 1).dropFirst() }

    func isEnrolled(on date: SchoolDate) -> Bool {
        enrolledFrom <= date && (enrolledTo.map { date <= $0 } ?? true)
    }
}
