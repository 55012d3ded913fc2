import JournalCore

/// calendar.csv, or the official calendar when a bundle has none.
extension BundleAssembly {
    func readCalendar() {
        var lineOfDay: [CalendarKey: Int] = [:]
        let year = snapshot.school.academicYearDates
        let read = readTable(CalendarColumn.self) { row in
            let date = row.date(.date)
            let kind = row.value(.kind, CalendarDayKind.init(parsing:))
            let weekday = row.optionalValue(.weekday, CellParser.weekday)
            let classID = row.optionalReference(.classID, to: classIDs, of: .classes)
            let note = row.optionalText(.note)
            if kind == .workday, row.optionalText(.weekday) == nil { row.report(.weekday, .workdayWithoutWeekday) }
            if let date, let year, !year.contains(date) {
                row.report(.date, .outsideAcademicYear(year: snapshot.school.academicYear, first: year.lowerBound,
                                                       last: year.upperBound))
            }
            if let date, let first = lineOfDay.register(CalendarKey(date: date, classID: row.optionalText(.classID)), line: row.line) {
                row.report(.date, .duplicateCalendarDay(firstLine: first))
            }
            guard !row.hasIssues, let date, let kind else { return }
            snapshot.calendar.append(CalendarDay(date: date, kind: kind, weekday: weekday, classCode: classID, note: note))
        }
        if case .absent = read { applyOfficialCalendar() }
    }

    /// A bundle without a calendar of its own (every format-1 bundle) gets the
    /// official days off and moved working days of its academic year, as a
    /// generated school does; the import summary says so.
    private func applyOfficialCalendar() {
        guard let year = snapshot.school.academicYearDates else { return }
        snapshot.calendar = OfficialCalendar.days(from: year.lowerBound, to: year.upperBound)
        officialCalendar = OfficialCalendarUse(first: year.lowerBound, last: year.upperBound, days: snapshot.calendar.count,
                                               isComplete: OfficialCalendar.covers(from: year.lowerBound, to: year.upperBound))
    }
}

private struct CalendarKey: Hashable {
    let date: SchoolDate
    /// Nil: the whole school.
    let classID: String?
}

/// What the import took from the official calendar, for its summary.
public struct OfficialCalendarUse: Equatable, Sendable {
    public var first: SchoolDate
    public var last: SchoolDate
    /// How many days off and moved working days it added.
    public var days: Int
    /// False when the official calendar zhurnal carries does not reach every
    /// day of the academic year: the days it does not know were left alone.
    public var isComplete: Bool
}
