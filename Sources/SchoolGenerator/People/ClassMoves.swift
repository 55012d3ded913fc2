import JournalCore

/// The movement of students during the year (движение учащихся): arrivals,
/// departures, transfers to a parallel class, and the two groups each class is
/// split into for English and informatics.
extension StudentBody {
    /// About 3% of the students join during the generated weeks and as many
    /// leave (a family moving); one in two hundred moves to a parallel class. All
    /// on school days inside `days`; the `keep` students stay where they are.
    mutating func moveSome(schoolDays days: [SchoolDate], classes: inout [ClassPlan], keep: Set<Int>,
                           _ random: inout SeededRandom) {
        guard days.count > 5 else { return }
        let movers = max(1, Int((Double(pupils.count) * 0.03).rounded()))
        let candidates = pupils.indices.filter { !keep.contains($0) }
        let chosen = random.sample(2 * movers, of: candidates.count).map { candidates[$0] }
        for (n, pupil) in chosen.enumerated() {
            let day = days[random.int(in: 3...(days.count - 1))]
            if n < movers {
                pupils[pupil].stays[0].from = day
            } else {
                pupils[pupil].stays[0].to = day.adding(days: -1)
            }
        }
        transferSome(days: days, classes: &classes, exclude: keep.union(chosen), &random)
    }

    private mutating func transferSome(days: [SchoolDate], classes: inout [ClassPlan], exclude: Set<Int>,
                                       _ random: inout SeededRandom) {
        let parallels = Dictionary(grouping: classes.indices, by: { classes[$0].grade })
        let candidates = pupils.indices.filter { !exclude.contains($0) && parallels[classes[pupils[$0].firstClass].grade]!.count > 1 }
        let count = min(candidates.count, Int((Double(pupils.count) * 0.005).rounded()))
        for pick in random.sample(count, of: candidates.count) {
            let pupil = candidates[pick]
            let from = pupils[pupil].firstClass
            let others = parallels[classes[from].grade]!.filter { $0 != from }
            let to = random.pick(others)
            let day = days[random.int(in: 3...(days.count - 1))]
            pupils[pupil].stays[0].to = day.adding(days: -1)
            pupils[pupil].stays.append(Stay(classIndex: to, from: day))
            classes[to].pupils.append(pupil)
        }
    }

    /// Each class is split in two by its list (by surname, as the class list
    /// goes): the first half is group 1. A student who comes later joins the
    /// smaller group.
    mutating func divideIntoGroups(classes: [ClassPlan]) {
        for plan in classes {
            var stays: [(pupil: Int, stay: Int)] = []
            for pupil in plan.pupils {
                for (n, stay) in pupils[pupil].stays.enumerated() where stay.classIndex == plan.index {
                    stays.append((pupil, n))
                }
            }
            guard let start = stays.map({ pupils[$0.pupil].stays[$0.stay].from }).min() else { continue }
            let initial = stays.filter { pupils[$0.pupil].stays[$0.stay].from == start }
                .sorted { pupils[$0.pupil].name.full < pupils[$1.pupil].name.full }
            let firstHalf = (initial.count + 1) / 2
            for (position, entry) in initial.enumerated() {
                pupils[entry.pupil].stays[entry.stay].group = position < firstHalf ? 1 : 2
            }
            let later = stays.filter { pupils[$0.pupil].stays[$0.stay].from > start }
                .sorted { (pupils[$0.pupil].stays[$0.stay].from, $0.pupil) < (pupils[$1.pupil].stays[$1.stay].from, $1.pupil) }
            for entry in later {
                let day = pupils[entry.pupil].stays[entry.stay].from
                let sizes = [1, 2].map { group in
                    stays.filter { other in
                        let stay = pupils[other.pupil].stays[other.stay]
                        return other.pupil != entry.pupil && stay.group == group && stay.contains(day)
                    }.count
                }
                pupils[entry.pupil].stays[entry.stay].group = sizes[1] < sizes[0] ? 2 : 1
            }
        }
    }
}
