import JournalCore

/// Teachers fall ill or go to refresher courses; their lessons are taught by a
/// free colleague of the same specialty (замена), failing that by any free
/// teacher, and otherwise cancelled. A substitute is never double-booked.
struct TeacherAbsences {
    private var absentUntil: [Int]
    /// Why each absent teacher is away: a sick leave, else courses.
    private var ill: [Bool]
    /// Extra lessons taken today, as bits of the lesson number per teacher.
    private var takenToday: [UInt16]
    private var today = Int.min
    /// The demo teacher and the deputy: someone trying the demo as them finds
    /// an ordinary working day, not a sick leave with every lesson covered.
    private let neverIll: Set<Int>

    init(teacherCount: Int, neverIll: Set<Int> = []) {
        self.neverIll = neverIll
        absentUntil = Array(repeating: Int.min, count: teacherCount)
        ill = Array(repeating: false, count: teacherCount)
        takenToday = Array(repeating: 0, count: teacherCount)
    }

    /// Starts a new school day: some teachers fall ill (more in winter).
    mutating func begin(_ date: SchoolDate, _ random: inout SeededRandom) {
        today = date.dayNumber
        for teacher in absentUntil.indices {
            takenToday[teacher] = 0
            guard absentUntil[teacher] < today else { continue }
            let winter = [11, 12, 1, 2].contains(date.month) ? 1.6 : 1.0
            if random.chance(0.0045 * winter) {
                absentUntil[teacher] = today + random.int(in: 3...10)
                ill[teacher] = true
            } else if random.chance(0.0012) {
                absentUntil[teacher] = today + random.int(in: 0...2)
                ill[teacher] = false
            }
            // drawn all the same, so that everyone else's days stay as they were
            if neverIll.contains(teacher) { absentUntil[teacher] = Int.min }
        }
    }

    func isAbsent(_ teacher: Int) -> Bool { absentUntil[teacher] >= today }

    /// Why the absent teacher's lesson is cancelled, as the deputy writes it.
    func reason(_ teacher: Int) -> String {
        ill[teacher] ? "Болезнь учителя, замены нет" : "Учитель на курсах повышения квалификации"
    }

    /// Who teaches instead of `teacher` at lesson `lesson` of `weekday`, or nil
    /// when nobody is free (the lesson is cancelled).
    mutating func substitute(for teacher: Int, weekday: Int, lesson: Int, staff: Staff, timetable: WeeklyTimetable,
                             _ random: inout SeededRandom) -> Int? {
        let slot = WeeklyTimetable.slot(weekday: weekday, lesson: lesson)
        let isFree = { (candidate: Int) -> Bool in
            candidate != teacher && !self.isAbsent(candidate) && timetable.isFree(teacher: candidate, slot: slot)
                && self.takenToday[candidate] & (1 << UInt16(lesson)) == 0
        }
        let colleagues = staff.bySpecialty[staff.teachers[teacher].specialty] ?? []
        var chosen = firstFree(colleagues, isFree, &random)
        if chosen == nil, random.chance(0.8) {
            chosen = firstFree(Array(staff.teachers.indices), isFree, &random)
        }
        if let chosen { takenToday[chosen] |= 1 << UInt16(lesson) }
        return chosen
    }

    private func firstFree(_ candidates: [Int], _ isFree: (Int) -> Bool, _ random: inout SeededRandom) -> Int? {
        guard !candidates.isEmpty else { return nil }
        let offset = random.below(candidates.count)
        for step in 0..<candidates.count {
            let candidate = candidates[(offset + step) % candidates.count]
            if isFree(candidate) { return candidate }
        }
        return nil
    }
}
