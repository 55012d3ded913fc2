import JournalCore
import JournalStore
import TerminalUI

/// Which academic year a screen shows: the years the database holds and the
/// one in view, the current year unless the user moved with `{` `}`. The same
/// value and the same keys on the grid, «Мои классы», the diary and the
/// reports, so last year is reached the same way everywhere.
struct AcademicYearSwitch: Equatable {
    var years: [AcademicYearInfo]
    var index: Int

    /// Showing the year `code` when the database holds it, else the current one.
    init(years: [AcademicYearInfo], showing code: String? = nil) {
        self.years = years
        index = code.flatMap { wanted in years.firstIndex { $0.code == wanted } }
            ?? years.firstIndex(where: \.isCurrent) ?? max(0, years.count - 1)
    }

    var shown: AcademicYearInfo? { years.indices.contains(index) ? years[index] : nil }
    var code: String? { shown?.code }
    /// The year the school works in (or the database holds one year only).
    var isCurrent: Bool { shown?.isCurrent ?? true }

    /// The index of the year `step` away (`{` is -1, `}` is +1); nil past either end.
    func index(by step: Int) -> Int? {
        let target = index + step
        return years.indices.contains(target) ? target : nil
    }

    /// Moves to the year `step` away; false (nothing changed) past either end.
    mutating func step(by step: Int) -> Bool {
        guard let target = index(by: step) else { return false }
        index = target
        return true
    }

    /// The day a screen opens the shown year on: today in the current year,
    /// the year's last day in a past one, its first day in a later one.
    func day(today: SchoolDate) -> SchoolDate {
        guard let shown else { return today }
        return min(max(today, shown.start), shown.end)
    }

    /// «2024/2025 · только чтение» after a title while a year other than the
    /// current one is in view; nil for the current year. `locked`: what is
    /// shown is closed (the period, or every period of the year). A past
    /// year's periods are open only when the administrator has reopened it.
    func caption(locked: Bool, _ context: AppContext) -> String? {
        guard let shown, !shown.isCurrent else { return nil }
        return shown.code + (locked ? context.t(" · только чтение", " · read only")
                                    : context.t(" · открыт администратором", " · reopened by the administrator"))
    }

    /// What the status line says at either end of the list of years.
    static func edge(_ step: Int, _ context: AppContext) -> StatusMessage {
        StatusMessage(step < 0 ? context.t("Более ранних учебных годов в журнале нет.", "The journal holds no earlier year.")
                               : context.t("Более поздних учебных годов в журнале нет.", "The journal holds no later year."))
    }

    /// «2024/2025 учебный год закрыт: …», said before an edit in a closed past
    /// year instead of asking the store, which would refuse it anyway.
    static func closedMessage(_ code: String, _ context: AppContext) -> StatusMessage {
        // under 80 columns: the status line of a 80×24 terminal shows it whole
        .error(context.t("\(code) учебный год закрыт: изменить можно, когда администратор его откроет",
                         "the \(code) school year is closed: nothing changes until the administrator reopens it"))
    }

    /// «Учебный год 2024/2025 · только чтение.» after a switch.
    func switchedMessage(locked: Bool, _ context: AppContext) -> StatusMessage {
        StatusMessage(caption(locked: locked, context).map { context.t("Учебный год ", "School year ") + $0 }
                      ?? context.t("Текущий учебный год \(code ?? "").", "The current school year \(code ?? "")."))
    }

    /// `{` and `}` on every screen with a year switch, and `(` `)` too: the
    /// Russian layout has no braces (its Х and Ъ are the letters х and ъ, which
    /// `[` `]` already are), while Shift+9 and Shift+0 type brackets on both.
    static func bindings<Action>(previous: Action, next: Action, _ context: AppContext) -> [KeyBinding<Action>] {
        [KeyBinding([.character("{"), .character("(")], action: previous,
                    help: context.t("прошлый учебный год", "previous school year"), caption: "{ ("),
         KeyBinding([.character("}"), .character(")")], action: next,
                    help: context.t("следующий учебный год", "next school year"), caption: "} )")]
    }
}

/// Which academic year a date falls in.
extension Array where Element == AcademicYearInfo {
    func code(containing date: SchoolDate) -> String? {
        first { $0.start <= date && date <= $0.end }?.code
    }
}
