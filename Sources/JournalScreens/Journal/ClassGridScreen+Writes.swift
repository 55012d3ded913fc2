import JournalCore
import JournalStore
import TerminalUI

/// Marks and attendance typed into the grid: each one its own transaction,
/// refused by the store when the user may not (another teacher's lesson, a
/// locked period, a student not in the class that day), and then the grid is
/// read back.
extension ClassGridScreen {
    func putMark(_ digit: Int, _ context: AppContext) -> [ScreenEffect] {
        guard let value = try? MarkValue(digit) else {
            return [.status(.error(context.describe(JournalError.invalidMark(String(digit)))))]
        }
        guard let (student, lesson) = target(context) else { return noTarget(context) }
        if let warning = state.warningBeforeMark(at: GridCell(lesson: lesson.id, student: student.id)) {
            return [.status(.warning(warning.text(putting: value, context.language)))]
        }
        do {
            try context.db.addMark(lesson: lesson.id, student: student.id, value: value, by: user)
        } catch {
            return failure(error, context)
        }
        refresh(context)
        state.moveDown()
        return [.status(saved(value.description, student, context))]
    }

    func setAttendance(_ code: AttendanceCode, _ context: AppContext) -> [ScreenEffect] {
        guard let (student, lesson) = target(context) else { return noTarget(context) }
        let shown = state.attendance(at: GridCell(lesson: lesson.id, student: student.id))
        do {
            try context.db.setAttendance(lesson: lesson.id, student: student.id, code: code, expected: shown, by: user)
        } catch {
            return failure(error, context)
        }
        refresh(context)
        state.moveDown()
        return [.status(saved(code.rawValue, student, context))]
    }

    /// Delete and Backspace: the cell's last mark, else its attendance code. A
    /// mark entered before today is someone's record of an earlier day: asked first.
    func deleteLast(_ context: AppContext) -> [ScreenEffect] {
        guard let (student, lesson) = target(context) else { return noTarget(context) }
        let cell = GridCell(lesson: lesson.id, student: student.id)
        if let mark = state.marks(at: cell).last {
            guard MarkDeletion.needsConfirmation(mark, today: context.today) else { return deleteMark(mark, of: student, context) }
            return [.confirm(MarkDeletion.confirmation(mark, student: student, lessonDate: lesson.date, context: context) { [self] in
                deleteMark(mark, of: student, context)
            })]
        }
        if let code = state.attendance(at: cell) {
            do {
                try context.db.setAttendance(lesson: lesson.id, student: student.id, code: nil, expected: code, by: user)
            } catch {
                return failure(error, context)
            }
            refresh(context)
            return [.status(.success(context.t("Убрано «\(code.rawValue)»: \(PersonName.short(student.fullName)) присутствовал(а).",
                                               "Removed «\(code.rawValue)»: \(PersonName.short(student.fullName)) was present.")))]
        }
        return [.status(StatusMessage(context.t("В клетке нет ни отметки, ни пропуска — удалять нечего.",
                                                "The cell has no mark and no absence: nothing to remove.")))]
    }

    private func deleteMark(_ mark: GridMark, of student: GridStudent, _ context: AppContext) -> [ScreenEffect] {
        do {
            try context.db.deleteMark(mark.id, expected: mark.value, by: user)
        } catch {
            return failure(error, context)
        }
        refresh(context)
        // no full stop after the name: its initials end with one
        return [.status(.success(context.t("Удалена отметка \(mark.value): \(PersonName.short(student.fullName))",
                                           "Removed mark \(mark.value): \(PersonName.short(student.fullName))")))]
    }

    /// The selected student and lesson, when there are both.
    func target(_ context: AppContext) -> (GridStudent, GridLesson)? {
        guard let student = state.selectedStudent, let lesson = state.selectedLesson else { return nil }
        return (student, lesson)
    }

    func noTarget(_ context: AppContext) -> [ScreenEffect] {
        let text = state.data.lessons.isEmpty
            ? context.t("В этом периоде уроков нет: отметку ставить некуда.", "No lessons in this period.")
            : context.t("В классе нет учеников.", "The class has no students.")
        return [.status(.error(text))]
    }

    /// The store's refusal in words; after a conflict the grid is read again so
    /// the other user's change is what the teacher sees next.
    func failure(_ error: Error, _ context: AppContext) -> [ScreenEffect] {
        if case JournalError.conflict = error { refresh(context) }
        if case JournalError.notFound = error { refresh(context) }
        return [.status(.error(context.describe(error)))]
    }

    /// «Сохранено.» The same words after every mark, so that over a slow link a
    /// run of marks costs nothing on the status line: the mark itself is in
    /// plain sight in its row, and naming it or the student here would resend
    /// two dozen bytes a keystroke.
    private func saved(_ what: String, _ student: GridStudent, _ context: AppContext) -> StatusMessage {
        .success(context.t("Сохранено.", "Saved."))
    }
}
