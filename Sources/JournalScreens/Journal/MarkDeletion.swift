import JournalCore
import JournalStore
import TerminalUI

/// Removing a mark entered before today is changing someone's record of an
/// earlier day: the grid and the cell editor both ask first, the same way.
enum MarkDeletion {
    static func needsConfirmation(_ mark: GridMark, today: SchoolDate) -> Bool {
        mark.enteredAt.date < today
    }

    static func confirmation(_ mark: GridMark, student: GridStudent, lessonDate: SchoolDate, context: AppContext,
                             perform: @escaping () -> [ScreenEffect]) -> Confirmation {
        let name = PersonName.short(student.fullName)
        return Confirmation(
            title: context.t("Удалить отметку?", "Remove the mark?"),
            message: context.t("Отметка \(mark.value) ученику \(name) за \(lessonDate.russian) поставлена \(mark.enteredAt.russian). Удалить её?",
                               "Mark \(mark.value) of \(name) for \(lessonDate.iso) was entered \(mark.enteredAt.iso). Remove it?"),
            buttons: [context.t("Нет", "No"), context.t("Да, удалить", "Yes, remove")]) { choice in
            choice == 1 ? perform() : [.status(StatusMessage(context.t("Отметка оставлена.", "The mark is kept.")))]
        }
    }
}
