import JournalCore

/// A mixed or extra group (an elective of two classes, a club) as the
/// generator plans it: who teaches it, whom, and when.
struct GroupPlan {
    var index: Int
    let code: String
    /// The members' classes, as the school names such a group: «7А, 7Б».
    let name: String
    let kind: GroupKind
    /// The one class an `extra` group may belong to.
    let classIndex: Int?
    /// The classes its members come from.
    let memberClasses: [Int]
    let subject: Int
    let grading: GroupGrading
    /// The youngest members' grade, which its plan is written for.
    let grade: Int
    var teacher = -1
    var members: [Membership] = []
    static let perWeek = 1

    var info: SubjectInfo { SubjectCatalog.all[subject] }
}

/// A student's membership of a group, with its dates (`to` inclusive).
struct Membership {
    let pupil: Int
    let from: SchoolDate
    let to: SchoolDate?

    func contains(_ date: SchoolDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }
}
