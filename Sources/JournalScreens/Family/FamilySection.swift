import JournalCore
import JournalStore
import TerminalUI

/// The parts of the family view, one at a time on the screen. The week of
/// the diary comes first: it is what a parent opens a diary for.
enum FamilySection: Int, CaseIterable {
    case week, marks, attendance, homework, finalMarks

    var title: String {
        switch self {
        case .week: "Неделя"
        case .marks: "Отметки"
        case .attendance: "Посещаемость"
        case .homework: "Домашние задания"
        case .finalMarks: "Итоговые"
        }
    }

    var englishTitle: String {
        switch self {
        case .week: "Week"
        case .marks: "Marks"
        case .attendance: "Attendance"
        case .homework: "Homework"
        case .finalMarks: "Final marks"
        }
    }

    /// The title on the tab line, short enough that the five tabs leave room
    /// for the menu's «[М] Разделы» at the end of the line on 80 columns.
    func tabTitle(russian: Bool) -> String {
        switch self {
        case .attendance: russian ? "Пропуски" : "Absences"
        case .homework: russian ? "Задания" : englishTitle
        case .finalMarks: russian ? title : "Finals"
        default: russian ? title : englishTitle
        }
    }

    /// The function key that opens this part.
    var slot: Int { rawValue + 3 }

    func next(by step: Int) -> FamilySection {
        let all = Self.allCases
        return all[(rawValue + step + all.count) % all.count]
    }

    /// What the part says when it has nothing to show for the period.
    func emptyText(_ period: String, _ context: AppContext) -> String {
        switch self {
        case .marks: context.t("За период «\(period)» отметок пока нет.", "No marks in \(period) yet.")
        case .attendance: context.t("За период «\(period)» пропусков и опозданий нет.", "No absences in \(period).")
        case .homework: context.t("За период «\(period)» домашних заданий нет.", "No homework in \(period).")
        case .week: context.t("На этой неделе уроков нет.", "No lessons this week.")
        case .finalMarks: context.t("Итоговых отметок пока нет.", "No final marks yet.")
        }
    }

    /// The rows of a part drawn from the period's record; the week has its own (`DiaryWeekState`).
    func rowCount(_ record: FamilyRecord) -> Int {
        switch self {
        case .week: 0
        case .marks: record.subjects.count
        case .attendance: record.attendance.count
        case .homework: record.homework.count
        case .finalMarks: record.finalMarks.subjects.count
        }
    }
}
