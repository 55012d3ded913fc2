import JournalCore
import TerminalUI

/// What the keys of «Отчёты» do.
enum ReportsAction: Equatable {
    case move, column, open, nextTable, previousReport, nextReport
    case chooseReport, chooseFilter, chooseWindow, print, export, journalPages, summarySheet, refresh, back
    case previousYear, nextYear
}

extension ReportsAction {
    static func keyMap(_ context: AppContext) -> KeyMap<ReportsAction> {
        KeyMap([
            KeyBinding([.up, .down, .pageUp, .pageDown], action: .move, help: context.t("выбрать строку", "choose a row"),
                       caption: "↑ ↓ PgUp PgDn"),
            KeyBinding([.left, .right, .home, .end], action: .column,
                       help: context.t("выбрать цифру в строке (таблица сдвигается)", "choose a figure in the row (the table scrolls)"),
                       caption: "← → Home End"),
            KeyBinding(.enter, action: .open, help: context.t("что за цифрой: ученики, урок, учитель; Enter на ученике — его отметки",
                                                              "what is behind the figure: students, lesson, teacher")),
            KeyBinding([.tab], action: .nextTable, help: context.t("следующая таблица отчёта (списки, сводка…)",
                                                                   "the report's next table (lists, summary…)")),
            KeyBinding(Key.sameKey("["), action: .previousReport, help: context.t("предыдущий отчёт", "previous report"), caption: "[ х"),
            KeyBinding(Key.sameKey("]"), action: .nextReport, help: context.t("следующий отчёт", "next report"), caption: "] ъ"),
        ] + AcademicYearSwitch.bindings(previous: .previousYear, next: .nextYear, context) + [
            KeyBinding([], action: .chooseReport, help: context.t("выбрать отчёт из списка", "choose a report from the list"),
                       label: context.t("Отчёт", "Report"), slot: 2),
            KeyBinding([], action: .chooseFilter, help: context.t("чей отчёт: вся школа, класс, группа, учитель, предмет (поиск набором)",
                                                                  "whose: school, class, group, teacher, subject (type to find)"),
                       label: context.t("Чей", "Whose"), slot: 3),
            KeyBinding([], action: .chooseWindow, help: context.t("период: четверть, полугодие, год или свои даты",
                                                                  "period: quarter, half-year, year or dates"),
                       label: context.t("Период", "Period"), slot: 4),
            KeyBinding([], action: .print, help: context.t("печать отчёта (PDF): на принтер школы, если он задан, иначе в вашу папку отчётов",
                                                           "print the report (PDF): to the school's printer if set, else into your reports folder"),
                       label: context.t("Печать", "Print"), slot: 5),
            KeyBinding([], action: .export, help: context.t("в файл: XLSX, CSV или JSON в вашу папку отчётов",
                                                            "to a file: XLSX, CSV or JSON into your reports folder"),
                       label: context.t("Файл", "File"), slot: 6),
            KeyBinding([], action: .journalPages, help: context.t("печать страниц классного журнала: класс или группа и предмет строки, период",
                                                                  "print the class journal pages of the row's class or group and subject"),
                       label: context.t("Журнал", "Journal"), slot: 7),
            KeyBinding([], action: .summarySheet, help: context.t("печать сводной ведомости класса (выбранного или класса строки)",
                                                                  "print the summary sheet of the chosen class (or the row's)"),
                       label: context.t("Ведом.", "Sheet"), slot: 8),
            KeyBinding([], action: .refresh, help: context.t("пересчитать сейчас", "compute again now"),
                       label: context.t("Обновить", "Refresh"), slot: 9),
            KeyBinding([.escape], action: .back, help: context.t("назад", "back"), label: context.t("Назад", "Back"), slot: 10),
        ])
    }
}
