import JournalCore

/// A student as the generator plans them.
struct PupilPlan {
    let index: Int
    let name: PersonName
    let family: Int
    /// The student's class history, earliest first; stays do not overlap.
    var stays: [Stay]
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

    /// The class the student starts the year in (or arrives in).
    var firstClass: Int { stays[0].classIndex }
    var enrolledFrom: SchoolDate { stays[0].from }
    /// The last day at the school, when the student left.
    var enrolledTo: SchoolDate? { stays[stays.count - 1].to }

    func isEnrolled(on date: SchoolDate) -> Bool {
        stays.contains { $0.contains(date) }
    }

    func stay(on date: SchoolDate) -> Stay? {
        stays.first { $0.contains(date) }
    }

    func isIn(_ classIndex: Int, on date: SchoolDate) -> Bool {
        stays.contains { $0.classIndex == classIndex && $0.contains(date) }
    }
}

/// One stay of a student in a class, with the order that set its dates and
/// the half of the class the student is in for subjects taught in two groups.
struct Stay {
    let classIndex: Int
    var from: SchoolDate
    var to: SchoolDate?
    var order = ""
    /// 1 or 2: the group the student is in for English and informatics (one
    /// split of the class for both, as schools usually make it).
    var group = 1

    func contains(_ date: SchoolDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }
}
