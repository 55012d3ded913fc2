import JournalCore

/// Students, their families and their parents' accounts.
struct StudentBody {
    var pupils: [PupilPlan] = []
    var families: [Family] = []
    var parents: [ParentPlan] = []

    /// Class sizes around the average (a tenth smaller in grades 10–11), adding
    /// up to exactly `total`; one student in seven has a brother or sister in
    /// another grade; families have a mother's account (85%), a father's (30%),
    /// both, or none.
    init(classes: inout [ClassPlan], total: Int, yearStart: SchoolDate, names: NameMaker, _ random: inout SeededRandom) {
        let weights = classes.map { ($0.grade >= 10 ? 0.85 : 1.0) * random.double(in: 0.9...1.1) }
        let sizes = Apportion.split(total, weights: weights)
        for index in classes.indices {
            for _ in 0..<sizes[index] {
                let female = random.chance(0.5)
                let family = familyFor(grade: classes[index].grade, classes: classes, names: names, &random)
                let name = names.child(female: female, surname: families[family].surname, father: families[family].father, &random)
                let pupil = PupilPlan(
                    index: pupils.count, name: name, family: family, stays: [Stay(classIndex: index, from: yearStart)],
                    ability: min(4.95, max(2.6, random.normal(mean: 4.05, deviation: 0.55))),
                    illness: random.double(in: 0.3...1.9), truancy: random.chance(0.1) ? random.double(in: 2...6) : random.double(in: 0...1),
                    exemptFromPE: random.chance(0.02),
                    hasAccount: classes[index].grade >= 5 && random.chance(0.6), login: nil)
                pupils.append(pupil)
                families[family].children.append(pupil.index)
                classes[index].pupils.append(pupil.index)
            }
        }
    }

    /// An existing family with a child in another grade (a sibling), or a new one.
    private mutating func familyFor(grade: Int, classes: [ClassPlan], names: NameMaker, _ random: inout SeededRandom) -> Int {
        if !families.isEmpty, random.chance(0.14) {
            for _ in 0..<6 {
                let candidate = random.below(families.count)
                let grades = families[candidate].children.map { classes[pupils[$0].firstClass].grade }
                if grades.count < 3, !grades.contains(grade) { return candidate }
            }
        }
        return newFamily(names: names, &random)
    }

    private mutating func newFamily(names: NameMaker, _ random: inout SeededRandom) -> Int {
        let surname = names.surname(&random)
        let father = names.adultMan(&random)
        let familyIndex = families.count
        families.append(Family(surname: surname, father: father))
        if random.chance(0.85) {
            let ownSurname = random.chance(0.1) ? nil : surname
            addParent(names.adult(female: true, surname: ownSurname, &random), family: familyIndex)
        }
        if random.chance(0.3) {
            let patronymic = names.adultMan(&random).sonPatronymic
            addParent(PersonName(surname: surname, given: father.name, patronymic: patronymic), family: familyIndex)
        }
        return familyIndex
    }

    mutating func addParent(_ name: PersonName, family: Int) {
        let parent = ParentPlan(index: parents.count, name: name, family: family)
        parents.append(parent)
        families[family].parents.append(parent.index)
    }
}
