/// The teaching staff: who teaches which subject in which class.
struct Staff {
    var teachers: [TeacherPlan] = []
    /// `teacherOf[class * subjectCount + subject]`, -1 where the class has no such
    /// subject; for a subject taught in two groups, the teacher of group 1.
    var teacherOf: [Int]
    /// The teacher of group 2 where a subject is taught in two groups, else -1.
    var partnerOf: [Int]
    var bySpecialty: [Specialty: [Int]] = [:]
    /// The specialty whose teachers take a specialty's subjects (itself unless
    /// merged in a small school).
    private(set) var root: [Specialty: Specialty] = [:]

    static var subjectCount: Int { SubjectCatalog.all.count }

    func teacher(ofClass classIndex: Int, subject: Int) -> Int {
        teacherOf[classIndex * Self.subjectCount + subject]
    }

    /// The teacher of a class's group (1 or 2) in a subject taught in groups.
    func teacher(ofClass classIndex: Int, subject: Int, group: Int) -> Int {
        group == 2 ? partnerOf[classIndex * Self.subjectCount + subject] : teacher(ofClass: classIndex, subject: subject)
    }

    /// Teachers who may take a subject outside the timetable (a club), least loaded first.
    func candidates(for specialty: Specialty) -> [Int] {
        (bySpecialty[root[specialty] ?? specialty] ?? []).sorted { (teachers[$0].load, $0) < (teachers[$1].load, $1) }
    }

    /// One primary teacher per class of grades 1–4; the other teachers shared
    /// among the specialties in proportion to their hours, merging specialties
    /// when there are fewer teachers than specialties (a rural school's teacher of
    /// physics and informatics).
    init(classes: inout [ClassPlan], teacherCount: Int, names: NameMaker, _ random: inout SeededRandom) {
        teacherOf = Array(repeating: -1, count: classes.count * Self.subjectCount)
        partnerOf = teacherOf
        for index in classes.indices where classes[index].isPrimary {
            let teacher = addTeacher(.primary, names: names, &random)
            classes[index].homeroom = teacher
            for hours in classes[index].hours where SubjectCatalog.all[hours.subject].primaryHomeroomTeaches {
                assign(classIndex: index, subject: hours.subject, teacher: teacher, hours: hours.perWeek)
            }
        }
        let secondaryCount = max(1, teacherCount - teachers.count)
        let (root, hoursBySpecialty) = Self.specialties(classes: classes, teachers: secondaryCount)
        self.root = root
        let active = Specialty.allCases.filter { (hoursBySpecialty[$0] ?? 0) > 0 }
        let shares = Apportion.split(secondaryCount, weights: active.map { Double(hoursBySpecialty[$0]!) }, minimum: 1)
        let paired = Set(classes.flatMap { $0.hours.filter(\.split).map { root[SubjectCatalog.all[$0.subject].specialty]! } })
        let counts = Self.evenPairs(shares, pairing: active.map(paired.contains))
        for (specialty, count) in zip(active, counts) {
            for _ in 0..<count { _ = addTeacher(specialty, names: names, &random) }
        }
        chooseDeputy()
        assignSpecialistUnits(classes: classes, root: root)
        assignHomerooms(classes: &classes)
    }

    /// A specialty whose teachers work in pairs gets an even number of them
    /// (when it has more than one), the teacher taken from or given to the
    /// largest other specialty.
    static func evenPairs(_ counts: [Int], pairing: [Bool]) -> [Int] {
        var counts = counts
        for index in counts.indices where pairing[index] && counts[index] > 1 && counts[index] % 2 == 1 {
            guard let largest = counts.indices.filter({ $0 != index && !pairing[$0] && counts[$0] > 2 })
                .max(by: { (counts[$0], -$0) < (counts[$1], -$1) }) else { continue }
            counts[index] += 1
            counts[largest] -= 1
        }
        return counts
    }

    private mutating func addTeacher(_ specialty: Specialty, names: NameMaker, _ random: inout SeededRandom) -> Int {
        let female = random.chance(specialty.femaleShare)
        let teacher = TeacherPlan(index: teachers.count, name: names.adult(female: female, &random), specialty: specialty,
                                  habits: TeacherHabits.random(&random))
        teachers.append(teacher)
        bySpecialty[specialty, default: []].append(teacher.index)
        return teacher.index
    }

    /// Hours per specialty, after merging the smallest specialties into their
    /// partners until there are no more specialties than teachers.
    static func specialties(classes: [ClassPlan], teachers: Int) -> (root: [Specialty: Specialty], hours: [Specialty: Int]) {
        var hours: [Specialty: Int] = [:]
        for plan in classes {
            for h in plan.hours where !(plan.isPrimary && SubjectCatalog.all[h.subject].primaryHomeroomTeaches) {
                hours[SubjectCatalog.all[h.subject].specialty, default: 0] += h.split ? 2 * h.perWeek : h.perWeek
            }
        }
        var root = Dictionary(uniqueKeysWithValues: Specialty.allCases.map { ($0, $0) })
        func resolve(_ s: Specialty) -> Specialty { root[s] == s ? s : resolve(root[s]!) }
        while true {
            let active = Specialty.allCases.filter { (hours[$0] ?? 0) > 0 }
            guard active.count > teachers,
                  let smallest = active.filter({ $0.mergesInto != nil })
                      .min(by: { (hours[$0]!, $0.rawValue) < (hours[$1]!, $1.rawValue) }) else { break }
            let target = resolve(smallest.mergesInto!)
            hours[target, default: 0] += hours[smallest]!
            hours[smallest] = 0
            root[smallest] = target
        }
        for s in Specialty.allCases { root[s] = resolve(s) }
        return (root, hours)
    }

    /// The завуч is a teacher of the largest specialty with about half a load.
    private mutating func chooseDeputy() {
        let secondary = teachers.filter { !$0.isPrimary }
        let largest = Specialty.allCases.filter { $0 != .primary }
            .max { (bySpecialty[$0]?.count ?? 0, -$0.rawValue) < (bySpecialty[$1]?.count ?? 0, -$1.rawValue) }
        guard let deputy = largest.flatMap({ bySpecialty[$0]?.first }) ?? secondary.first?.index else { return }
        teachers[deputy].isDeputy = true
        teachers[deputy].load = 9
    }

    /// Each class's subjects of one specialty go to one teacher (algebra and
    /// geometry together), the least loaded of that specialty. Group 2 of a
    /// subject taught in groups goes to that teacher's partner: a specialty's
    /// teachers work in fixed pairs (the first with the second, and so on; an
    /// odd one with the first), so that a pair's free hours match and its two
    /// groups fit side by side in the timetable. A specialty of one teacher
    /// borrows the least loaded other subject teacher (a rural school's teacher
    /// of two subjects).
    private mutating func assignSpecialistUnits(classes: [ClassPlan], root: [Specialty: Specialty]) {
        for plan in classes {
            var units: [(specialty: Specialty, subjects: [Curriculum.Hours])] = []
            for h in plan.hours where !(plan.isPrimary && SubjectCatalog.all[h.subject].primaryHomeroomTeaches) {
                let specialty = root[SubjectCatalog.all[h.subject].specialty]!
                if let i = units.firstIndex(where: { $0.specialty == specialty }) {
                    units[i].subjects.append(h)
                } else {
                    units.append((specialty, [h]))
                }
            }
            for unit in units {
                let colleagues = bySpecialty[unit.specialty]!
                let split = unit.subjects.contains(where: \.split)
                let loads = teachers.map(\.load)
                let cost = { (teacher: Int) -> (Int, Int, Int) in
                    let partnerLoad = split ? Self.partner(of: teacher, among: colleagues).map { loads[$0] } ?? 0 : 0
                    return (loads[teacher] + partnerLoad, loads[teacher], teacher)
                }
                let teacher = colleagues.min { cost($0) < cost($1) }!
                for h in unit.subjects {
                    assign(classIndex: plan.index, subject: h.subject, teacher: teacher, hours: h.perWeek)
                    guard h.split else { continue }
                    let partner = Self.partner(of: teacher, among: colleagues) ?? teachers
                        .filter { !$0.isPrimary && !$0.isDeputy && $0.index != teacher }
                        .min { ($0.load, $0.index) < ($1.load, $1.index) }!.index
                    partnerOf[plan.index * Self.subjectCount + h.subject] = partner
                    teachers[partner].load += h.perWeek
                }
            }
        }
    }

    private static func partner(of teacher: Int, among colleagues: [Int]) -> Int? {
        guard colleagues.count > 1, let position = colleagues.firstIndex(of: teacher) else { return nil }
        let other = position ^ 1
        return other < colleagues.count ? colleagues[other] : colleagues[0]
    }

    private mutating func assign(classIndex: Int, subject: Int, teacher: Int, hours: Int) {
        teacherOf[classIndex * Self.subjectCount + subject] = teacher
        teachers[teacher].load += hours
    }

    /// A class of grades 5–11 gets as its homeroom teacher (классный
    /// руководитель) the teacher who spends most hours with it and has no class
    /// yet; the deputy has none.
    private mutating func assignHomerooms(classes: inout [ClassPlan]) {
        var hasClass = Set(classes.filter(\.isPrimary).map(\.homeroom))
        for index in classes.indices where !classes[index].isPrimary {
            var hoursWith: [Int: Int] = [:]
            for h in classes[index].hours {
                hoursWith[teacher(ofClass: index, subject: h.subject), default: 0] += h.perWeek
            }
            let free = teachers.filter { !$0.isPrimary && !$0.isDeputy && !hasClass.contains($0.index) }.map(\.index)
            let teaching = free.filter { hoursWith[$0] != nil }
            let pool = teaching.isEmpty ? (free.isEmpty ? teachers.filter { !$0.isPrimary }.map(\.index) : free) : teaching
            let chosen = pool.max { (hoursWith[$0] ?? 0, -$0) < (hoursWith[$1] ?? 0, -$1) }!
            classes[index].homeroom = chosen
            hasClass.insert(chosen)
        }
    }

    /// Each teacher keeps one room, so no room is double-booked when no teacher
    /// is; primary classes stay in their teacher's room, PE goes to the gyms.
    mutating func assignRooms() {
        var perFloor: [Int: Int] = [:]
        var gyms = 0
        for index in teachers.indices {
            let specialty = teachers[index].specialty
            if specialty == .pe {
                gyms += 1
                teachers[index].room = "Спортзал \(gyms)"
                continue
            }
            let k = perFloor[specialty.floor, default: 0]
            perFloor[specialty.floor] = k + 1
            let number = specialty.floor * 100 + k % 99 + 1
            let building = k / 99 + 1
            teachers[index].room = building == 1 ? String(number) : "\(building)-\(number)"
        }
    }
}
