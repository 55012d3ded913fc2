import JournalCore

/// The accounts, parent links and sign-ins. Staff accounts are made in late
/// August; parents' in the first days of September (some later, after a
/// parents' meeting); student accounts for grades 5–11. Accounts are activated
/// at the first sign-in, parents' over the following weeks and some never.
/// Sign-ins follow each person's habit: teachers when they fill the journal,
/// parents mostly in the evenings, some daily, some hardly ever.
struct AccountBook {
    private let model: SchoolModel
    private let logins: Logins
    private var random: SeededRandom
    private(set) var accounts: [Account] = []
    private(set) var signIns: [SignIn] = []
    /// Students whose account exists (created by `asOf`).
    private(set) var pupilLogins: [String?]
    private(set) var guardians: [Guardian] = []

    init(model: SchoolModel, logins: Logins) {
        self.model = model
        self.logins = logins
        random = SeededRandom(seed: model.seed, stream: "accounts")
        pupilLogins = Array(repeating: nil, count: model.body.pupils.count)
    }

    mutating func build(sittings: [[Int]]) {
        addStaff(sittings: sittings)
        addParents()
        addPupils()
        addGuardians()
        signIns.sort { $0.at != $1.at ? $0.at < $1.at : $0.login < $1.login }
    }

    private var firstYear: Int { model.calendar.firstYear }

    private func moment(_ date: SchoolDate, _ second: Int) -> Int { date.dayNumber * 86_400 + second }

    private mutating func addStaff(sittings: [[Int]]) {
        let august = SchoolDate(year: firstYear, month: 8, day: 19)!
        let adminCreated = moment(august, 10 * 3_600)
        addAccount(Logins.admin, model.admin, [.admin], created: adminCreated, firstSignIn: adminCreated + 300)
        officeSignIns(Logins.admin, morning: 0.85, afternoon: 0.3)
        let secretaryCreated = moment(august.adding(days: 1), 11 * 3_600)
        addAccount(Logins.secretary, model.secretary, [.secretary], created: secretaryCreated,
                   firstSignIn: secretaryCreated + random.int(in: 3_600...30_000))
        officeSignIns(Logins.secretary, morning: 0.9, afternoon: 0.2)
        for teacher in model.staff.teachers {
            addTeacher(teacher, sittings: sittings[teacher.index])
        }
    }

    private mutating func addTeacher(_ teacher: TeacherPlan, sittings: [Int]) {
        let login = logins.teachers[teacher.index]
        let created = moment(SchoolDate(year: firstYear, month: 8, day: 20 + random.int(in: 0...6))!, random.int(in: 36_000...57_600))
        var times = sessionStarts(sittings)
        if random.chance(0.8) {
            times.append(moment(SchoolDate(year: firstYear, month: 8, day: 26 + random.int(in: 0...5))!, random.int(in: 32_400...57_600)))
        }
        times += morningLooks(teacher: teacher.index, sittings: sittings)
        if teacher.isDeputy { times += officeTimes(morning: 0.7, afternoon: 0.5) }
        let roles: [Role] = teacher.isDeputy ? [.deputy, .teacher] : [.teacher]
        let signed = times.filter { $0 > created && $0 <= model.asOf }
        accounts.append(Account(login: login, fullName: teacher.name.full, roles: roles, createdAt: SchoolTime(seconds: created),
                                activatedAt: signed.min().map { SchoolTime(seconds: $0) }))
        signIns += signed.map { SignIn(login: login, at: SchoolTime(seconds: $0)) }
    }

    /// One sign-in per working session: sittings closer than three hours share it.
    private mutating func sessionStarts(_ sittings: [Int]) -> [Int] {
        var result: [Int] = []
        var sessionEnd = Int.min
        for start in sittings.sorted() {
            if start > sessionEnd + 3 * 3_600 { result.append(start - random.int(in: 60...900)) }
            sessionEnd = start
        }
        return result
    }

    /// On some school days a teacher looks at the timetable in the morning even
    /// without entering anything.
    private mutating func morningLooks(teacher: Int, sittings: [Int]) -> [Int] {
        let days = Set(sittings.map { $0 / 86_400 })
        return schoolDays.compactMap { date -> Int? in
            let weekday = model.calendar.timetableWeekday(of: date, saturday: false) ?? date.weekday
            let hasLessons = model.timetable.lastLesson(teacher: teacher, weekday: weekday) > 0
            guard hasLessons, !days.contains(date.dayNumber), random.chance(0.4) else { return nil }
            return moment(date, random.int(in: 27_900...30_300))
        }
    }

    private var schoolDays: [SchoolDate] {
        guard model.range.first <= model.range.last else { return [] }
        return (model.range.first.dayNumber...model.range.last.dayNumber).map(SchoolDate.init(dayNumber:))
            .filter { model.calendar.isSchoolDay($0, saturday: false) }
    }

    private mutating func officeTimes(morning: Double, afternoon: Double) -> [Int] {
        var times: [Int] = []
        for date in schoolDays {
            if random.chance(morning) { times.append(moment(date, random.int(in: 27_000...34_200))) }
            if random.chance(afternoon) { times.append(moment(date, random.int(in: 46_800...61_200))) }
        }
        return times
    }

    private mutating func officeSignIns(_ login: String, morning: Double, afternoon: Double) {
        signIns += officeTimes(morning: morning, afternoon: afternoon).filter { $0 <= model.asOf }
            .map { SignIn(login: login, at: SchoolTime(seconds: $0)) }
    }

    private mutating func addAccount(_ login: String, _ name: PersonName, _ roles: [Role], created: Int, firstSignIn: Int) {
        let activated = firstSignIn <= model.asOf ? SchoolTime(seconds: firstSignIn) : nil
        accounts.append(Account(login: login, fullName: name.full, roles: roles, createdAt: SchoolTime(seconds: created),
                                activatedAt: activated))
        if let activated { signIns.append(SignIn(login: login, at: activated)) }
    }
}

extension AccountBook {
    private mutating func addParents() {
        for parent in model.body.parents {
            let children = model.body.families[parent.family].children.map { model.body.pupils[$0] }
            let isDemo = parent.index == model.demo.parent
            let created = isDemo ? moment(model.calendar.yearStart.adding(days: 1), 36_000) : creationTime(children: children)
            guard created <= model.asOf else { continue }
            let leftOn = children.allSatisfy { $0.enrolledTo != nil } ? children.compactMap(\.enrolledTo).max() : nil
            addFamilyMember(login: logins.parents[parent.index], name: parent.name, role: .parent, created: created,
                            leftOn: leftOn, rates: [0.3, 1, 3, 7], rateWeights: [0.3, 0.3, 0.25, 0.15],
                            neverActivates: 0.15, sure: isDemo)
        }
    }

    /// Most parents' accounts are made at the start of the year; a late one
    /// after a parents' meeting; a newcomer's soon after the child arrives.
    private mutating func creationTime(children: [PupilPlan]) -> Int {
        let start = model.calendar.yearStart
        let arrival = children.map(\.enrolledFrom).min() ?? start
        let day: SchoolDate
        if arrival > start {
            day = arrival.adding(days: random.int(in: 0...3))
        } else {
            day = start.adding(days: random.chance(0.85) ? random.int(in: 1...10) : random.int(in: 11...80))
        }
        return moment(day, random.int(in: 32_400...61_200))
    }

    private mutating func addPupils() {
        for pupil in model.body.pupils where pupil.hasAccount {
            let isDemo = pupil.index == model.demo.pupil
            let day = isDemo ? model.calendar.yearStart.adding(days: 2)
                : max(pupil.enrolledFrom, model.calendar.yearStart.adding(days: random.int(in: 2...15)))
            let created = moment(day, random.int(in: 32_400...57_600))
            guard created <= model.asOf else { continue }
            let login = logins.pupils[pupil.index]!
            pupilLogins[pupil.index] = login
            addFamilyMember(login: login, name: pupil.name, role: .student, created: created, leftOn: pupil.enrolledTo,
                            rates: [0.5, 2, 5], rateWeights: [0.35, 0.4, 0.25], neverActivates: 0.25, sure: isDemo)
        }
    }

    /// An account of a parent or student: activated after a delay (or never),
    /// then signing in at its own weekly rate until the family leaves, whose
    /// accounts are then disabled.
    private mutating func addFamilyMember(login: String, name: PersonName, role: Role, created: Int, leftOn: SchoolDate?,
                                          rates: [Double], rateWeights: [Double], neverActivates: Double, sure: Bool) {
        var activated: Int?
        if sure {
            activated = created + 3_600 * 8
        } else if !random.chance(neverActivates) {
            let delayDays = [random.int(in: 0...2), random.int(in: 3...30), random.int(in: 31...90)][random.weightedIndex([0.45, 0.4, 0.15])]
            activated = (created / 86_400 + delayDays) * 86_400 + eveningSecond(role)
            if activated! <= created { activated = created + random.int(in: 600...7_200) }
        }
        let lastDay = leftOn ?? model.range.last
        if let time = activated, time > model.asOf || (leftOn != nil && time > moment(lastDay, 86_399)) { activated = nil }
        if let activated {
            signIns.append(SignIn(login: login, at: SchoolTime(seconds: activated)))
            let rate = sure ? rates.last! : rates[random.weightedIndex(rateWeights)]
            appendVisits(login: login, role: role, from: activated / 86_400 + 1, through: lastDay.dayNumber, perWeek: rate)
        }
        accounts.append(Account(login: login, fullName: name.full, roles: [role], createdAt: SchoolTime(seconds: created),
                                activatedAt: activated.map { SchoolTime(seconds: $0) }, disabled: leftOn != nil))
    }

    private mutating func appendVisits(login: String, role: Role, from: Int, through: Int, perWeek: Double) {
        let first = max(from, model.range.first.dayNumber)
        guard first <= through else { return }
        for day in first...through where random.chance(perWeek / 7) {
            let time = day * 86_400 + eveningSecond(role)
            if time <= model.asOf { signIns.append(SignIn(login: login, at: SchoolTime(seconds: time))) }
        }
    }

    /// Parents look in the evening, before work or at lunch; students after school.
    private mutating func eveningSecond(_ role: Role) -> Int {
        if role == .student { return random.int(in: 52_200...79_200) }
        switch random.weightedIndex([0.6, 0.25, 0.15]) {
        case 0: return random.int(in: 64_800...82_800)
        case 1: return random.int(in: 25_200...30_600)
        default: return random.int(in: 43_200...61_200)
        }
    }

    private mutating func addGuardians() {
        let created = Set(accounts.map(\.login))
        for pupil in model.body.pupils {
            for parent in model.body.families[pupil.family].parents where created.contains(logins.parents[parent]) {
                guardians.append(Guardian(parentLogin: logins.parents[parent], studentCode: logins.pupilCodes[pupil.index]))
            }
        }
    }
}
