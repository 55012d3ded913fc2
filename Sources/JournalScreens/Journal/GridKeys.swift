import JournalCore
import TerminalUI

/// What a key does in the class grid.
enum GridAction: Equatable {
    case move
    case mark
    case attendance(AttendanceCode)
    case delete
    case cellEditor
    case lessonEditor
    case edit(LessonText)
    case finalMarks
    case find
    case previousPeriod, nextPeriod
    case previousYear, nextYear
    case back

    /// Keys that write into the journal (a closed past year refuses them).
    var changesTheJournal: Bool {
        switch self {
        case .mark, .attendance, .delete, .edit: true
        default: false
        }
    }
}

/// The grid's keys as ui.md lists them. Letters for marks and codes, so no
/// letter moves the cursor; every letter answers on both layouts.
enum GridKeys {
    static func keyMap(_ context: AppContext) -> KeyMap<GridAction> {
        let t = context.t
        var bindings: [KeyBinding<GridAction>] = [
            KeyBinding([.up, .down, .left, .right, .pageUp, .pageDown], action: .move,
                       help: t("перейти к другой клетке", "move to another cell"), caption: "↑ ↓ ← →, PgUp, PgDn"),
            KeyBinding([.home, .end], action: .move, help: t("первый / последний урок периода", "first / last lesson of the period"),
                       caption: "Home, End"),
            KeyBinding(CommonKeys.marks, action: .mark,
                       help: t("поставить отметку (вид работы — «работа на уроке») и перейти к следующему ученику",
                               "put that mark (work type «lesson») and move to the next student"), caption: "1–5"),
        ]
        bindings += CommonKeys.attendanceBindings({ .attendance($0) }) { code in
            t("«\(code.rawValue)» — \(code.title.ru), и к следующему ученику",
              "«\(code.rawValue)» — \(code.title.en), then the next student")
        }
        bindings += [
            KeyBinding([.delete, .backspace], action: .delete,
                       help: t("убрать последнюю отметку или код посещаемости клетки (старую отметку — после вопроса)",
                               "remove the cell's last mark or attendance code (asks for an older mark)"),
                       label: t("Удал", "Delete"), slot: 8),
            KeyBinding(.enter, action: .cellEditor, help: t("все отметки клетки: вид работы, комментарий, исправление",
                                                            "all marks of the cell: work type, comment, corrections")),
            KeyBinding([], action: .lessonEditor, help: t("урок: тема, ДЗ, «урок проведён», комментарий, посещаемость",
                                                          "the lesson: topic, homework, held, comment, attendance"),
                       label: t("Урок", "Lesson"), slot: 2),
            KeyBinding([], action: .edit(.topic), help: t("изменить тему урока здесь же", "edit the lesson's topic in place"),
                       label: t("Тема", "Topic"), slot: 3),
            KeyBinding([], action: .edit(.homework), help: t("изменить домашнее задание здесь же", "edit the homework in place"),
                       label: t("ДЗ", "Homework"), slot: 4),
            KeyBinding([], action: .finalMarks, help: t("итоговые отметки за период, рядом средний балл",
                                                        "final marks for the period beside the averages"),
                       label: t("Итог", "Final"), slot: 5),
            KeyBinding([.character("/"), .character(".")], action: .find,
                       help: t("найти ученика по первым буквам фамилии", "find a student by the first letters of the surname"),
                       label: t("Поиск", "Find"), slot: 7),
            KeyBinding(Key.sameKey("[", ignoringCase: false), action: .previousPeriod,
                       help: t("предыдущий период", "previous period"), caption: "["),
            KeyBinding(Key.sameKey("]", ignoringCase: false), action: .nextPeriod,
                       help: t("следующий период", "next period"), caption: "]"),
        ]
        bindings += AcademicYearSwitch.bindings(previous: .previousYear, next: .nextYear, context)
        bindings += [
            KeyBinding([.escape], action: .back, help: t("назад", "back"), label: t("Назад", "Back"), slot: 10),
        ]
        return KeyMap(bindings)
    }
}
