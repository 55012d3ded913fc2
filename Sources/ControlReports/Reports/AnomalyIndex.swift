import JournalCore
import JournalStore

/// The lessons of «Замечания» numbered once: each lesson's place in
/// `facts.lessons`, its unit as a number and its place among its unit's
/// lessons. The rules then look up 10⁵ marks by integers, not by units.
struct AnomalyIndex {
    /// A lesson's index in `facts.lessons`.
    let slot: [LessonID: Int]
    /// By slot: the lesson's unit number.
    let unit: [Int]
    /// By slot: how many of its unit's lessons start before it.
    let position: [Int]
    /// By unit number: its lessons.
    let unitLength: [Int]
    /// By mark (in `facts.marks`' order): its lesson's slot.
    let markSlot: [Int?]

    /// `lessons` ordered by start, as `AnomalyFacts` has them.
    init(_ lessons: [AnomalyFacts.Lesson], marks: [AnomalyFacts.Mark]) {
        var slot: [LessonID: Int] = [:], numbers: [TeachingUnit: Int] = [:]
        var unit: [Int] = [], position: [Int] = [], unitLength: [Int] = []
        slot.reserveCapacity(lessons.count)
        for (index, lesson) in lessons.enumerated() {
            slot[lesson.id] = index
            let number = numbers[lesson.unit] ?? unitLength.count
            if number == unitLength.count {
                numbers[lesson.unit] = number
                unitLength.append(0)
            }
            unit.append(number)
            position.append(unitLength[number])
            unitLength[number] += 1
        }
        (self.slot, self.unit, self.position, self.unitLength) = (slot, unit, position, unitLength)
        markSlot = marks.map { slot[$0.lessonID] }
    }
}
