import ArgumentParser
import JournalCore
import JournalStore
import ZhurnalCommandLine

/// `zhurnal group add|member-add|member-remove|list|members`: teaching groups
/// (подгруппы, элективы, кружки) and who is in them, by bundle ids.
struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Учебные группы: подгруппы классов, группы из нескольких классов, внеурочная деятельность.",
        subcommands: [GroupAddCommand.self, GroupMemberAddCommand.self, GroupMemberRemoveCommand.self, GroupListCommand.self,
                      GroupMembersCommand.self])
}

struct GroupAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Создать группу.",
        discussion: """
            Вид: part — часть класса (нужен --class), mixed — ученики нескольких классов (без --class), \
            extra — внеурочная деятельность (--class по желанию). Оценивание: marks — отметки 1–5, \
            pass_fail — «зач/незач», none — без отметок (посещаемость и темы).
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Код новой группы.", valueName: "ID")) var code: String
    @Option(help: ArgumentHelp("Название: «гр. 1», «Робототехника».", valueName: "НАЗВАНИЕ")) var name: String
    @Option(help: ArgumentHelp("Вид: part, mixed или extra.", valueName: "ВИД")) var kind: String
    @Option(name: .customLong("class"), help: ArgumentHelp("Код класса.", valueName: "КЛАСС")) var classCode: String?
    @Option(help: ArgumentHelp("Код предмета.", valueName: "ПРЕДМЕТ")) var subject: String?
    @Option(help: ArgumentHelp("Оценивание: marks, pass_fail или none (по умолчанию marks).", valueName: "СПОСОБ"))
    var grading: String = GroupGrading.marks.rawValue

    func run() throws {
        try reportingErrors(global.language) {
            try global.openDatabase().addGroup(code: code, name: name, kind: try GroupKind(parsing: kind), classCode: classCode,
                                               subjectCode: subject, grading: try GroupGrading(parsing: grading), by: .serverOperator)
            Console.print(global.t("Группа «\(code)» создана.", "Group \"\(code)\" created."))
        }
    }
}

struct GroupMemberAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "member-add", abstract: "Записать учеников в группу.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Код группы.", valueName: "ГРУППА")) var group: String
    @Argument(help: ArgumentHelp("Коды учеников.", valueName: "УЧЕНИК")) var students: [String]
    @Option(help: ArgumentHelp("С какого дня, ГГГГ-ММ-ДД.", valueName: "ДАТА")) var from: String
    @Option(help: ArgumentHelp("По какой день включительно (без него — бессрочно).", valueName: "ДАТА")) var to: String?

    func run() throws {
        try reportingErrors(global.language) {
            let start = try SchoolDate(parsing: from)
            try global.openDatabase().addGroupMembers(group: group, students: students, from: start,
                                                      to: try to.map(SchoolDate.init(parsing:)), by: .serverOperator)
            Console.print(global.t("В группу «\(group)» с \(start.russian) записано учеников: \(students.count).",
                                   "\(students.count) students join \"\(group)\" from \(start.iso)."))
        }
    }
}

struct GroupMemberRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "member-remove", abstract: "Вывести учеников из группы.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Код группы.", valueName: "ГРУППА")) var group: String
    @Argument(help: ArgumentHelp("Коды учеников.", valueName: "УЧЕНИК")) var students: [String]
    @Option(help: ArgumentHelp("С какого дня ученик уже не в группе, ГГГГ-ММ-ДД.", valueName: "ДАТА")) var date: String

    func run() throws {
        try reportingErrors(global.language) {
            let day = try SchoolDate(parsing: date)
            try global.openDatabase().removeGroupMembers(group: group, students: students, from: day, by: .serverOperator)
            Console.print(global.t("Из группы «\(group)» с \(day.russian) выведено учеников: \(students.count).",
                                   "\(students.count) students leave \"\(group)\" from \(day.iso)."))
        }
    }
}

struct GroupListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Все группы и число учеников в них.")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("На какой день считать учеников (по умолчанию сегодня).", valueName: "ДАТА")) var date: String?

    func run() throws {
        try reportingErrors(global.language) {
            let db = try global.openDatabase()
            let day = try date.map(SchoolDate.init(parsing:)) ?? SystemClock().now(in: db.school().timeZone).date
            let rows = try db.groups(on: day).map { g in
                [g.code, g.name, g.kind.rawValue, g.className ?? "—", g.subjectName ?? "—", g.grading.rawValue, String(g.memberCount)]
            }
            Console.print(TextTable(header: global.t(["код", "название", "вид", "класс", "предмет", "оценивание", "учеников"],
                                                     ["code", "name", "kind", "class", "subject", "grading", "students"]),
                                    rows: rows).text)
        }
    }
}

struct GroupMembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "members", abstract: "Состав группы с датами.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Код группы.", valueName: "ГРУППА")) var group: String

    func run() throws {
        try reportingErrors(global.language) {
            let rows = try global.openDatabase().groupMembers(group, by: .serverOperator).map {
                [$0.studentCode, $0.fullName, $0.span.from.russian, $0.span.to?.russian ?? "—"]
            }
            Console.print(TextTable(header: global.t(["код", "ученик", "с", "по"], ["code", "student", "from", "to"]), rows: rows).text)
        }
    }
}
