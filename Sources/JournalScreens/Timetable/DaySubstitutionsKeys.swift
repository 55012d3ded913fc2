import JournalCore
import TerminalUI

/// What the keys of «Замены на день» do.
enum DaySubstitutionsAction: Equatable {
    case move, substitute, absent, cancel, moveLesson, extra, date, previousDay, nextDay, back
}

extension DaySubstitutionsAction {
    static func keyMap(_ context: AppContext) -> KeyMap<DaySubstitutionsAction> {
        KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move, help: context.t("выбрать урок", "choose a lesson"),
                       caption: "↑ ↓"),
            KeyBinding(.enter, action: .substitute, help: context.t("дать урок заменяющему: сначала свободные учителя того же предмета",
                                                                    "give the lesson to a substitute: free teachers of the subject first"),
                       label: context.t("Заменить", "Cover"), slot: 2),
            KeyBinding([], action: .absent, help: context.t("отметить учителя отсутствующим в этот день (или снять отметку)",
                                                           "mark a teacher absent that day (or present again)"),
                       label: context.t("Отсутств.", "Absent"), slot: 3),
            KeyBinding([], action: .cancel, help: context.t("отменить урок с причиной; отменённый — вернуть", "cancel with a reason; restore a cancelled one"),
                       label: context.t("Отменить", "Cancel"), slot: 4),
            KeyBinding([], action: .moveLesson, help: context.t("перенести урок на другой номер в этот день", "move the lesson to another number"),
                       label: context.t("Перенос", "Move"), slot: 5),
            KeyBinding([], action: .extra, help: context.t("добавить урок не по расписанию", "add an extra lesson"),
                       label: context.t("Доп.урок", "Extra"), slot: 6),
            KeyBinding([], action: .date, help: context.t("другая дата", "another date"), label: context.t("Дата", "Date"), slot: 7),
            KeyBinding([.character("<")], action: .previousDay, help: context.t("предыдущий день", "previous day")),
            KeyBinding([.character(">")], action: .nextDay, help: context.t("следующий день", "next day")),
            KeyBinding([.escape], action: .back, help: context.t("очистить поиск; без поиска — назад", "clear the search; then back"),
                       label: context.t("Назад", "Back"), slot: 10),
        ])
    }
}
