import JournalCore
import JournalStore

/// The staff-PC schedule with names: what the screen, the command line and
/// the printed page show, built once from the store's facts.
public struct StaffPCScheduleReport: Hashable, Sendable {
    /// One turn at a PC.
    public struct Line: Hashable, Sendable {
        public var weekday: Int
        public var start: TimeOfDay
        public var end: TimeOfDay
        public var computer: String
        public var room: String
        public var teacher: String
        public var lastLessonEnd: TimeOfDay
    }

    /// A teacher's day without a turn.
    public struct Missing: Hashable, Sendable {
        public var weekday: Int
        public var teacher: String
        public var lastLessonEnd: TimeOfDay
    }

    public var facts: StaffPCFacts
    public var schedule: StaffPCSchedule
    public var lines: [Line]
    public var missing: [Missing]

    public init(facts: StaffPCFacts) {
        self.facts = facts
        schedule = StaffPCSchedule(lessons: facts.lessons, computers: facts.computers)
        let computers = Dictionary(uniqueKeysWithValues: facts.computers.map { ($0.id, $0) })
        let name = { (id: AccountID) in facts.teachers[id] ?? "№ \(id)" }
        lines = schedule.slots.map { slot in
            Line(weekday: slot.weekday, start: slot.start, end: slot.end, computer: computers[slot.computer]?.name ?? "",
                 room: computers[slot.computer]?.room ?? "", teacher: name(slot.teacher), lastLessonEnd: slot.lastLessonEnd)
        }.sorted { ($0.weekday, $0.start, $0.computer) < ($1.weekday, $1.start, $1.computer) }
        missing = schedule.unplaced.map { Missing(weekday: $0.weekday, teacher: name($0.teacher), lastLessonEnd: $0.lastLessonEnd) }
    }

    /// Teachers with at least one lesson in the week.
    public var teachingTeachers: Int { Set(facts.lessons.map(\.teacher)).count }

    /// Teachers who have a turn on every day they teach.
    public var teachersServed: Int { teachingTeachers - schedule.teachersWithoutSlot.count }

    /// `1 ПК на 3,5 учителя (норма: 1 на 3–4) — норма выполнена`, or what is missing.
    public func supplyText(_ language: Language) -> String {
        let supply = facts.supply
        let ru = language == .ru
        guard let tenths = supply.teachersPerComputerTenths else {
            return ru ? "ПК для журнала не внесены; учителей: \(supply.teachers) (норма: 1 ПК на 3–4 учителя)"
                      : "No journal PCs registered; teachers: \(supply.teachers) (norm: 1 PC per 3–4 teachers)"
        }
        let ratio = "\(tenths / 10)" + (tenths % 10 == 0 ? "" : (ru ? "," : ".") + "\(tenths % 10)")
        let verdict = supply.meetsNorm ? (ru ? "норма выполнена" : "norm met")
            : (ru ? "не хватает ПК: \(supply.shortfall)" : "PCs missing: \(supply.shortfall)")
        return ru ? "ПК: \(supply.computers), учителей: \(supply.teachers) — 1 ПК на \(ratio) учит. (норма: 1 на 3–4), \(verdict)"
                  : "PCs: \(supply.computers), teachers: \(supply.teachers) — 1 PC per \(ratio) (norm: 1 per 3–4), \(verdict)"
    }
}
