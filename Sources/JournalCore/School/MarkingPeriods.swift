/// Which periods a class's marks are summed up by, and which of them a date
/// falls in. Grades 10–11 are assessed by half-years, the others by quarters
/// (the usual Russian rule); a school without that kind of period uses what it
/// has: quarters, then trimesters, then half-years.
public enum MarkingPeriods {
    public static func kind(forGrade grade: Int, available: Set<PeriodKind>) -> PeriodKind? {
        if grade >= 10 && available.contains(.half) { return .half }
        return [PeriodKind.quarter, .trimester, .half].first(where: available.contains)
    }

    /// The index of the period for `date` among `periods` (sorted by start):
    /// the one containing it; in the holidays after a period, that period (its
    /// final marks are what is being done); before the first, the first.
    public static func index(for date: SchoolDate, in periods: [Period]) -> Int? {
        guard !periods.isEmpty else { return nil }
        if let containing = periods.firstIndex(where: { $0.contains(date) }) { return containing }
        return periods.lastIndex(where: { $0.end < date }) ?? 0
    }
}
