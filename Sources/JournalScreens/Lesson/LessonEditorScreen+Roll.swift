import JournalCore
import JournalStore
import TerminalUI

/// What a key does in the roll call.
enum RollAction: Equatable {
    case move
    case code(AttendanceCode)
    case present
}

/// The roll call's keys: one per student, then the cursor goes down.
enum RollKeys {
    static func keyMap(_ context: AppContext) -> KeyMap<RollAction> {
        var bindings: [KeyBinding<RollAction>] = [
            KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], action: .move,
                       help: context.t("список учеников: выбрать ученика", "the roll: choose a student"), caption: "↑ ↓"),
        ]
        bindings += CommonKeys.attendanceBindings({ .code($0) }) { code in
            context.t("список учеников: «\(code.rawValue)» — \(code.title.ru), и к следующему",
                      "the roll: «\(code.rawValue)» — \(code.title.en), then the next")
        }
        bindings.append(KeyBinding([.character(" "), .delete, .backspace], action: .present,
                                   help: context.t("список учеников: присутствовал(а) — убрать код, и к следующему",
                                                   "the roll: present — clear the code, then the next"),
                                   caption: "Space, Delete"))
        return KeyMap(bindings)
    }
}

extension LessonEditorScreen {
    func handleRoll(_ key: Key, _ context: AppContext) -> [ScreenEffect] {
        guard let action = rollKeys.action(for: key) else {
            if key == .enter { return [] }
            return CommonKeys.unknownKey(key, context).map { [$0] } ?? []
        }
        switch action {
        case .move:
            if key == .up && state.roll.selected == 0 {
                state.focus = .held
                return []
            }
            _ = state.roll.handle(key, itemCount: state.sheet.students.count)
            return []
        case .code(let code): return mark(code, context)
        case .present: return mark(nil, context)
        }
    }

    private func mark(_ code: AttendanceCode?, _ context: AppContext) -> [ScreenEffect] {
        guard let student = state.selectedStudent else { return [] }
        let shown = state.sheet.attendance[student.id]
        let lesson = state.sheet.lesson.id
        let effects = write(context) {
            try context.db.setAttendance(lesson: lesson, student: student.id, code: code, expected: shown, by: user)
        }
        if let effects { return effects }
        _ = state.roll.handle(.down, itemCount: state.sheet.students.count)
        let name = PersonName.short(student.fullName)
        return [.status(.success(code.map { context.t("Сохранено: \($0.rawValue) · \(name)", "Saved: \($0.rawValue) · \(name)") }
                                 ?? context.t("Присутствовал(а): \(name)", "Present: \(name)")))]
    }

    func renderRoll(in area: Rect, buffer: inout Buffer, context: AppContext) {
        let heading = context.t("Посещаемость: н б у о — код, Пробел — был(а)", "Attendance: н б у о code, Space present")
        let absent = state.sheet.attendance.values.filter(\.isMissed).count
        let counts = context.t("   отсутствуют \(absent) из \(state.sheet.students.count)",
                               "   absent \(absent) of \(state.sheet.students.count)")
        let x = buffer.write(heading, at: area.origin, style: state.focus == .roll ? .emphasis : .header, clip: area)
        buffer.write(counts, at: Point(x: x, y: area.y), style: .dim, clip: area)
        let items = state.sheet.students.enumerated().map { index, student in ListItem(rollLine(index, student)) }
        // One focus on the screen: while a text field has it, no student's row
        // is lit (not even dimly), or a teacher types the topic looking at a pupil.
        let focused = state.focus == .roll
        var roll = state.roll
        if !focused { roll.selected = nil }
        List(items: items).render(in: area.removingTop(1), buffer: &buffer, state: &roll)
        if !focused { roll.selected = state.roll.selected }
        state.roll = roll
    }

    private func rollLine(_ index: Int, _ student: GridStudent) -> Line {
        let number = TextFitting.fit(String(index + 1), width: 3, alignment: .right) + " "
        let code = state.sheet.attendance[student.id]
        let marks = (state.sheet.marks[student.id] ?? []).map(\.description).joined(separator: "/")
        return Line([Span(number + TextFitting.fit(student.fullName, width: 36)),
                     Span(TextFitting.fit(code?.rawValue ?? "", width: 4), style: code?.styleRole),
                     Span(marks, style: (state.sheet.marks[student.id] ?? []).min()?.styleRole)])
    }
}
