/// Builds the weekly timetable class by class: every hour of the curriculum goes
/// into one of the class's slots (lessons 1..n of each day, so a class never has
/// a gap), where its teacher is free (both teachers, for a subject taught in two
/// groups at once), the subject is not yet on that day (twice at
/// most when it has more hours than days), preferring mornings for hard subjects
/// and afternoons for PE and the arts. When an hour finds no slot, a lesson of
/// the class is moved to make room, or the teacher is freed by swapping two
/// lessons of the class they teach then; when that fails the class is tried
/// again in another order. A teacher is never in two places at once: an hour that still
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
        let cell: WeeklyTimetable.Cell
        let cap: Int

        var subject: Int { cell.subject }
    }

    /// Whether every hour of the class found a slot.
    private mutating func placeClass(_ classIndex: Int) -> Bool {
        let plan = classes[classIndex]
        let slots = (1...6).flatMap { weekday in
            (0..<plan.lessonsPerDay[weekday - 1]).map { WeeklyTimetable.slot(weekday: weekday, lesson: $0 + 1) }
        }
        let hours = plan.hours.flatMap { h in
            let cell = WeeklyTimetable.Cell(subject: h.subject, teacher: staff.teacher(ofClass: classIndex, subject: h.subject),
                                            partner: h.split ? staff.teacher(ofClass: classIndex, subject: h.subject, group: 2) : -1)
            let hour = Hour(cell: cell, cap: h.perWeek > plan.days ? 2 : 1)
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

    /// Hours of two teachers first, then the busiest teachers: their free
    /// slots are the scarce ones.
    private mutating func orderHours(_ hours: [Hour]) -> [Hour] {
        let keyed = hours.map { hour in
            let load = staff.teachers[hour.cell.teacher].load + (hour.cell.isSplit ? 100 + staff.teachers[hour.cell.partner].load : 0)
            return (hour, load * 1_000 + random.below(1_000))
        }
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
        return makeRoom(for: hour, &state) || freeTeacher(for: hour, &state)
    }

    private mutating func bestSlot(for hour: Hour, cap: Int, in state: ClassState) -> Int? {
        var best: (slot: Int, cost: Double)?
        for slot in state.free where grid.isFree(hour.cell, slot: slot) {
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
        grid.place(hour.cell, classIndex: state.classIndex, slot: slot)
        state.free.removeAll { $0 == slot }
        state.add(hour.subject, weekday: WeeklyTimetable.weekday(ofSlot: slot), 1)
    }

    /// Moves one placed lesson of the class to a free slot so that `hour` can
    /// take its place.
    private mutating func makeRoom(for hour: Hour, _ state: inout ClassState) -> Bool {
        let occupied = (0..<WeeklyTimetable.slotsPerWeek).filter { slot in
            grid.cell(classIndex: state.classIndex, slot: slot) != nil
        }
        for slot in occupied where grid.isFree(hour.cell, slot: slot) {
            let moved = grid.cell(classIndex: state.classIndex, slot: slot)!
            let weekday = WeeklyTimetable.weekday(ofSlot: slot)
            let sameSubject = moved.subject == hour.subject ? 1 : 0
            guard state.count(hour.subject, weekday: weekday) - sameSubject < hour.cap else { continue }
            let movedCap = state.caps[moved.subject] ?? 1
            for target in state.free where grid.isFree(moved, slot: target) {
                let targetDay = WeeklyTimetable.weekday(ofSlot: target)
                let after = state.count(moved.subject, weekday: targetDay) - (targetDay == weekday ? 1 : 0)
                guard after < movedCap else { continue }
                grid.clear(classIndex: state.classIndex, slot: slot)
                state.add(moved.subject, weekday: weekday, -1)
                state.free.append(slot)
                put(Hour(cell: moved, cap: movedCap), slot: target, &state)
                put(hour, slot: slot, &state)
                return true
            }
        }
        return false
    }

    /// Frees the busy teachers of `hour` at a free slot of the class (busy in
    /// one other class: one teacher, or a pair teaching its two groups) by
    /// swapping the lesson they teach then, in that class, with a lesson of
    /// that class at another time (a double lesson allowed, as a last resort).
    private mutating func freeTeacher(for hour: Hour, _ state: inout ClassState) -> Bool {
        for slot in state.free where state.count(hour.subject, weekday: WeeklyTimetable.weekday(ofSlot: slot)) < 2 {
            let busy = hour.cell.teachers.filter { !grid.isFree(teacher: $0, slot: slot) }
            let others = Set(busy.compactMap { grid.classTaught(by: $0, slot: slot) })
            guard others.count == 1, busy.count == busy.compactMap({ grid.classTaught(by: $0, slot: slot) }).count,
                  let other = others.first else { continue }
            for target in 0..<WeeklyTimetable.slotsPerWeek where target != slot {
                guard let coming = grid.cell(classIndex: other, slot: target),
                      !coming.teachers.contains(where: hour.cell.teachers.contains),
                      exchange(classIndex: other, slot, target) else { continue }
                if grid.isFree(hour.cell, slot: slot) {
                    put(hour, slot: slot, &state)
                    return true
                }
                _ = exchange(classIndex: other, slot, target)
            }
        }
        return false
    }

    /// Swaps a class's lessons at two slots when their teachers are free for
    /// it and no subject comes to a day more often than it may be there.
    private mutating func exchange(classIndex: Int, _ a: Int, _ b: Int) -> Bool {
        let cellA = grid.cell(classIndex: classIndex, slot: a)!, cellB = grid.cell(classIndex: classIndex, slot: b)!
        grid.clear(classIndex: classIndex, slot: a)
        grid.clear(classIndex: classIndex, slot: b)
        let dayA = WeeklyTimetable.weekday(ofSlot: a), dayB = WeeklyTimetable.weekday(ofSlot: b)
        let fits = grid.isFree(cellA, slot: b) && grid.isFree(cellB, slot: a)
            && (dayA == dayB || (fitsDay(cellA.subject, classIndex: classIndex, weekday: dayB)
                                 && fitsDay(cellB.subject, classIndex: classIndex, weekday: dayA)))
        grid.place(fits ? cellB : cellA, classIndex: classIndex, slot: a)
        grid.place(fits ? cellA : cellB, classIndex: classIndex, slot: b)
        return fits
    }

    /// Whether one more lesson of the subject fits the class's day (once a
    /// day, twice for a subject with more hours than the class has days).
    private func fitsDay(_ subject: Int, classIndex: Int, weekday: Int) -> Bool {
        let plan = classes[classIndex]
        let cap = (plan.hours.first { $0.subject == subject }?.perWeek ?? 0) > plan.days ? 2 : 1
        return grid.lessons(classIndex: classIndex, weekday: weekday).filter { $0.cell.subject == subject }.count < cap
    }
}
