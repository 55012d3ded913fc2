import JournalCore
import TerminalUI

/// The form for a new journal PC: its name, where it stands, and whether it
/// is a staff-room PC (free for anyone) or a classroom one (free outside the
/// lessons held there).
struct ComputerForm {
    enum Outcome: Equatable {
        case editing
        case cancelled
        case submitted(name: String, room: String, place: ComputerPlace)
    }

    var name = TextFieldState(maxLength: 40)
    var room = TextFieldState(maxLength: 40)
    var place = ComputerPlace.staffRoom
    var focus = 0

    mutating func handle(_ key: Key, language: Language) -> Outcome {
        switch key {
        case .escape, .function(10): return .cancelled
        case .tab, .down: focus = (focus + 1) % 3
        case .backTab, .up: focus = (focus + 2) % 3
        case .enter: return .submitted(name: name.text, room: room.text, place: place)
        case .character(" ") where focus == 2: place = place == .staffRoom ? .classroom : .staffRoom
        default:
            if focus == 0 { _ = name.handle(key) } else if focus == 1 { _ = room.handle(key) }
        }
        return .editing
    }

    func render(in area: Rect, buffer: inout Buffer, language: Language) {
        let ru = language == .ru
        let box = area.centered(Size(width: min(60, area.width), height: 9))
        Frame(title: ru ? "Новый ПК" : "New PC", border: .double, style: .dialog, titleStyle: .dialogTitle, fillsInside: true)
            .render(in: box, buffer: &buffer)
        let inside = box.inset(horizontal: 2, vertical: 1)
        let labels = ru ? ["Название:", "Где стоит:", "Вид:"] : ["Name:", "Where:", "Kind:"]
        for (row, label) in labels.enumerated() {
            buffer.write(label, at: Point(x: inside.x, y: inside.y + row), style: .dialog, clip: inside)
        }
        var nameField = name, roomField = room
        TextField(isFocused: focus == 0).render(in: Rect(x: inside.x + 12, y: inside.y, width: 20, height: 1), buffer: &buffer, state: &nameField)
        TextField(isFocused: focus == 1).render(in: Rect(x: inside.x + 12, y: inside.y + 1, width: 20, height: 1), buffer: &buffer, state: &roomField)
        buffer.write(place.title.text(in: language) + (ru ? " (пробел — сменить)" : " (Space changes)"),
                     at: Point(x: inside.x + 12, y: inside.y + 2), style: focus == 2 ? .inputFocused : .dialog, clip: inside)
        buffer.write(ru ? "Кабинет — номер, как в расписании: ПК в нём занят во время уроков."
                        : "A classroom as the timetable names it: busy during its lessons.",
                     at: Point(x: inside.x, y: inside.y + 4), style: .dialog, clip: inside)
        buffer.write(ru ? "Enter — внести · Tab — поле · Esc — отмена" : "Enter add · Tab field · Esc cancel",
                     at: Point(x: inside.x, y: inside.y + 5), style: .dialog, clip: inside)
    }
}
