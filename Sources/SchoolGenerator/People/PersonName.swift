/// A Russian full name: фамилия, имя, отчество, in the forms of one gender.
struct PersonName: Hashable {
    var surname: String
    var given: String
    var patronymic: String

    /// `Иванова Анна Петровна`
    var full: String { "\(surname) \(given) \(patronymic)" }

    /// `Иванова А. П.`
    var short: String { "\(surname) \(given.prefix(1)). \(patronymic.prefix(1))." }

    /// The female form of a surname given in the male form: -ов/-ев/-ин/-ын take
    /// -а, -ский/-цкий/-ской/-ой become -ая, the rest (Шевченко, Черных, Ким)
    /// do not change.
    static func feminine(_ surname: String) -> String {
        for ending in ["ов", "ев", "ёв", "ин", "ын"] where surname.hasSuffix(ending) {
            return surname + "а"
        }
        for ending in ["ский", "цкий"] where surname.hasSuffix(ending) {
            return String(surname.dropLast(2)) + "ая"
        }
        if surname.hasSuffix("ской") || surname.hasSuffix("ой") {
            return String(surname.dropLast(2)) + "ая"
        }
        return surname
    }

    static func surname(_ male: String, female: Bool) -> String {
        female ? feminine(male) : male
    }
}

/// Random names from the lists, with the forms agreeing in gender.
struct NameMaker {
    let lists = NameLists.shared

    func surname(_ random: inout SeededRandom) -> String {
        random.pick(lists.surnames)
    }

    func adultMan(_ random: inout SeededRandom) -> NameLists.MaleName {
        random.pick(lists.adultMen)
    }

    /// An adult (teacher, parent, staff) with a patronymic from a father's name.
    func adult(female: Bool, surname maleSurname: String? = nil, _ random: inout SeededRandom) -> PersonName {
        let surname = maleSurname ?? self.surname(&random)
        let father = adultMan(&random)
        let given = female ? random.pick(lists.adultWomen) : adultMan(&random).name
        return PersonName(surname: PersonName.surname(surname, female: female), given: given,
                          patronymic: female ? father.daughterPatronymic : father.sonPatronymic)
    }

    func child(female: Bool, surname: String, father: NameLists.MaleName, _ random: inout SeededRandom) -> PersonName {
        PersonName(surname: PersonName.surname(surname, female: female),
                   given: random.pick(female ? lists.girls : lists.boys),
                   patronymic: female ? father.daughterPatronymic : father.sonPatronymic)
    }
}
