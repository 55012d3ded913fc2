import JournalCore
import JournalStore

/// The lessons and marks of «Замечания» numbered once, in flat arrays: each
/// lesson's place in `facts.lessons` (its slot), its unit as a number, its
/// place among its unit's lessons, and the students of its marks. The rules
/// then walk 2·10⁵ marks by integers, with no hashing per mark.
struct AnomalyIndex {
    /// Lesson ids numbered in `facts.lessons`' order: a number is the lesson's slot.
    private let slots: DenseNumbers
    /// By slot: the lesson's unit number.
    let unit: [Int]
    /// By slot: how many of its unit's lessons start before it.
    let position: [Int]
    /// By mark (in `facts.marks`' order): its lesson's slot, -1 for a lesson not read.
    let markSlot: [Int]
    /// By unit number, and one more: where the unit's lessons begin in `unitSlots`.
    private let unitStart: [Int]
    /// The slots of each unit's lessons in order of start, unit after unit.
    private let unitSlots: [Int]
    /// By slot, and one more: where the lesson's marks begin in `markStudents`.
    private let markStart: [Int]
    /// The students of each lesson's marks, lesson after lesson.
    private let markStudents: [StudentID]

    /// `lessons` ordered by start, as `AnomalyFacts` has them.
    init(_ lessons: [AnomalyFacts.Lesson], marks: [AnomalyFacts.Mark]) {
        (unit, position, unitStart, unitSlots) = Self.units(lessons)
        // Lesson ids are unique, so each is numbered by its place.
        slots = DenseNumbers(lessons.map(\.id.rawValue))
        markSlot = Self.slots(of: marks, slots)
        (markStart, markStudents) = Self.students(of: marks, markSlot, lessonCount: lessons.count)
    }

    var unitCount: Int { unitStart.count - 1 }

    /// A lesson's index in `facts.lessons`, nil for a lesson not read.
    func slot(of lesson: LessonID) -> Int? { slots.number(lesson.rawValue) }

    /// The slot of the unit's first lesson.
    func firstLesson(ofUnit unit: Int) -> Int { unitSlots[unitStart[unit]] }

    /// The lessons of `slot`'s unit after it.
    func lessonsAfter(_ slot: Int) -> Int { unitStart[unit[slot] + 1] - unitStart[unit[slot]] - position[slot] - 1 }

    /// The slot of the unit's lesson `steps` lessons after `slot` (within `lessonsAfter`).
    func lesson(_ steps: Int, after slot: Int) -> Int { unitSlots[unitStart[unit[slot]] + position[slot] + steps] }

    /// How many marks the lesson has.
    func markCount(_ slot: Int) -> Int { markStart[slot + 1] - markStart[slot] }

    /// Whether the student has a mark in the lesson (a lesson has a few: a scan).
    func hasMark(_ student: StudentID, in slot: Int) -> Bool { markStudents[markStart[slot]..<markStart[slot + 1]].contains(student) }

    private static func units(_ lessons: [AnomalyFacts.Lesson]) -> (unit: [Int], position: [Int], start: [Int], slots: [Int]) {
        var numbers: [TeachingUnit: Int] = [:], unit: [Int] = [], position: [Int] = [], length: [Int] = []
        unit.reserveCapacity(lessons.count)
        position.reserveCapacity(lessons.count)
        for lesson in lessons {
            let number = numbers[lesson.unit] ?? length.count
            if number == length.count {
                numbers[lesson.unit] = number
                length.append(0)
            }
            unit.append(number)
            position.append(length[number])
            length[number] += 1
        }
        let byUnit = Buckets(unit, count: length.count)
        return (unit, position, byUnit.starts, byUnit.order)
    }

    /// Marks come a lesson at a time: the lesson is looked up once per run.
    private static func slots(of marks: [AnomalyFacts.Mark], _ slots: DenseNumbers) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(marks.count)
        var lastLesson: LessonID?, lastSlot = -1
        for mark in marks {
            if mark.lessonID != lastLesson {
                lastLesson = mark.lessonID
                lastSlot = slots.number(mark.lessonID.rawValue) ?? -1
            }
            result.append(lastSlot)
        }
        return result
    }

    private static func students(of marks: [AnomalyFacts.Mark], _ markSlot: [Int], lessonCount: Int) -> (start: [Int], students: [StudentID]) {
        let byLesson = Buckets(markSlot, count: lessonCount)
        return (byLesson.starts, byLesson.order.map { marks[$0].studentID })
    }
}
