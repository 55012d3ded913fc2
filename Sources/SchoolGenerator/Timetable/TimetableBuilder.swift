/// Builds the weekly timetable class by class: every hour of the curriculum goes
/// into one of the class's slots (lessons 1..n of each day, so a class never has
/// a gap), where its teacher is free, the subject is not yet on that day (twice at
/// most when it has more hours than days), preferring mornings for hard subjects
/// and afternoons for PE and the arts. When an hour finds no slot, a lesson of
/// the class is moved to make room; when that fails the class is tried again in
/// another order. A teacher is never in two places at once: an hour that still
/// finds no slot after all tries is left out and counted (`unplacedHours`).
struct TimetableBuilder {
    private let classes: [ClassPlan]
    private let staff: Staff
    private var grid: WeeklyTimetable
    private var random: SeededRandom

    static let attempts = 12
    static let passes = 20

    /// Classes that could not be fully placed go first in the next pass (the
    /// "squeaky wheel"), until a pass places everything; the best pass is kept.
    static func build(classes: [ClassPlan], staff: Staff, random: SeededRandom) -> WeeklyTimetable {
        var order = classes.indices.sorted {
            (classes[$0].lessonsPerDay.reduce(0, +), -$0) > (classes[$1].lessonsPerDay.reduce(0, +), -$1)
        }
        var random = random
        var best: WeeklyTimetable?
        for _ in 0..<passes {
            var builder = TimetableBuilder(classes: classes, staff: staff,
                                           grid: WeeklyTimetable(classCount: classes.count, teacherCount: staff.teachers.count),
                                           random: random.fork())
            let failed = order.filter { !builder.placeClass($0) }
            if best == nil || builder.grid.unplacedHours < best!.unplacedHours { best = builder.grid }
            if failed.isEmpty { break }
            order = failed + order.filter { !failed.contains($0) }
        }
        return best!
    }

    private struct Hour {
        let subject: Int
        let teacher: Int
        let cap: Int
    }

    /// Whether every hour of the class found a slot.
    private mutating func placeClass(_ classIndex: Int) -> Bool {
        let plan = classes[classIndex]
        let slots = (1...6).flatMap { weekday in
            (0..<plan.lessonsPerDay[weekday - 1]).map { WeeklyTimetable.slot(weekday: weekday, lesson: $0 + 1) }
        }
        let hours = plan.hours.flatMap { h in
            let hour = Hour(subject: h.subject, teacher: staff.teacher(ofClass: classIndex, subject: h.subject),
                            cap: h.perWeek > plan.days ? 2 : 1)
            return Array(repeating: hour, count: h.perWeek)
        }
        for attempt in 0..<Self.attempts {
            let last = attempt == Self.attempts - 1
            var state = ClassState(classIndex: classIndex, slots: slots,
                                   caps: Dictionary(hours.map { ($0.subject, $0.cap) }, uniquingKeysWith: { a, _ in a }))
            let ordered = orderHours(hours)
            var failed = false
            for hour in ordered where !place(hour, &state) {
                failed = true
                if last { grid.unplacedHours += 1 } else { break }
            }
            if last { return !failed }
            if !failed { return true }
            for slot in slots { grid.clear(classIndex: classIndex, slot: slot) }
        }
        return false
    }

    /// Busiest teachers first: their free slots are the scarce ones.
    private mutating func orderHours(_ hours: [Hour]) -> [Hour] {
        let keyed = hours.map { ($0, staff.teachers[$0.teacher].load * 1_000 + random.below(1_000)) }
        return keyed.sorted { $0.1 > $1.1 }.map(\.0)
    }

    private struct ClassState {
        let classIndex: Int
        var free: [Int]
        let caps: [Int: Int]
        var perDay: [Int: Int] = [:]

        init(classIndex: Int, slots: [Int], caps: [Int: Int]) {
            self.classIndex = classIndex
            free = slots
            self.caps = caps
        }

        func count(_ subject: Int, weekday: Int) -> Int { perDay[subject * 8 + weekday] ?? 0 }
        mutating func add(_ subject: Int, weekday: Int, _ delta: Int) { perDay[subject * 8 + weekday, default: 0] += delta }
    }

    /// A subject twice on one day (a double lesson) is allowed only when nothing
    /// else fits.
    private mutating func place(_ hour: Hour, _ state: inout ClassState) -> Bool {
        if let slot = bestSlot(for: hour, cap: hour.cap, in: state) ?? bestSlot(for: hour, cap: 2, in: state) {
            put(hour, slot: slot, &state)
            return true
        }
        return makeRoom(for: hour, &state)
    }

    private mutating func bestSlot(for hour: Hour, cap: Int, in state: ClassState) -> Int? {
        var best: (slot: Int, cost: Double)?
        for slot in state.free where grid.isFree(teacher: hour.teacher, slot: slot) {
            let weekday = WeeklyTimetable.weekday(ofSlot: slot)
            let already = state.count(hour.subject, weekday: weekday)
            guard already < cap else { continue }
            let cost = Double(already) * 8 + preferenceCost(hour.subject, lesson: WeeklyTimetable.lesson(ofSlot: slot))
                + random.unit() * 1.5
            if best == nil || cost < best!.cost { best = (slot, cost) }
        }
        return best?.slot
    }

    private func preferenceCost(_ subject: Int, lesson: Int) -> Double {
        switch SubjectCatalog.all[subject].slotPreference {
        case .early: lesson == 1 ? 1 : (lesson <= 4 ? 0 : (lesson == 5 ? 1.5 : 3))
        case .late: lesson <= 3 ? 1.5 : 0
        case .any: 0
        }
    }

    private mutating func put(_ hour: Hour, slot: Int, _ state: inout ClassState) {
        grid.place(WeeklyTimetable.Cell(subject: hour.subject, teacher: hour.teacher), classIndex: state.classIndex, slot: slot)
        state.free.removeAll { $0 == slot }
        state.add(hour.subject, weekday: WeeklyTimetable.weekday(ofSlot: slot), 1)
    }

    /// Moves one placed lesson of the class to a free slot so that `hour` can
    /// take its place.
    private mutating func makeRoom(for hour: Hour, _ state: inout ClassState) -> Bool {
        let occupied = (0..<WeeklyTimetable.slotsPerWeek).filter { slot in
            grid.cell(classIndex: state.classIndex, slot: slot) != nil
        }
        for slot in occupied where grid.isFree(teacher: hour.teacher, slot: slot) {
            let moved = grid.cell(classIndex: state.classIndex, slot: slot)!
            let weekday = WeeklyTimetable.weekday(ofSlot: slot)
            let sameSubject = moved.subject == hour.subject ? 1 : 0
            guard state.count(hour.subject, weekday: weekday) - sameSubject < hour.cap else { continue }
            let movedCap = state.caps[moved.subject] ?? 1
            for target in state.free where grid.isFree(teacher: moved.teacher, slot: target) {
                let targetDay = WeeklyTimetable.weekday(ofSlot: target)
                let after = state.count(moved.subject, weekday: targetDay) - (targetDay == weekday ? 1 : 0)
                guard after < movedCap else { continue }
                grid.clear(classIndex: state.classIndex, slot: slot)
                state.add(moved.subject, weekday: weekday, -1)
                state.free.append(slot)
                put(Hour(subject: moved.subject, teacher: moved.teacher, cap: movedCap), slot: target, &state)
                put(hour, slot: slot, &state)
                return true
            }
        }
        return false
    }
}
