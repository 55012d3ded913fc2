import ArgumentParser
import Documents
import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import ZhurnalCommandLine

/// `zhurnal transition …`: the roadmap of the transition to the paperless
/// journal, the register of journal PCs and the staff-PC schedule.
struct TransitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transition",
        abstract: "Переход на ББЖ: дорожная карта, ПК для журнала, график доступа к ПК.",
        subcommands: [TransitionStartCommand.self, TransitionShowCommand.self, TransitionSetCommand.self,
                      TransitionAddCommand.self, TransitionRemoveCommand.self, ComputerCommand.self, StaffPCScheduleCommand.self])
}

struct TransitionStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Начать дорожную карту по шаблону региона.",
        discussion: "Шаблоны: kchr — типовая дорожная карта КЧР, mo — дорожная карта лицея Московской области, " +
            "crimea — план-график школы Республики Крым. Сроки ставятся в текущем учебном году.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("kchr, mo или crimea.", valueName: "ШАБЛОН"))
    var template: String

    @Flag(help: "Заменить уже начатую дорожную карту (прежние пункты удаляются, в аудите остаются).")
    var replace = false

    func run() throws {
        try reportingErrors(global.language) {
            let template = try RoadmapTemplate.builtIn(named: self.template)
            let plan = try global.openDatabase().startTransition(from: template, replacing: replace, by: .serverOperator)
            Console.print(global.language == .ru ? "Дорожная карта начата по шаблону «\(template.name.ru)»: пунктов \(plan.items.count)."
                                                 : "Roadmap started from \"\(template.name.en)\": \(plan.items.count) items.")
        }
    }
}

struct TransitionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Показать дорожную карту: сроки, ответственные, документы, состояние.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("На какой момент, ГГГГ-ММ-ДД[ТЧЧ:ММ] (по умолчанию — сейчас).", valueName: "МОМЕНТ"))
    var asOf: String?

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let ru = global.language == .ru
            guard let plan = try database.transitionPlan(by: .serverOperator) else {
                return Console.print(ru ? "Дорожная карта не начата: zhurnal transition start --template kchr|mo|crimea."
                                        : "No roadmap yet: zhurnal transition start --template kchr|mo|crimea.")
            }
            let timeZone = try database.school().timeZone
            let moment = try asOf.map { try ReportMoment.asOf($0, timeZone: timeZone) } ?? database.clock.now(in: timeZone)
            let progress = try RoadmapProgress(plan: plan, database: database, asOf: moment)
            let rows = progress.lines.map { line in
                [String(line.item.position), line.item.title, line.item.deadline?.russian ?? "—", line.item.responsible,
                 line.documentText, line.statusText(global.language)]
            }
            Console.print(TextTable(header: ru ? ["№", "Мероприятие", "Срок", "Ответственный", "Документ", "Состояние"]
                                               : ["No", "Measure", "Deadline", "Responsible", "Document", "Status"], rows: rows).text)
            Console.print(ru ? "Выполнено \(progress.doneCount) из \(progress.lines.count), просрочено: \(progress.overdueCount)."
                             : "Done \(progress.doneCount) of \(progress.lines.count), overdue: \(progress.overdueCount).")
        }
    }
}

struct TransitionSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Изменить пункт дорожной карты: срок, ответственного, документ, состояние, комментарий.",
        discussion: "Пункт с документом-результатом считается выполненным только с номером и датой документа. " +
            "Пункт, связанный с показателем, закрывается и открывается сам.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Номер пункта (как в transition show).", valueName: "N"))
    var number: Int

    @Option(help: ArgumentHelp("open (в работе) или done (выполнено).", valueName: "СОСТОЯНИЕ"))
    var status: String?

    @Option(help: ArgumentHelp("Мероприятие (формулировка пункта).", valueName: "ТЕКСТ"))
    var title: String?

    @Option(help: ArgumentHelp("Документ-результат: приказ, протокол, справка… (пустой — не нужен).", valueName: "ТЕКСТ"))
    var result: String?

    @Option(name: .customLong("document-number"), help: ArgumentHelp("Номер документа-результата.", valueName: "НОМЕР"))
    var documentNumber: String?

    @Option(name: .customLong("document-date"), help: ArgumentHelp("Дата документа, ГГГГ-ММ-ДД.", valueName: "ДАТА"))
    var documentDate: String?

    @Option(help: ArgumentHelp("Срок, ГГГГ-ММ-ДД.", valueName: "ДАТА"))
    var deadline: String?

    @Option(help: ArgumentHelp("Ответственный.", valueName: "ТЕКСТ"))
    var responsible: String?

    @Option(help: ArgumentHelp("Комментарий (пустой — убрать).", valueName: "ТЕКСТ"))
    var comment: String?

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let item = try RoadmapItemNumber.find(number, in: database)
            let edit = RoadmapItemEdit(title: title, result: result, deadline: try deadline.map { .some(try ReportMoment.date($0)) },
                                       responsible: responsible, documentNumber: documentNumber,
                                       documentDate: try documentDate.map { .some(try ReportMoment.date($0)) },
                                       status: try status.map(RoadmapStatus.init(parsing:)), comment: comment)
            let edited = try database.editRoadmapItem(item.id, edit, by: .serverOperator)
            Console.print(global.language == .ru ? "Пункт \(number) сохранён: \(edited.status.title.ru)."
                                                 : "Item \(number) saved: \(edited.status.title.en).")
        }
    }
}

struct TransitionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Добавить в дорожную карту своё мероприятие.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Мероприятие.", valueName: "ТЕКСТ"))
    var title: String

    @Option(help: ArgumentHelp("Этап (по умолчанию — этап пункта, после которого вставляется, или «Свои мероприятия»).", valueName: "ТЕКСТ"))
    var stage: String?

    @Option(help: ArgumentHelp("Срок, ГГГГ-ММ-ДД.", valueName: "ДАТА"))
    var deadline: String?

    @Option(help: ArgumentHelp("Ответственный.", valueName: "ТЕКСТ"))
    var responsible: String = ""

    @Option(help: ArgumentHelp("Документ-результат.", valueName: "ТЕКСТ"))
    var result: String = ""

    @Option(help: ArgumentHelp("После какого пункта (по умолчанию — в конец).", valueName: "N"))
    var after: Int?

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let previous = try after.map { try RoadmapItemNumber.find($0, in: database) }
            let item = try database.addRoadmapItem(title: title, stage: stage ?? previous?.stage ?? RoadmapItemNumber.ownStage,
                                                   deadline: try deadline.map(ReportMoment.date), responsible: responsible,
                                                   result: result, after: after, by: .serverOperator)
            Console.print(global.language == .ru ? "Пункт \(item.position) добавлен." : "Item \(item.position) added.")
        }
    }
}

struct TransitionRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Убрать пункт из дорожной карты.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Номер пункта.", valueName: "N"))
    var number: Int

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            try database.removeRoadmapItem(try RoadmapItemNumber.find(number, in: database).id, by: .serverOperator)
            Console.print(global.language == .ru ? "Пункт \(number) убран; следующие пункты сдвинулись на номер вверх."
                                                 : "Item \(number) removed; the following items moved up one number.")
        }
    }
}

/// A roadmap item by the number `transition show` prints.
enum RoadmapItemNumber {
    static let ownStage = "Свои мероприятия"

    static func find(_ number: Int, in database: AppDatabase) throws -> RoadmapItem {
        let items = try database.transitionPlan(by: .serverOperator)?.items ?? []
        guard let item = items.first(where: { $0.position == number }) else {
            throw JournalError.notFound(Phrase(ru: "пункт дорожной карты № \(number)", en: "roadmap item \(number)"))
        }
        return item
    }
}

struct ComputerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pc", abstract: "ПК для журнала: внести, убрать, показать с нормой «1 ПК на 3–4 учителя».",
        subcommands: [ComputerAddCommand.self, ComputerRemoveCommand.self, ComputerListCommand.self])
}

struct ComputerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Внести ПК в перечень.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Название ПК, например ПК-1.", valueName: "НАЗВАНИЕ"))
    var name: String

    @Option(help: ArgumentHelp("Где стоит: учительская или номер кабинета, как в расписании.", valueName: "МЕСТО"))
    var room: String

    @Option(help: ArgumentHelp("staff (учительская, для всех) или classroom (кабинет, свободен вне уроков в нём).", valueName: "ВИД"))
    var place: String = "staff"

    func run() throws {
        try reportingErrors(global.language) {
            let computer = try global.openDatabase().addStaffComputer(name: name, room: room, place: try ComputerPlace(parsing: place),
                                                                      by: .serverOperator)
            Console.print(global.language == .ru ? "ПК «\(computer.name)» внесён (\(computer.room), \(computer.place.title.ru))."
                                                 : "PC \"\(computer.name)\" added (\(computer.room), \(computer.place.title.en)).")
        }
    }
}

struct ComputerRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Убрать ПК из перечня.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Название ПК.", valueName: "НАЗВАНИЕ"))
    var name: String

    func run() throws {
        try reportingErrors(global.language) {
            try global.openDatabase().removeStaffComputer(name: name, by: .serverOperator)
            Console.print(global.language == .ru ? "ПК «\(name)» убран из перечня." : "PC \"\(name)\" removed.")
        }
    }
}

struct ComputerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Показать ПК и соотношение учителей и ПК.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let facts = try database.staffPCFacts(on: database.clock.now(in: try database.school().timeZone).date, by: .serverOperator)
            let ru = global.language == .ru
            let rows = facts.computers.map { [$0.name, $0.room, $0.place.title.text(in: global.language)] }
            if !rows.isEmpty { Console.print(TextTable(header: ru ? ["ПК", "Где", "Вид"] : ["PC", "Where", "Kind"], rows: rows).text) }
            Console.print(StaffPCScheduleReport(facts: facts).supplyText(global.language))
        }
    }
}

struct StaffPCScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: "График доступа учителей к ПК по расписанию недели.",
        discussion: "Каждому учителю в каждый его учебный день — 15 минут за ПК в течение часа после его последнего урока. " +
            "--pdf ФАЙЛ записывает график для печати, --print ПРИНТЕР печатает его (CUPS lp).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Неделя расписания: любой её день, ГГГГ-ММ-ДД (по умолчанию — сегодня).", valueName: "ДАТА"))
    var date: String?

    @Option(help: ArgumentHelp("Записать график в PDF.", valueName: "ФАЙЛ"))
    var pdf: String?

    @Option(name: .customLong("print"), help: ArgumentHelp("Напечатать график на принтере.", valueName: "ПРИНТЕР"))
    var printer: String?

    func run() throws {
        try reportingErrors(global.language) {
            let database = try global.openDatabase()
            let school = try database.school()
            let now = database.clock.now(in: school.timeZone)
            let day = try date.map(ReportMoment.date) ?? now.date
            let report = StaffPCScheduleReport(facts: try database.staffPCFacts(on: day, by: .serverOperator))
            Console.print(StaffPCScheduleText(report: report, language: global.language).lines.joined(separator: "\n"))
            guard pdf != nil || printer != nil else { return }
            let document = StaffPCScheduleDocument(report: report, school: school.name, printedAt: now).document
            let path = pdf ?? FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-pc-schedule-\(UUID().uuidString).pdf").path
            try DocumentWords.run(global.language) {
                try DocumentFile.write(document, as: .pdf, to: path)
                if pdf != nil { Console.print(global.language == .ru ? "График записан: \(path)" : "Schedule written: \(path)") }
                if let printer {
                    let job = try Printer.print(path, printer: printer, title: document.title)
                    Console.print((global.language == .ru ? "Отправлено на печать: " : "Sent to the printer: ") + job)
                }
            }
        }
    }
}

/// The Documents module's errors in the journal's words.
enum DocumentWords {
    static func run(_ language: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DocumentError {
            throw JournalError.other(Phrase(ru: error.russian, en: error.english))
        }
    }
}

/// The schedule as lines of text: the supply, then the turns by day.
struct StaffPCScheduleText {
    let report: StaffPCScheduleReport
    let language: Language

    var lines: [String] {
        let ru = language == .ru
        var lines = [report.supplyText(language),
                     ru ? "Учителей с уроками: \(report.teachingTeachers), с окном за ПК в каждый учебный день: \(report.teachersServed)."
                        : "Teachers with lessons: \(report.teachingTeachers), with a PC turn on each teaching day: \(report.teachersServed)."]
        let rows = report.lines.map { line in
            [WeekdayNames.short(line.weekday, language), "\(line.start.text)–\(line.end.text)", line.computer, line.room, line.teacher,
             line.lastLessonEnd.text]
        }
        if !rows.isEmpty {
            lines.append(TextTable(header: ru ? ["День", "Время", "ПК", "Где", "Учитель", "Посл. урок до"]
                                              : ["Day", "Time", "PC", "Where", "Teacher", "Last lesson ends"], rows: rows).text)
        }
        for missing in report.missing {
            lines.append((ru ? "Нет окна: " : "No turn: ") + "\(WeekdayNames.short(missing.weekday, language)) \(missing.teacher) "
                         + (ru ? "(уроки до \(missing.lastLessonEnd.text)) — нужен ещё ПК" : "(lessons until \(missing.lastLessonEnd.text)) — another PC is needed"))
        }
        return lines
    }
}
