import JournalCore
import TerminalUI

/// How each list reads as a table.
enum PeopleTable {
    static func header(_ tab: PeopleTab, _ language: Language) -> [TableCell] {
        let ru = language == .ru
        switch tab {
        case .classes: return ru ? ["Класс", "Парал.", "Учеников", "Классный руководитель", "Код"] : ["Class", "Grade", "Students", "Homeroom", "Code"]
        case .students: return ru ? ["ФИО", "Класс", "С", "Логин", "Код"] : ["Name", "Class", "From", "Login", "Code"]
        case .staff: return ru ? ["Логин", "ФИО", "Роли", "Состояние"] : ["Login", "Name", "Roles", "State"]
        case .parents: return ru ? ["Логин", "ФИО", "Дети"] : ["Login", "Name", "Children"]
        }
    }

    /// The name takes what the other columns leave.
    static func widths(_ tab: PeopleTab, width: Int) -> [Int] {
        let fixed: [Int]
        switch tab {
        case .classes: fixed = [8, 6, 8, 0, 10]
        case .students: fixed = [0, 8, 10, 15, 7]
        case .staff: fixed = [16, 0, 22, 12]
        case .parents: fixed = [16, 26, 0]
        }
        let gaps = fixed.count - 1
        let rest = max(12, width - fixed.reduce(0, +) - gaps)
        return fixed.map { $0 == 0 ? rest : $0 }
    }

    static func rows(_ state: PeopleState) -> [[TableCell]] {
        switch state.tab {
        case .classes:
            return state.classes.map { item in
                [TableCell(item.name), TableCell(String(item.grade)), TableCell(String(item.studentCount)),
                 item.homeroomName.map { TableCell(PersonName.short($0)) } ?? TableCell("не назначен", style: .dim), TableCell(item.code, style: .dim)]
            }
        case .students:
            return state.students.map { item in
                // a transfer from a later day shows before it happens: «7А→7Б», «с 04.12»
                let since = item.next.map { TableCell("с \($0.from.russianShort)", style: .warning) }
                    ?? item.leftAfter.map { TableCell("выб. \($0.russianShort)", style: .warning) }
                    ?? TableCell(item.since?.russian ?? "—")
                let className = (item.className ?? "—") + (item.next.map { "→" + $0.className } ?? "")
                return [TableCell(item.fullName), TableCell(className), since,
                        TableCell(item.login ?? "нет", style: item.login == nil ? .dim : nil), TableCell(item.code, style: .dim)]
            }
        case .staff:
            return state.staff.map { item in
                [TableCell(item.login), TableCell(item.fullName), TableCell(item.roles.map(\.title.ru).joined(separator: ", ")),
                 item.disabled ? TableCell("отключена", style: .dim) : item.activated ? TableCell("работает") : TableCell("ждёт пароля", style: .warning)]
            }
        case .parents:
            return state.parents.map { item in
                [TableCell(item.login), TableCell(item.fullName),
                 TableCell(item.children.map { PersonName.short($0.fullName) }.joined(separator: ", "))]
            }
        }
    }
}
