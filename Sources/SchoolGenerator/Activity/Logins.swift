/// Every login of the school, decided once: the demo people get the memorable
/// ones (admin, deputy, teacher, ...), everyone else surname and initials.
struct Logins {
    static let admin = "admin"
    static let deputy = "deputy"
    static let secretary = "secretary"
    static let teacher = "teacher"
    static let parent = "parent"
    static let student = "student"
    static let reserved = [admin, deputy, secretary, teacher, parent, student]

    let teachers: [String]
    let parents: [String]
    /// nil for students without an account.
    let pupils: [String?]
    let pupilCodes: [String]

    init(model: SchoolModel) {
        var maker = LoginMaker(reserved: Self.reserved)
        let demoTeacher = model.classes[model.demo.classIndex].homeroom
        teachers = model.staff.teachers.map { teacher in
            if teacher.isDeputy { return Self.deputy }
            if teacher.index == demoTeacher { return Self.teacher }
            return maker.login(for: teacher.name)
        }
        parents = model.body.parents.map { parent in
            parent.index == model.demo.parent ? Self.parent : maker.login(for: parent.name)
        }
        pupils = model.body.pupils.map { pupil in
            guard pupil.hasAccount else { return nil }
            return pupil.index == model.demo.pupil ? Self.student : maker.login(for: pupil.name, initials: 1)
        }
        pupilCodes = model.body.pupils.map(\.code)
    }
}
