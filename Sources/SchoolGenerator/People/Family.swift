/// A family: the children's surname and patronymic come from the father, the
/// parents' accounts are shared by brothers and sisters.
struct Family {
    let surname: String
    let father: NameLists.MaleName
    var children: [Int] = []
    var parents: [Int] = []
}

struct ParentPlan {
    let index: Int
    let name: PersonName
    let family: Int
    var login = ""
}
