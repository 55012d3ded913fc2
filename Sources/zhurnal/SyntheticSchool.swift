import JournalCore

/// A big, plausible school made from a fixed seed, to measure the readiness
/// report before `zhurnal generate` (being written on another branch) lands.
/// Not a demo: names are placeholders and the rhythm of entries is rough.
enum SyntheticSchool {
    /// ~200 classes, 5,000 students, 260 teachers, 34 weeks: ~200k lessons,
    /// ~800k marks, ~400k attendance records, as the journal stands at `now`:
    /// the year's lessons are all there, entries and sign-ins only up to `now`.
    static func huge(seed: UInt64 = 2024, now: SchoolTime = defaultNow) -> SchoolSnapshot {
        var builder = Builder(random: SeededRandom(seed: seed))
        return builder.build().cut(at: now)
    }

    /// Wednesday 19 March 2025, 11:30: a school day in the third quarter.
    static let defaultNow = SchoolTime(date: SchoolDate(year: 2025, month: 3, day: 19)!, time: TimeOfDay(minutes: 11 * 60 + 30))

    private struct Builder {
        var random: SeededRandom
        var s = SchoolSnapshot(school: School(name: "Синтетический комплекс № 1", timeZoneID: "Europe/Moscow",
                                              academicYear: "2024/2025"))
        let firstDay = SchoolDate(year: 2024, month: 9, day: 2)!
        let weeks = 34
        let classCount = 200, teacherCount = 260, studentsPerClass = 25
        let subjects = ["rus", "lit", "math", "alg", "geo", "phys", "chem", "bio", "hist", "eng", "pe", "inf"]
        let topics = (1...60).map { "Тема урока № \($0): повторение и закрепление изученного материала по разделу" }
        let homeworks = (1...40).map { "§ \($0), упражнения \($0 * 3)–\($0 * 3 + 4), выучить правило" }

        mutating func build() -> SchoolSnapshot {
            let created = SchoolTime(date: firstDay.adding(days: -20), time: TimeOfDay(minutes: 9 * 60))
            s.periods = (0..<4).map { q in
                Period(code: "q\(q + 1)", name: "\(q + 1) четверть", kind: .quarter, start: firstDay.adding(days: q * 7 * 9),
                       end: firstDay.adding(days: q * 7 * 9 + (q == 3 ? 7 * 7 - 3 : 7 * 9 - 3)))
            }
            s.bells = (1...7).map { n in
                Bell(lessonNumber: n, start: TimeOfDay(minutes: 8 * 60 + (n - 1) * 55), end: TimeOfDay(minutes: 8 * 60 + (n - 1) * 55 + 45))
            }
            s.subjects = subjects.map { Subject(code: $0, name: "Предмет \($0)") }
            s.accounts = [Account(login: "admin", fullName: "Администратор", roles: [.admin], createdAt: created, activatedAt: created)]
            s.accounts += (1...teacherCount).map { t in
                Account(login: "t\(t)", fullName: "Учитель \(t)", roles: [.teacher], createdAt: created,
                        activatedAt: created.adding(seconds: t * 600))
            }
            addClassesAndPeople(created: created)
            addTimetableAndLessons()
            addSignIns()
            return s
        }

        mutating func addClassesAndPeople(created: SchoolTime) {
            var parent = 0
            for c in 1...classCount {
                s.classes.append(SchoolClass(code: "c\(c)", name: "\((c - 1) % 11 + 1)-\(c)", grade: (c - 1) % 11 + 1,
                                             homeroomLogin: "t\(c)"))
                for k in 1...studentsPerClass {
                    let code = "s\(c)_\(k)"
                    let activated = random.chance(0.6) ? created.adding(seconds: random.int(0..<90 * 86_400)) : nil
                    s.accounts.append(Account(login: "u\(c)_\(k)", fullName: "Ученик \(c)-\(k)", roles: [.student],
                                              createdAt: created, activatedAt: activated))
                    let leaves = random.chance(0.02) ? firstDay.adding(days: random.int(30..<200)) : nil
                    s.students.append(Student(code: code, fullName: "Ученик \(c)-\(k)", classCode: "c\(c)", login: "u\(c)_\(k)",
                                              enrolledFrom: firstDay, enrolledTo: leaves))
                    let parents = random.chance(0.85) ? (random.chance(0.3) ? 2 : 1) : 0
                    for _ in 0..<parents {
                        parent += 1
                        let activatedAt = random.chance(0.7) ? created.adding(seconds: random.int(0..<60 * 86_400)) : nil
                        s.accounts.append(Account(login: "p\(parent)", fullName: "Родитель \(parent)", roles: [.parent],
                                                  createdAt: created, activatedAt: activatedAt, disabled: random.chance(0.01)))
                        s.guardians.append(Guardian(parentLogin: "p\(parent)", studentCode: code))
                    }
                }
            }
        }

        mutating func addTimetableAndLessons() {
            var lessonID = 0
            for c in 1...classCount {
                var slots: [Int: (subject: String, teacher: String)] = [:]
                for weekday in 1...5 {
                    for number in 1...6 {
                        let subject = subjects[(c * 7 + weekday * 3 + number * 5) % subjects.count]
                        let teacher = "t\((c * 13 + subjects.firstIndex(of: subject)! * 29) % teacherCount + 1)"
                        slots[weekday * 10 + number] = (subject, teacher)
                        if c % 97 != 0 {   // two classes keep no timetable at all
                            s.timetable.append(TimetableEntry(classCode: "c\(c)", weekday: weekday, lessonNumber: number,
                                                              subjectCode: subject, teacherLogin: teacher, room: nil,
                                                              validFrom: firstDay, validTo: nil))
                        }
                    }
                }
                for week in 0..<weeks {
                    for weekday in 1...5 {
                        let day = firstDay.adding(days: week * 7 + weekday - 1)
                        for number in 1...6 {
                            lessonID += 1
                            addLesson(id: lessonID, classNumber: c, day: day, number: number, slot: slots[weekday * 10 + number]!)
                        }
                    }
                }
            }
        }

        mutating func addLesson(id: Int, classNumber c: Int, day: SchoolDate, number: Int, slot: (subject: String, teacher: String)) {
            let start = SchoolTime(date: day, time: s.bells[number - 1].start)
            let code = String(id)
            let cancelled = random.chance(0.01)
            s.lessons.append(Lesson(
                code: code, classCode: "c\(c)", subjectCode: slot.subject, teacherLogin: slot.teacher, date: day,
                lessonNumber: number, topic: random.chance(0.93) ? topics[random.int(0..<topics.count)] : nil,
                homework: random.chance(0.5) ? homeworks[random.int(0..<homeworks.count)] : nil,
                heldAt: !cancelled && random.chance(0.8) ? entryTime(after: start) : nil,
                comment: random.chance(0.03) ? "Замечание к уроку" : nil,
                commentAt: nil, cancelled: cancelled))
            if s.lessons[s.lessons.count - 1].comment != nil { s.lessons[s.lessons.count - 1].commentAt = entryTime(after: start) }
            guard !cancelled else { return }
            for _ in 0..<random.int(2..<7) {
                let student = "s\(c)_\(random.int(1..<studentsPerClass + 1))"
                let type = s.workTypes[random.weighted([5, 2, 1, 1, 2, 1, 1, 1, 1])].code
                s.marks.append(Mark(lessonCode: code, studentCode: student, value: try! MarkValue(random.int(2..<6)),
                                    workTypeCode: type, enteredAt: entryTime(after: start), enteredBy: slot.teacher))
            }
            var absent = Set<Int>()
            for _ in 0..<random.int(0..<5) { absent.insert(random.int(1..<studentsPerClass + 1)) }
            for k in absent.sorted() {
                s.attendance.append(Attendance(lessonCode: code, studentCode: "s\(c)_\(k)", code: .absent,
                                               enteredAt: entryTime(after: start), enteredBy: slot.teacher))
            }
        }

        /// Most entries during the lesson, some that evening, a few days late.
        mutating func entryTime(after start: SchoolTime) -> SchoolTime {
            switch random.int(0..<100) {
            case 0..<70: start.adding(seconds: random.int(0..<45 * 60))
            case 70..<90: start.adding(seconds: random.int(3600..<12 * 3600))
            case 90..<97: start.adding(seconds: random.int(20 * 3600..<30 * 3600))
            default: start.adding(seconds: random.int(2 * 86_400..<10 * 86_400))
            }
        }

        mutating func addSignIns() {
            let accounts = s.accounts.filter { $0.activatedAt != nil }
            for account in accounts {
                let perWeek = account.has(.teacher) ? 5.0 : (account.has(.parent) ? 1.5 : 1.0)
                for week in 0..<weeks {
                    var count = Int(perWeek)
                    if random.chance(perWeek - Double(count)) { count += 1 }
                    for _ in 0..<count {
                        let day = firstDay.adding(days: week * 7 + random.int(0..<7))
                        let at = SchoolTime(date: day, time: TimeOfDay(minutes: random.int(7 * 60..<22 * 60)))
                        if at >= account.activatedAt! { s.signIns.append(SignIn(login: account.login, at: at)) }
                    }
                }
            }
        }
    }
}

extension SchoolSnapshot {
    /// The journal as it stood at `now`: nothing entered, activated or signed in later.
    func cut(at now: SchoolTime) -> SchoolSnapshot {
        var s = self
        s.marks.removeAll { $0.enteredAt > now }
        s.attendance.removeAll { $0.enteredAt > now }
        s.signIns.removeAll { $0.at > now }
        for index in s.lessons.indices {
            if let held = s.lessons[index].heldAt, held > now { s.lessons[index].heldAt = nil }
            if let at = s.lessons[index].commentAt, at > now {
                s.lessons[index].comment = nil
                s.lessons[index].commentAt = nil
            }
        }
        for index in s.accounts.indices {
            if let activated = s.accounts[index].activatedAt, activated > now { s.accounts[index].activatedAt = nil }
        }
        return s
    }
}

/// SplitMix64: small, fast and the same on every machine, so a seed names a school.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// An index chosen with the given weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        var pick = int(0..<weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if pick < weight { return index }
            pick -= weight
        }
        return weights.count - 1
    }
}
