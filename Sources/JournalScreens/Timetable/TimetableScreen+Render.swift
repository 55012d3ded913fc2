import JournalCore
import JournalStore
import TerminalUI

extension TimetableScreen {
    /// The grid: a column of lesson numbers, then Monday to Saturday, two
    /// lines a lesson; the chosen slot's full text under it.
    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        if let loadError {
            Paragraph(TextFitting.wrap(loadError, width: area.width).map { Line($0, style: .error) }).render(in: area, buffer: &buffer)
            return
        }
        let numberWidth = 3
        let columnWidth = max(6, (area.width - numberWidth) / 6)
        for weekday in TimetableGridState.weekdays {
            let x = area.x + numberWidth + (weekday - 1) * columnWidth
            let day = date.mondayOfWeek.adding(days: weekday - 1)
            let header = WeekdayNames.short(weekday, context.language) + " " + day.russianShort
            buffer.write(TextFitting.fit(header, width: columnWidth - 1), at: Point(x: x, y: area.y),
                         style: weekday == grid.weekday ? .selectedHeader : .header, clip: area)
        }
        let rowsFit = max(1, (area.height - 3) / 2)
        let firstRow = max(0, grid.row - rowsFit + 1)
        for (index, number) in grid.numbers.enumerated() where index >= firstRow && index < firstRow + rowsFit {
            let y = area.y + 1 + (index - firstRow) * 2
            buffer.write(String(number), at: Point(x: area.x, y: y), style: .header, clip: area)
            for weekday in TimetableGridState.weekdays {
                let x = area.x + numberWidth + (weekday - 1) * columnWidth
                let lines = grid.cellLines(weekday: weekday, number: number, width: columnWidth - 1)
                let chosen = weekday == grid.weekday && index == grid.row
                let style: StyleRole = chosen ? .selected : (grid.week?.cells(weekday: weekday, number: number).count ?? 0) > 1 ? .emphasis : .normal
                buffer.write(TextFitting.fit(lines.0, width: columnWidth - 1), at: Point(x: x, y: y), style: style, clip: area)
                buffer.write(TextFitting.fit(lines.1, width: columnWidth - 1), at: Point(x: x, y: y + 1), style: chosen ? .selected : .dim, clip: area)
            }
        }
        let detailY = area.y + area.height - 2
        for (offset, line) in TextFitting.wrap(grid.detail(context.language), width: area.width).prefix(2).enumerated() {
            buffer.write(line, at: Point(x: area.x, y: detailY + offset), style: .normal, clip: area)
        }
        if let form, case .schoolClass(let code) = owner {
            form.render(in: area, buffer: &buffer, context: context, className: className(code), choices: choices)
        }
        picker?.render(in: area, buffer: &buffer, language: context.language)
    }
}
