/// A teacher as the generator plans them.
struct TeacherPlan {
    let index: Int
    let name: PersonName
    let specialty: Specialty
    var login = ""
    var room = ""
    /// Hours a week, for balancing.
    var load = 0
    var isDeputy = false
    var habits: TeacherHabits

    var isPrimary: Bool { specialty == .primary }
}
