import JournalCore
import JournalStore
import TerminalUI

extension TimetableCellForm {
    func render(in area: Rect, buffer: inout Buffer, context: AppContext, className: String, choices: TimetableChoices) {
        let ru = context.language == .ru
        let box = area.centered(Size(width: min(76, area.width), height: min(17, area.height)))
        let title = className + " · " + WeekdayNames.short(weekday, context.language) + (ru ? ", \(number)-й урок" : ", lesson \(number)")
        Frame(title: title, border: .double, style: .dialog, titleStyle: .dialogTitle, fillsInside: true).render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        let labels = ru ? ["Предмет:", "Учитель:", "Кабинет:", "Группа:", "С даты:"] : ["Subject:", "Teacher:", "Room:", "Group:", "From:"]
        for field in Field.allCases {
            let y = inside.y + field.rawValue
            buffer.write(labels[field.rawValue], at: Point(x: inside.x, y: y), style: .dialog, clip: inside)
            var state = fields[field.rawValue]
            TextField(isFocused: focus == field).render(in: Rect(x: inside.x + 10, y: y, width: 18, height: 1), buffer: &buffer, state: &state)
            let name = Self.suggestions(for: field, typed: text(field), classCode: classCode, choices: choices)
                .first { $0.code == text(field) }?.name ?? ""
            if field != .from, field != .room {
                buffer.write(TextFitting.truncate(name, toWidth: inside.width - 30), at: Point(x: inside.x + 30, y: y), style: .dim, clip: inside)
            }
        }
        var y = inside.y + Field.allCases.count
        let typed = text(focus)
        if focus != .from {
            let hints = Self.suggestions(for: focus, typed: typed, classCode: classCode, choices: choices).prefix(3)
            let line = hints.map { $0.code == $0.name ? $0.code : "\($0.code) — \($0.name)" }.joined(separator: " · ")
            buffer.write(TextFitting.truncate((ru ? "Подходит: " : "Matches: ") + (line.isEmpty ? "—" : line), toWidth: inside.width),
                         at: Point(x: inside.x, y: y), style: .dim, clip: inside)
        }
        y += 1
        if let problem {
            for line in TextFitting.wrap(problem, width: inside.width).prefix(2) {
                buffer.write(line, at: Point(x: inside.x, y: y), style: .error, clip: inside)
                y += 1
            }
        } else if conflicts.isEmpty {
            buffer.write(ru ? "Конфликтов нет." : "No conflicts.", at: Point(x: inside.x, y: y), style: .success, clip: inside)
            y += 1
        } else {
            for conflict in conflicts.prefix(3) {
                for line in TextFitting.wrap("! " + conflict.text.text(in: context.language), width: inside.width).prefix(2) {
                    buffer.write(line, at: Point(x: inside.x, y: y), style: .warning, clip: inside)
                    y += 1
                }
            }
        }
        let help = ru ? "Enter — сохранить · Tab — поле (дополнит код) · пустой предмет — убрать урок · Esc — отмена"
                      : "Enter save · Tab field (completes) · empty subject clears the slot · Esc cancel"
        for (index, line) in TextFitting.wrap(help, width: inside.width).prefix(2).enumerated() {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + inside.height - 2 + index), style: .dialog, clip: inside)
        }
    }
}
