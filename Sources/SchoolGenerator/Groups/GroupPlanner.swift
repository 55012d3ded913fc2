import JournalCore

/// The groups besides the classes' own halves: an elective the demo teacher
/// gives to their class and the nearest other one (a `mixed` group, so that
/// whoever tries the demo as the teacher finds a group of their own), and
/// clubs (`extra`): robotics for grades 5–7 without marks, chess for grades 2–4
/// graded «зач/незач», a theatre studio of one class without marks. Each meets
/// once a week after its classes' last lesson, when its teacher is free.
struct GroupPlanner {
    let classes: [ClassPlan]
    let staff: Staff
    let body: StudentBody
    let yearStart: SchoolDate

    /// A group still to be given its teacher, members and time.
    private struct Design {
        var group: GroupPlan
        /// Who may teach it, in order of preference.
        let teachers: [Int]
        let membersPerClass: ClosedRange<Int>

        init(_ code: String, name: String, kind: GroupKind, classIndex: Int? = nil, classes: [Int], subject: String,
             grading: GroupGrading, teachers: [Int], membersPerClass: ClosedRange<Int>, grade: Int) {
            group = GroupPlan(index: 0, code: code, name: name, kind: kind, classIndex: classIndex, memberClasses: classes,
                              subject: SubjectCatalog.index(subject), grading: grading, grade: grade)
            self.teachers = teachers
            self.membersPerClass = membersPerClass
        }
    }

    func plan(demo: DemoChoice, timetable: inout WeeklyTimetable, _ random: inout SeededRandom) -> [GroupPlan] {
        var groups: [GroupPlan] = []
        var classBusy = [UInt64](repeating: 0, count: classes.count)
        for design in designs(demo: demo, &random) {
            guard let (slot, teacher) = slot(for: design, timetable: timetable, classBusy: classBusy, &random) else { continue }
            var group = design.group
            group.index = groups.count
            group.teacher = teacher
            group.members = members(design, demoPupil: demo.pupil, &random)
            timetable.placeGroup(group.index, slot: slot, teacher: teacher)
            for c in group.memberClasses { classBusy[c] |= 1 << UInt64(slot) }
            groups.append(group)
        }
        return groups
    }

    private func designs(demo: DemoChoice, _ random: inout SeededRandom) -> [Design] {
        var result: [Design] = []
        let demoClass = classes[demo.classIndex]
        let teacher = demoClass.homeroom
        if let partner = classes.indices.filter({ $0 != demo.classIndex && classes[$0].grade >= 2 })
            .min(by: { nearness($0, to: demoClass) < nearness($1, to: demoClass) }) {
            let pair = [demo.classIndex, partner].sorted()
            let subject: String
            switch staff.teachers[teacher].specialty {
            case .russian: subject = "rus-prac"
            case .math: subject = "math-prac"
            default: subject = "fg"
            }
            let fallback = staff.candidates(for: SubjectCatalog.all[SubjectCatalog.index(subject)].specialty)
            result.append(Design("el-" + pair.map { classes[$0].code }.joined(separator: "-"), name: names(pair), kind: .mixed,
                                 classes: pair, subject: subject, grading: .marks,
                                 teachers: [teacher] + fallback.filter { $0 != teacher }, membersPerClass: 5...7,
                                 grade: lowestGrade(pair)))
        }
        let robotics = onePerGrade(5...7, &random)
        if !robotics.isEmpty {
            result.append(Design("robot", name: names(robotics), kind: .extra, classes: robotics, subject: "robot", grading: .none,
                                 teachers: staff.candidates(for: .informatics), membersPerClass: 4...6, grade: lowestGrade(robotics)))
        }
        let chess = onePerGrade(2...4, &random)
        if !chess.isEmpty {
            result.append(Design("chess", name: names(chess), kind: .extra, classes: chess, subject: "chess", grading: .passFail,
                                 teachers: staff.candidates(for: .pe), membersPerClass: 4...6, grade: lowestGrade(chess)))
        }
        if let studio = classes.indices.filter({ (2...6).contains(classes[$0].grade) })
            .min(by: { (abs(classes[$0].grade - 4), $0) < (abs(classes[$1].grade - 4), $1) }) {
            result.append(Design("theatre-" + classes[studio].code, name: "студия «Кулиса»", kind: .extra, classIndex: studio,
                                 classes: [studio], subject: "theatre", grading: .none, teachers: staff.candidates(for: .arts),
                                 membersPerClass: 8...12, grade: classes[studio].grade))
        }
        return result
    }

    /// A parallel class first, then the nearest grade, a class of the middle or
    /// senior school before a primary one.
    private func nearness(_ index: Int, to plan: ClassPlan) -> (Int, Int, Int) {
        (abs(classes[index].grade - plan.grade), classes[index].isPrimary ? 1 : 0, index)
    }

    /// One class of each grade of the range that the school has, chosen at random among parallels.
    private func onePerGrade(_ grades: ClosedRange<Int>, _ random: inout SeededRandom) -> [Int] {
        grades.compactMap { grade in
            let parallels = classes.indices.filter { classes[$0].grade == grade }
            return parallels.isEmpty ? nil : random.pick(parallels)
        }
    }

    private func lowestGrade(_ classIndices: [Int]) -> Int {
        classIndices.map { classes[$0].grade }.min()!
    }

    private func names(_ classIndices: [Int]) -> String {
        classIndices.map { classes[$0].name }.joined(separator: ", ")
    }

    /// The earliest lesson after the member classes' last lessons, on a
    /// weekday, when one of the teachers is free and no other group of these
    /// classes meets.
    private func slot(for design: Design, timetable: WeeklyTimetable, classBusy: [UInt64],
                      _ random: inout SeededRandom) -> (slot: Int, teacher: Int)? {
        var weekdays = Array(1...5)
        random.shuffle(&weekdays)
        for lesson in 1...WeeklyTimetable.slotsPerDay {
            for weekday in weekdays {
                guard design.group.memberClasses.allSatisfy({ classes[$0].lessonsPerDay[weekday - 1] < lesson }) else { continue }
                let slot = WeeklyTimetable.slot(weekday: weekday, lesson: lesson)
                guard design.group.memberClasses.allSatisfy({ classBusy[$0] & (1 << UInt64(slot)) == 0 }) else { continue }
                if let teacher = design.teachers.first(where: { timetable.isFree(teacher: $0, slot: slot) }) {
                    return (slot, teacher)
                }
            }
        }
        return nil
    }

    /// Students of the member classes who are there from the start of the year;
    /// the demo student is in the demo teacher's elective. A student stays a
    /// member until leaving the school, or the group's class.
    private func members(_ design: Design, demoPupil: Int, _ random: inout SeededRandom) -> [Membership] {
        var chosen: [Int] = []
        for c in design.group.memberClasses {
            let initial = classes[c].pupils.filter { body.pupils[$0].firstClass == c && body.pupils[$0].enrolledFrom == yearStart }
            let wanted = random.int(in: design.membersPerClass)
            var picked = random.sample(wanted, of: initial.count).map { initial[$0] }
            if design.group.kind == .mixed, initial.contains(demoPupil), !picked.contains(demoPupil) {
                picked[picked.count - 1] = demoPupil
            }
            chosen += picked
        }
        return chosen.sorted().map { pupil in
            let history = body.pupils[pupil]
            let to = design.group.classIndex.map { c in history.stays.first { $0.classIndex == c }?.to } ?? history.enrolledTo
            return Membership(pupil: pupil, from: yearStart, to: to)
        }
    }
}
