import ArgumentParser
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal year new --year 2026/2027 [--force]`: the new academic year in the
/// same database (docs/year-end.md).
struct YearNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Начать новый учебный год в той же базе (секретарь или администратор).",
        discussion: """
            Текущий год должен быть закрыт (zhurnal year close), а учащиеся переведены по приказу (zhurnal year promote); \
            без перевода год начинает только администратор с --force. Создаются периоды нового года (по образцу \
            закрываемого, со сдвигом на год; выходные дни — по официальному календарю), расписание и учебный план \
            копируются черновиком для завуча, КТП переносятся для подтверждения учителями. Прошлый год остаётся \
            в базе целиком, только для чтения. Всё — одна транзакция, записывается в журнал аудита.
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Новый учебный год, ГГГГ/ГГГГ (следующий за текущим).", valueName: "ГОД")) var year: String
    @Flag(help: "Начать год без перевода учащихся (решение администратора; пишется в журнал аудита).") var force = false

    func run() throws {
        try reportingErrors(global.language) {
            let outcome = try global.openDatabase().startNewYear(year, force: force, by: .serverOperator)
            Console.print(YearNewText.text(outcome, language: global.language))
        }
    }
}

/// What `year new` prints: the periods with dates, the copies, the next steps.
enum YearNewText {
    static func text(_ o: NewYearOutcome, language: Language) -> String {
        let ru = language == .ru
        var lines = [ru ? "Начат учебный год \(o.academicYear) (по образцу \(o.copiedFrom))."
                        : "The academic year \(o.academicYear) has started (made from \(o.copiedFrom))."]
        if o.forced {
            lines.append(ru ? "Начат без перевода учащихся (решение администратора, записано в журнал аудита)."
                            : "Started without the promotion (the administrator's decision, written in the audit log).")
        }
        lines.append(ru ? "Периоды:" : "Periods:")
        lines += o.periods.map { "  \($0.name) (\($0.code)): \($0.start.russian) – \($0.end.russian)" }
        lines.append(ru ? "Расписание: скопировано строк: \(o.timetableRows) (черновик)." : "Timetable: rows copied: \(o.timetableRows) (draft).")
        lines.append(ru ? "Учебный план: скопировано строк: \(o.curriculumRows) (черновик)." : "Curriculum: rows copied: \(o.curriculumRows) (draft).")
        lines.append(ru ? "КТП перенесено: \(o.plans), тем: \(o.planTopics)." : "Plans carried over: \(o.plans), topics: \(o.planTopics).")
        lines.append(ru ? "В календарь внесено официальных выходных и переносов: \(o.calendarDays)."
                        : "Official days off and moved working days put into the calendar: \(o.calendarDays).")
        lines.append(ru ? "Дальше: завуч утверждает расписание и учебный план (zhurnal year confirm timetable|curriculum), учителя подтверждают КТП."
                        : "Next: the deputy confirms the timetable and the curriculum (zhurnal year confirm timetable|curriculum), the teachers confirm their plans.")
        return lines.joined(separator: "\n")
    }
}

/// `zhurnal year confirm timetable|curriculum`: the deputy's confirmation of a
/// copied part of the new year, from the command line (the operator).
struct YearConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm", abstract: "Утвердить скопированное в новый год расписание или учебный план (пишется в журнал аудита).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Что утвердить: timetable (расписание) или curriculum (учебный план).", valueName: "ЧТО")) var part: String

    func run() throws {
        try reportingErrors(global.language) {
            guard let draft = YearDraftPart(rawValue: part) else {
                throw CommandLineError.invalidChoice(option: "ЧТО", value: part, allowed: YearDraftPart.allCases.map(\.rawValue))
            }
            let state = try global.openDatabase().confirmYearDraft(draft, by: .serverOperator)
            Console.print(global.t("Утверждено: \(draft.title.ru) \(state.academicYear).",
                                   "Confirmed: the \(draft.title.en) of \(state.academicYear)."))
        }
    }
}
