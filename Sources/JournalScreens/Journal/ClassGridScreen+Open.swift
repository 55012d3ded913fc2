import JournalCore
import JournalStore
import TerminalUI

/// The screens the grid opens: the cell editor (Enter), the lesson editor
/// (F2) and the final marks (F5). Each reads what it needs itself and is
/// popped with a reload, so the grid shows what they saved.
extension ClassGridScreen {
    var place: GridPlace {
        GridPlace(audience: state.data.audience, subjectID: state.data.subjectID, periodID: state.period.id,
                  label: state.data.label, closedYear: state.closedYear)
    }

    func openCellEditor(_ context: AppContext) -> [ScreenEffect] {
        guard let (student, lesson) = target(context) else { return noTarget(context) }
        do {
            return [.push(try CellEditorScreen(place: place, student: student, lesson: lesson, data: state.data, user: user,
                                               context: context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    func openLessonEditor(_ context: AppContext) -> [ScreenEffect] {
        guard let lesson = state.selectedLesson else { return noTarget(context) }
        do {
            let editor = try LessonEditorScreen(lesson: lesson.id, context: context)
            editor.closedYear = state.closedYear
            return [.push(editor)]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    func openFinalMarks(_ context: AppContext) -> [ScreenEffect] {
        guard !state.data.students.isEmpty else { return noTarget(context) }
        if state.data.period.period.kind == .year { return openYearMarks(context) }
        return [.push(FinalMarksScreen(place: place, data: state.data, selectedStudent: state.selectedStudent?.id,
                                       rounding: rounding, user: user, context: context))]
    }

    /// F5 on «Учебный год»: the year marks proposed from the periods' marks.
    private func openYearMarks(_ context: AppContext) -> [ScreenEffect] {
        do {
            let data = try context.db.yearMarks(place.audience, subject: place.subjectID, yearPeriod: place.periodID, by: user)
            return [.push(YearMarksScreen(place: place, data: data, selectedStudent: state.selectedStudent?.id, user: user,
                                          context: context))]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }
}
