/// One lesson of a teacher's week, as the planner sees it.
public struct TeacherLessonTime: Hashable, Sendable {
    public var teacher: AccountID
    /// 1 = Monday ... 6 = Saturday
    public var weekday: Int
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var room: String?

    public init(teacher: AccountID, weekday: Int, start: TimeOfDay, end: TimeOfDay, room: String?) {
        self.teacher = teacher
        self.weekday = weekday
        self.start = start
        self.end = end
        self.room = room
    }
}

/// A teacher's turn at a PC on one weekday.
public struct StaffPCSlot: Hashable, Sendable {
    public var teacher: AccountID
    public var weekday: Int
    public var computer: StaffComputerID
    public var start: TimeOfDay
    public var end: TimeOfDay
    /// When the teacher's last lesson of the day ends: the slot lies within an hour of it.
    public var lastLessonEnd: TimeOfDay
}

/// A teacher's day the PCs could not fit.
public struct UnplacedTeacherDay: Hashable, Sendable {
    public var teacher: AccountID
    public var weekday: Int
    public var lastLessonEnd: TimeOfDay
}

/// The staff-PC schedule («график доступа к ПК»): for every teacher and every
/// weekday they teach, a turn of `slotMinutes` at one of the school's PCs that
/// starts when their last lesson of the day ends or later and ends within
/// `windowMinutes` of it, so that the day's entries are in before the
/// Crimean deadline (an hour after the class's last lesson).
///
/// The algorithm, and why: teacher-days are taken in the order their last
/// lessons end (weekday, then time, then teacher); each gets the earliest
/// start, on a 5-minute grid, at which some PC is free for the whole slot,
/// staff-room PCs before classroom ones at the same time. A classroom PC is
/// busy while a lesson is held in its room. Every teacher-day's window is
/// equally long, so the order of the windows' starts is also the order of
/// their ends; taking them in that order onto the PC free soonest never
/// wastes a turn another teacher could have had (the greedy rule for
/// intervals with agreeable windows). A day that does not fit is listed, not
/// dropped: the school needs another PC or a longer window.
public struct StaffPCSchedule: Hashable, Sendable {
    public var slots: [StaffPCSlot]
    public var unplaced: [UnplacedTeacherDay]
    public var slotMinutes: Int
    public var windowMinutes: Int

    public static let defaultSlotMinutes = 15
    public static let defaultWindowMinutes = 60
    static let gridMinutes = 5

    public init(lessons: [TeacherLessonTime], computers: [StaffComputer],
                slotMinutes: Int = defaultSlotMinutes, windowMinutes: Int = defaultWindowMinutes) {
        self.slotMinutes = slotMinutes
        self.windowMinutes = windowMinutes
        var busy = Dictionary(uniqueKeysWithValues: computers.map { ($0.id, [Int: [Range<Int>]]()) })
        for computer in computers where computer.place == .classroom {
            for lesson in lessons where Self.sameRoom(lesson.room, computer.room) {
                busy[computer.id, default: [:]][lesson.weekday, default: []].append(lesson.start.minutes..<lesson.end.minutes)
            }
        }
        let ordered = computers.sorted { ($0.place == .staffRoom ? 0 : 1, $0.id) < ($1.place == .staffRoom ? 0 : 1, $1.id) }
        var slots: [StaffPCSlot] = []
        var unplaced: [UnplacedTeacherDay] = []
        for day in Self.teacherDays(lessons) {
            let first = day.lastLessonEnd.minutes
            let latestStart = first + windowMinutes - slotMinutes
            let choice = ordered.compactMap { computer -> (start: Int, computer: StaffComputer)? in
                Self.earliestFree(from: first, through: latestStart, length: slotMinutes,
                                  busy: busy[computer.id]?[day.weekday] ?? []).map { ($0, computer) }
            }.min { $0.start < $1.start }
            guard let choice else {
                unplaced.append(day)
                continue
            }
            busy[choice.computer.id, default: [:]][day.weekday, default: []].append(choice.start..<(choice.start + slotMinutes))
            slots.append(StaffPCSlot(teacher: day.teacher, weekday: day.weekday, computer: choice.computer.id,
                                     start: TimeOfDay(minutes: choice.start), end: TimeOfDay(minutes: choice.start + slotMinutes),
                                     lastLessonEnd: day.lastLessonEnd))
        }
        self.slots = slots
        self.unplaced = unplaced
    }

    /// Each teacher's last lesson end per weekday, in the order they are served.
    static func teacherDays(_ lessons: [TeacherLessonTime]) -> [UnplacedTeacherDay] {
        var last: [AccountID: [Int: TimeOfDay]] = [:]
        for lesson in lessons {
            last[lesson.teacher, default: [:]][lesson.weekday] = max(last[lesson.teacher]?[lesson.weekday] ?? lesson.end, lesson.end)
        }
        return last.flatMap { teacher, days in
            days.map { UnplacedTeacherDay(teacher: teacher, weekday: $0.key, lastLessonEnd: $0.value) }
        }.sorted { ($0.weekday, $0.lastLessonEnd, $0.teacher) < ($1.weekday, $1.lastLessonEnd, $1.teacher) }
    }

    static func earliestFree(from first: Int, through latest: Int, length: Int, busy: [Range<Int>]) -> Int? {
        var start = first
        while start <= latest {
            let wanted = start..<(start + length)
            guard let clash = busy.filter({ $0.overlaps(wanted) }).map(\.upperBound).max() else { return start }
            // the next grid point at or after the end of what is in the way
            start = first + ((clash - first + gridMinutes - 1) / gridMinutes) * gridMinutes
        }
        return nil
    }

    static func sameRoom(_ lessonRoom: String?, _ computerRoom: String) -> Bool {
        guard let lessonRoom else { return false }
        return lessonRoom.trimmingSpaces.lowercased() == computerRoom.trimmingSpaces.lowercased()
    }

    /// The teachers who teach and have no turn on at least one of their days.
    public var teachersWithoutSlot: Set<AccountID> { Set(unplaced.map(\.teacher)) }
}
