/// The weekly timetable as a grid: for each class and slot (weekday and lesson
/// number) the subject and the teacher. A slot is `(weekday - 1) * 8 + lesson - 1`,
/// so a teacher's week fits in one 48-bit mask.
struct WeeklyTimetable {
    static let slotsPerDay = 8
    static let slotsPerWeek = 6 * slotsPerDay

    struct Cell {
        let subject: Int
        let teacher: Int
    }

    private(set) var cells: [Cell?]
    /// Bit `slot` set when the teacher teaches then.
    private(set) var teacherBusy: [UInt64]
    /// Hours that could not be placed without double-booking a teacher (0 for
    /// every size and seed tried; kept to be reported, not hidden).
    var unplacedHours = 0

    init(classCount: Int, teacherCount: Int) {
        cells = Array(repeating: nil, count: classCount * Self.slotsPerWeek)
        teacherBusy = Array(repeating: 0, count: teacherCount)
    }

    static func slot(weekday: Int, lesson: Int) -> Int { (weekday - 1) * slotsPerDay + lesson - 1 }
    static func weekday(ofSlot slot: Int) -> Int { slot / slotsPerDay + 1 }
    static func lesson(ofSlot slot: Int) -> Int { slot % slotsPerDay + 1 }

    func cell(classIndex: Int, slot: Int) -> Cell? { cells[classIndex * Self.slotsPerWeek + slot] }

    func isFree(teacher: Int, slot: Int) -> Bool { teacherBusy[teacher] & (1 << UInt64(slot)) == 0 }

    mutating func place(_ cell: Cell, classIndex: Int, slot: Int) {
        precondition(isFree(teacher: cell.teacher, slot: slot), "teacher double-booked")
        cells[classIndex * Self.slotsPerWeek + slot] = cell
        teacherBusy[cell.teacher] |= 1 << UInt64(slot)
    }

    mutating func clear(classIndex: Int, slot: Int) {
        guard let cell = cell(classIndex: classIndex, slot: slot) else { return }
        cells[classIndex * Self.slotsPerWeek + slot] = nil
        teacherBusy[cell.teacher] &= ~(1 << UInt64(slot))
    }

    /// The class's lessons on a weekday, in lesson order.
    func lessons(classIndex: Int, weekday: Int) -> [(lesson: Int, cell: Cell)] {
        (1...Self.slotsPerDay).compactMap { lesson in
            cell(classIndex: classIndex, slot: Self.slot(weekday: weekday, lesson: lesson)).map { (lesson, $0) }
        }
    }

    /// The end of the teacher's last lesson on a weekday, as a lesson number (0 if none).
    func lastLesson(teacher: Int, weekday: Int) -> Int {
        let dayBits = (teacherBusy[teacher] >> UInt64((weekday - 1) * Self.slotsPerDay)) & 0xff
        return dayBits == 0 ? 0 : 64 - dayBits.leadingZeroBitCount
    }
}
