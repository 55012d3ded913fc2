import JournalCore
import TerminalUI

/// What the keys of «Расписание» do.
enum TimetableAction: Equatable {
    case move, edit, previousWeek, nextWeek, byClass, byTeacher, byRoom, bells, confirmDraft, back
}

extension TimetableAction {
    /// `mayConfirm`: the deputy or the admin, who confirm the timetable copied into a new year.
    static func keyMap(_ context: AppContext, mayConfirm: Bool = false) -> KeyMap<TimetableAction> {
        KeyMap([
            KeyBinding([.up, .down, .left, .right, .home, .end], action: .move,
                       help: context.t("выбрать день и урок", "choose a day and a lesson"), caption: "← ↑ → ↓"),
            KeyBinding(.enter, action: .edit, help: context.t("изменить урок с даты (в расписании учителя или кабинета — открыть класс)",
                                                              "change the lesson from a date (by teacher or room: open the class)")),
            KeyBinding([.pageUp], action: .previousWeek, help: context.t("предыдущая неделя", "previous week")),
            KeyBinding([.pageDown], action: .nextWeek, help: context.t("следующая неделя", "next week")),
            KeyBinding([], action: .byClass, help: context.t("расписание класса (поиск по названию)", "a class's timetable (find by typing)"),
                       label: context.t("Класс", "Class"), slot: 2),
            KeyBinding([], action: .byTeacher, help: context.t("расписание учителя (поиск по ФИО или логину)", "a teacher's timetable"),
                       label: context.t("Учитель", "Teacher"), slot: 3),
            KeyBinding([], action: .byRoom, help: context.t("расписание кабинета", "a room's timetable"),
                       label: context.t("Кабинет", "Room"), slot: 4),
            KeyBinding([], action: .bells, help: context.t("звонки: основное расписание и сокращённый день", "bells: the main and the shortened day"),
                       label: context.t("Звонки", "Bells"), slot: 5),
        ] + (mayConfirm ? [
            KeyBinding([], action: .confirmDraft,
                       help: context.t("утвердить расписание, скопированное в новый учебный год (черновик)",
                                       "confirm the timetable copied into the new academic year (a draft)"),
                       label: context.t("Утверд.", "Confirm"), slot: 6),
        ] : []) + [
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
    }
}

extension TimetableScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension BellsScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension DaySubstitutionsScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
