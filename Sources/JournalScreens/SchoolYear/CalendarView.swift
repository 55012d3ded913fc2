import JournalCore
import JournalStore
import TerminalUI

/// Draws the month grid (the chosen day highlighted, special days marked and
/// coloured), the periods with their locks beside it, and the chosen day's
/// calendar lines under it.
struct CalendarView {
    let state: CalendarState
    let context: AppContext

    static let cellWidth = 4
    static let gridWidth = 7 * cellWidth

    func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area)
        if let error = state.loadError {
            buffer.write(error, at: area.origin, style: .error, clip: area)
            return
        }
        let grid = Rect(x: area.x + 1, y: area.y, width: Self.gridWidth, height: min(area.height, 9))
        renderMonth(in: grid, buffer: &buffer)
        let side = Rect(x: grid.maxX + 3, y: area.y, width: max(0, area.maxX - grid.maxX - 3), height: min(area.height, 9))
        renderPeriods(in: side, buffer: &buffer)
        let details = Rect(x: area.x + 1, y: area.y + 10, width: area.width - 2, height: max(0, area.height - 11))
        renderDay(in: details, buffer: &buffer)
        let legend = context.t("в выходной · р рабочий (перенос) · з занятий нет · к нет у класса · с сокращ.",
                               "в off · р workday · з closed · к class closed · с short")
        buffer.write(legend, at: Point(x: area.x + 1, y: area.maxY - 1), style: .dim, clip: area)
    }

    private func renderMonth(in area: Rect, buffer: inout Buffer) {
        let selected = state.selected
        let title = MonthNames.name(selected.month, context.language) + " \(selected.year)"
        buffer.write(TextFitting.fit(title, width: area.width, alignment: .center), at: area.origin, style: .header, clip: area)
        for weekday in 1...7 {
            buffer.write(TextFitting.fit(WeekdayNames.short(weekday, context.language), width: Self.cellWidth, alignment: .right),
                         at: Point(x: area.x + (weekday - 1) * Self.cellWidth, y: area.y + 1), style: weekday >= 6 ? .dim : .header, clip: area)
        }
        for (row, week) in state.weeks.enumerated() {
            for (column, date) in week.enumerated() {
                guard let date else { continue }
                let line = state.line(on: date)
                let marker = CalendarState.marker(line?.kind, classOnly: line?.classCode != nil)
                let text = TextFitting.fit(String(date.day), width: Self.cellWidth - 1, alignment: .right) + marker
                buffer.write(text, at: Point(x: area.x + column * Self.cellWidth, y: area.y + 2 + row), style: style(of: date, line),
                             clip: area)
            }
        }
    }

    private func style(of date: SchoolDate, _ line: CalendarDayRow?) -> StyleRole {
        if date == state.selected { return state.focus == .days ? .selected : .selectedInactive }
        switch line?.kind {
        case .holiday?: return .error
        case .closed?: return .warning
        case .short?: return .emphasis
        case .workday?: return .success
        case nil:
            if !state.isInYear(date) { return .dim }
            if date == context.today { return .today }
            return date.weekday == 7 ? .dim : .normal
        }
    }

    private func renderPeriods(in area: Rect, buffer: inout Buffer) {
        guard area.width > 10 else { return }
        buffer.write(context.t("Периоды (Tab — к списку, F7 — закрыть/открыть)", "Periods (Tab list, F7 close/open)"),
                     at: area.origin, style: .header, clip: area)
        for (index, lock) in state.periods.enumerated() where index + 1 < area.height {
            let p = lock.info.period
            let stateText = p.locked ? context.t("закрыт", "closed") + (lock.lockedBy.map { " · " + PersonName.short($0) } ?? "")
                                     : context.t("открыт", "open")
            let dates = p.start.russianShort + "–" + p.end.russianShort
            let text = TextFitting.fit(p.name, width: 13) + " " + TextFitting.fit(dates, width: 11) + " " + stateText
            let chosen = state.focus == .periods && index == state.periodIndex
            buffer.write(TextFitting.fit(text, width: area.width), at: Point(x: area.x, y: area.y + 1 + index),
                         style: chosen ? .selected : (p.locked ? .warning : .normal), clip: area)
        }
    }

    private func renderDay(in area: Rect, buffer: inout Buffer) {
        guard area.height > 0 else { return }
        let date = state.selected
        var head = WeekdayNames.short(date.weekday, context.language) + " " + date.russian
        if let period = state.period(of: date) {
            head += " · " + period.info.period.name + (period.info.period.locked ? context.t(" (закрыт)", " (closed)") : "")
        } else {
            head += context.t(" · вне учебного года", " · outside the academic year")
        }
        buffer.write(head, at: area.origin, style: .emphasis, clip: area)
        let lines = state.lines[date] ?? []
        if lines.isEmpty {
            buffer.write(context.t("Обычный день по расписанию.", "An ordinary day on the timetable."),
                         at: Point(x: area.x, y: area.y + 1), style: .dim, clip: area)
        }
        for (index, line) in lines.enumerated() where index + 1 < area.height {
            var text = line.kind.title.text(in: context.language)
            if line.kind == .workday, let weekday = line.weekday {
                text += context.t(" (расписание: ", " (timetable: ") + WeekdayNames.short(weekday, context.language) + ")"
            }
            text += " — " + (line.className ?? context.t("вся школа", "whole school"))
            if let note = line.note { text += " — «\(note)»" }
            buffer.write(text, at: Point(x: area.x, y: area.y + 1 + index), clip: area)
        }
    }
}

/// Month names in the nominative, for the calendar's title.
enum MonthNames {
    static func name(_ month: Int, _ language: Language) -> String {
        let ru = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let index = max(1, min(12, month)) - 1
        return language == .ru ? ru[index] : en[index]
    }
}
