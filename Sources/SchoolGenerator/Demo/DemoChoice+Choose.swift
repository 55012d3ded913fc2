extension DemoChoice {
    /// A class as close to grade 7 as the school has (middle school shows most:
    /// algebra, physics, several teachers), whose homeroom is not the deputy; a
    /// student of it from a family with a parent's account, preferably with a
    /// brother or sister at the school too.
    static func choose(classes: [ClassPlan], staff: Staff, body: inout StudentBody, names: NameMaker,
                       _ random: inout SeededRandom) -> DemoChoice {
        let candidates = classes.filter { !$0.isPrimary && !staff.teachers[$0.homeroom].isDeputy && !$0.pupils.isEmpty }
        let chosen = candidates.min { (abs($0.grade - 7), $0.index) < (abs($1.grade - 7), $1.index) }
            ?? classes.first { !$0.pupils.isEmpty }!
        let pupils = chosen.pupils
        let snapshot = body
        let family = { (pupil: Int) in snapshot.families[snapshot.pupils[pupil].family] }
        let pupil = pupils.first { family($0).children.count >= 2 && !family($0).parents.isEmpty }
            ?? pupils.first { !family($0).parents.isEmpty } ?? pupils[0]
        let familyIndex = body.pupils[pupil].family
        if body.families[familyIndex].parents.isEmpty {
            body.addParent(names.adult(female: true, surname: body.families[familyIndex].surname, &random), family: familyIndex)
        }
        body.pupils[pupil].hasAccount = true
        return DemoChoice(classIndex: chosen.index, pupil: pupil, parent: body.families[familyIndex].parents[0])
    }
}
