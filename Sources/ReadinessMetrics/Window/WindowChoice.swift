import JournalCore

/// How a report's window was asked for, and how it becomes dates: explicit
/// dates, a period by its code, or (nothing given) the current period up to `asOf`.
public struct WindowChoice: Sendable {
    public var from: SchoolDate?
    public var to: SchoolDate?
    public var periodCode: String?

    public init(from: SchoolDate? = nil, to: SchoolDate? = nil, periodCode: String? = nil) {
        self.from = from
        self.to = to
        self.periodCode = periodCode
    }

    /// The code `year` works even when the school has no period of that code:
    /// it then spans all the school's periods.
    public static let wholeYearCode = "year"

    public func resolve(periods: [Period], asOf: SchoolTime) throws -> ReadinessWindow {
        if let periodCode {
            guard from == nil, to == nil else {
                throw ReadinessError.conflictingOptions(Phrase(ru: "укажите либо --period, либо --from/--to, но не вместе",
                                                               en: "give either --period or --from/--to, not both"))
            }
            let period = try Self.period(periodCode, in: periods)
            return try ReadinessWindow(from: period.start, to: period.end, asOf: asOf)
        }
        let today = asOf.date
        if let from, let to { return try ReadinessWindow(from: from, to: to, asOf: asOf) }
        if let from { return try ReadinessWindow(from: from, to: max(from, today), asOf: asOf) }
        let current = try Self.currentPeriod(periods, on: today)
        let end = to ?? min(current.end, max(today, current.start))
        return try ReadinessWindow(from: current.start, to: end, asOf: asOf)
    }

    static func period(_ code: String, in periods: [Period]) throws -> Period {
        if let period = periods.first(where: { $0.code == code }) { return period }
        if code == wholeYearCode, let first = periods.map(\.start).min(), let last = periods.map(\.end).max() {
            return Period(code: code, name: "год", kind: .year, start: first, end: last)
        }
        // `year` once: the school's own year period may have that code already
        let own = periods.map(\.code)
        throw ReadinessError.unknownPeriod(code, known: own + (periods.isEmpty || own.contains(wholeYearCode) ? [] : [wholeYearCode]))
    }

    /// The shortest period containing `day` (the quarter rather than the year);
    /// between periods (holidays, summer) the latest one that has ended.
    static func currentPeriod(_ periods: [Period], on day: SchoolDate) throws -> Period {
        let length = { (p: Period) in p.end.dayNumber - p.start.dayNumber }
        if let containing = periods.filter({ $0.contains(day) }).min(by: { length($0) < length($1) }) {
            return containing
        }
        let ended = periods.filter { $0.end < day }
        if let lastEnd = ended.map(\.end).max(),
           let latest = ended.filter({ $0.end == lastEnd }).min(by: { length($0) < length($1) }) {
            return latest
        }
        guard let first = periods.min(by: { $0.start < $1.start }) else { throw ReadinessError.noPeriod }
        return first
    }
}
