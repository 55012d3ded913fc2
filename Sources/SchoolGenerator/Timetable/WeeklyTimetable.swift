/// The weekly timetable as a grid: for each class and slot (weekday and lesson
/// number) the subject and the teacher, or the two teachers of a subject taught
/// in two groups at once; and the lessons of the mixed and extra groups, which
/// belong to no class. A slot is `(weekday - 1) * 8 + lesson - 1`, so a
/// teacher's week fits in one 48-bit mask.
struct WeeklyTimetable {
    static let slotsPerDay = 8
    static let slotsPerWeek = 6 * slotsPerDay

    struct Cell {
        let subject: Int
        /// The teacher of the whole class, or of group 1.
        let teacher: Int
        /// The teacher of group 2 when the class is taught in two groups, else -1.
        var partner = -1

        var isSplit: Bool { partner >= 0 }
        /// 0 for the whole class, or its groups 1 and 2.
        var groups: [Int] { isSplit ? [1, 2] : [0] }
        var teachers: [Int] { isSplit ? [teacher, partner] : [teacher] }
    }

    /// A lesson of a mixed or extra group.
    struct GroupLesson {
        let group: Int
        let slot: Int
        let teacher: Int

        var weekday: Int { WeeklyTimetable.weekday(ofSlot: slot) }
        var lesson: Int { WeeklyTimetable.lesson(ofSlot: slot) }
    }

    private(set) var cells: [Cell?]
    /// Bit `slot` set when the teacher teaches then.
    private(set) var teacherBusy: [UInt64]
    /// The class each teacher teaches at each slot, `[teacher * slotsPerWeek + slot]`, -1 when none.
    private var classOfTeacher: [Int32]
    private(set) var groupLessons: [GroupLesson] = []
    /// Hours that could not be placed without double-booking a teacher (0 for
    /// every size and seed tried; kept to be reported, not hidden).
    var unplacedHours = 0

    init(classCount: Int, teacherCount: Int) {
        cells = Array(repeating: nil, count: classCount * Self.slotsPerWeek)
        teacherBusy = Array(repeating: 0, count: teacherCount)
        classOfTeacher = Array(repeating: -1, count: teacherCount * Self.slotsPerWeek)
    }

    static func slot(weekday: Int, lesson: Int) -> Int { (weekday - 1) * slotsPerDay + lesson - 1 }
    static func weekday(ofSlot slot: Int) -> Int { slot / slotsPerDay + 1 }
    static func lesson(ofSlot slot: Int) -> Int { slot % slotsPerDay + 1 }

    func cell(classIndex: Int, slot: Int) -> Cell? { cells[classIndex * Self.slotsPerWeek + slot] }

    func isFree(teacher: Int, slot: Int) -> Bool { teacherBusy[teacher] & (1 << UInt64(slot)) == 0 }

    /// Whether every teacher of the cell is free then.
    func isFree(_ cell: Cell, slot: Int) -> Bool {
        isFree(teacher: cell.teacher, slot: slot) && (!cell.isSplit || isFree(teacher: cell.partner, slot: slot))
    }

    mutating func place(_ cell: Cell, classIndex: Int, slot: Int) {
        precondition(isFree(cell, slot: slot), "teacher double-booked")
        cells[classIndex * Self.slotsPerWeek + slot] = cell
        for teacher in cell.teachers {
            teacherBusy[teacher] |= 1 << UInt64(slot)
            classOfTeacher[teacher * Self.slotsPerWeek + slot] = Int32(classIndex)
        }
    }

    mutating func clear(classIndex: Int, slot: Int) {
        guard let cell = cell(classIndex: classIndex, slot: slot) else { return }
        cells[classIndex * Self.slotsPerWeek + slot] = nil
        for teacher in cell.teachers {
            teacherBusy[teacher] &= ~(1 << UInt64(slot))
            classOfTeacher[teacher * Self.slotsPerWeek + slot] = -1
        }
    }

    /// The class the teacher teaches at the slot, if any.
    func classTaught(by teacher: Int, slot: Int) -> Int? {
        let classIndex = classOfTeacher[teacher * Self.slotsPerWeek + slot]
        return classIndex < 0 ? nil : Int(classIndex)
    }

    mutating func placeGroup(_ group: Int, slot: Int, teacher: Int) {
        precondition(isFree(teacher: teacher, slot: slot), "teacher double-booked")
        groupLessons.append(GroupLesson(group: group, slot: slot, teacher: teacher))
        groupLessons.sort { ($0.slot, $0.group) < ($1.slot, $1.group) }
        teacherBusy[teacher] |= 1 << UInt64(slot)
    }

    /// The class's lessons on a weekday, in lesson order.
    func lessons(classIndex: Int, weekday: Int) -> [(lesson: Int, cell: Cell)] {
        (1...Self.slotsPerDay).compactMap { lesson in
            cell(classIndex: classIndex, slot: Self.slot(weekday: weekday, lesson: lesson)).map { (lesson, $0) }
        }
    }

    /// The group lessons of a weekday, in lesson order.
    func groupLessons(weekday: Int) -> ArraySlice<GroupLesson> {
        let first = Self.slot(weekday: weekday, lesson: 1)
        return groupLessons[...].drop { $0.slot < first }.prefix { $0.slot < first + Self.slotsPerDay }
    }

    /// The end of the teacher's last lesson on a weekday, as a lesson number (0 if none).
    func lastLesson(teacher: Int, weekday: Int) -> Int {
        let dayBits = (teacherBusy[teacher] >> UInt64((weekday - 1) * Self.slotsPerDay)) & 0xff
        return dayBits == 0 ? 0 : 64 - dayBits.leadingZeroBitCount
    }
}
