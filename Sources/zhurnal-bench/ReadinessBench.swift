import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import ReadinessMetrics
import ZhurnalCommandLine

/// Timings of the readiness report on a school database: the `readiness` part
/// of `zhurnal-bench`.
enum ReadinessBench {
    struct Figure {
        var name: String
        var milliseconds: [Double]
        var detail: String

        var median: Double { milliseconds.sorted()[milliseconds.count / 2] }
        var line: String {
            let runs = milliseconds.map { String(format: "%.1f", $0) }.joined(separator: " ")
            return String(format: "%-46@ median %7.1f ms  (runs: %@)  %@", name as NSString, median, runs as NSString,
                          detail as NSString)
        }
    }

    /// Runs each case once cold, then `runs` times warm; reports the warm runs.
    /// `asOf` is "now": the journal has nothing later.
    static func run(database: AppDatabase, asOf: SchoolTime, runs: Int = 5) throws -> [Figure] {
        let calculator = ReadinessCalculator(database: database)
        let periods = try database.periods().map(\.period)
        let year = try WindowChoice(periodCode: WindowChoice.wholeYearCode).resolve(periods: periods, asOf: asOf)
        let firstQuarter = try ReadinessWindow(from: periods[0].start, to: periods[0].end, asOf: asOf)
        let thisWeek = ReadinessWindow.lastWeeks(1, asOf: asOf)
        let eightWeeks = ReadinessWindow.lastWeeks(8, asOf: asOf)
        let twoMonthsBefore = SchoolTime(date: asOf.date.adding(days: -60), time: TimeOfDay(minutes: 11 * 60 + 30))
        let historical = try ReadinessWindow(from: year.from, to: year.to, asOf: twoMonthsBefore)
        let kchr = try ReadinessProfile.builtIn(named: "kchr")
        let mo = try ReadinessProfile.builtIn(named: "mo")
        let crimea = try ReadinessProfile.builtIn(named: "crimea")
        var custom = kchr
        custom.deadline = .nextDayAt(secondOfDay: 18 * 3600)
        let all = IndicatorKey.allCases
        func report(_ profile: ReadinessProfile, _ window: ReadinessWindow) throws -> String {
            let r = try calculator.report(profile: profile, window: window, verdictWeeks: 4, indicators: all)
            return "недель \(r.weeks.count), уроков \(r.indicator(.planning)?.ratio.denominator ?? 0), "
                + "записей для своевременности \(r.indicator(.onTime)?.ratio.denominator ?? 0)"
        }
        let cases: [(String, () throws -> String)] = [
            ("год, все показатели по неделям, kchr", { try report(kchr, year) }),
            ("год, все показатели по неделям, mo", { try report(mo, year) }),
            ("год, все показатели по неделям, crimea", { try report(crimea, year) }),
            ("эта неделя, все показатели, kchr", { try report(kchr, thisWeek) }),
            ("эта неделя, все показатели, crimea", { try report(crimea, thisWeek) }),
            ("8 последних недель (спарклайны), crimea", { try report(crimea, eightWeeks) }),
            ("1-й период, разбивка по учителям, kchr", {
                "\(try calculator.breakdowns(of: all, profile: kchr, window: firstQuarter, by: .teacher)[.planning]?.count ?? 0) учителей"
            }),
            ("1-й период, разбивка по учителям, crimea", {
                "\(try calculator.breakdowns(of: all, profile: crimea, window: firstQuarter, by: .teacher)[.planning]?.count ?? 0) учителей"
            }),
            ("1-й период, разбивка по классам, kchr", {
                "\(try calculator.breakdowns(of: all, profile: kchr, window: firstQuarter, by: .schoolClass)[.planning]?.count ?? 0) классов"
            }),
            ("1-й период, опоздания худшего учителя", {
                let teacher = try calculator.breakdown(of: .onTime, profile: kchr, window: firstQuarter, by: .teacher).first
                guard let group = teacher?.group else { return "нет учителей" }
                return "\(try calculator.shortfall(of: .onTime, profile: kchr, window: firstQuarter, slice: group.slice).count) записей"
            }),
            ("год на момент за 2 месяца до, 11:30, crimea", { try report(crimea, historical) }),
            ("год, свой срок 18:00 (по каждой записи)", { try report(custom, year) }),
        ]
        var figures = try parts(database: database, window: year, profile: kchr, runs: runs, label: "год")
        figures += try parts(database: database, window: thisWeek, profile: kchr, runs: runs, label: "неделя")
        return try figures + cases.map { name, body in
            var detail = try body()
            var times: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                detail = try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            return Figure(name: name, milliseconds: times, detail: detail)
        }
    }

    /// The parts of one report's reading, timed alone: where the time goes.
    static func parts(database: AppDatabase, window: ReadinessWindow, profile: ReadinessProfile, runs: Int,
                      label: String) throws -> [Figure] {
        let weeks = window.weeks
        let lessons = LessonCountRequest(from: window.from, to: window.to, asOf: window.asOf, grouping: [.day],
                                         journalKinds: profile.journalEntryKinds, onTimeKinds: profile.onTimeEntryKinds,
                                         deadline: profile.deadline)
        var requests: [(String, ReadinessCountRequest)] = []
        var request = ReadinessCountRequest()
        request.lessonCounts = [lessons]
        requests.append(("  \(label): уроки по дням", request))
        request = ReadinessCountRequest()
        request.enrolmentAsOf = window.asOf
        request.timetable = true
        requests.append(("  \(label): ученики, родители, расписание", request))
        request = ReadinessCountRequest()
        request.activationAsOf = window.asOf
        if let first = weeks.first, let last = weeks.last {
            request.signInRange = (first.startTime, last.endTime)
            request.activatedAccountTimes = weeks.map(\.endTime)
        }
        requests.append(("  \(label): учётные записи и входы", request))
        return try requests.map { name, request in
            _ = try database.readinessCounts(request)
            var times: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try database.readinessCounts(request)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            return Figure(name: name, milliseconds: times, detail: "")
        }
    }

    /// The fast counts (day totals, lesson summaries) against the entry-by-entry
    /// counts on the same big school, for each built-in profile, at `asOf` and
    /// at mid-day moments before it: the property tests' check, at full size.
    static func verify(database: AppDatabase, asOf: SchoolTime) throws -> [String] {
        let periods = try database.periods().map(\.period)
        let year = try WindowChoice(periodCode: WindowChoice.wholeYearCode).resolve(periods: periods, asOf: asOf)
        let moments = [asOf, asOf.adding(seconds: -2 * 3600 - 17), SchoolTime(date: asOf.date.adding(days: -45), time: TimeOfDay(minutes: 10 * 60 + 7))]
        var lines: [String] = []
        for profile in ReadinessProfile.builtIn {
            for moment in moments {
                for grouping in [Set<LessonDimension>([.day]), [.teacher]] {
                    func counts(_ path: LessonCountPath) throws -> Set<LessonGroupCounts> {
                        Set(try database.lessonCounts(LessonCountRequest(
                            from: year.from, to: year.to, asOf: moment, grouping: grouping, journalKinds: profile.journalEntryKinds,
                            onTimeKinds: profile.onTimeEntryKinds, deadline: profile.deadline, path: path)))
                    }
                    let same = try counts(.fastest) == counts(.entries)
                    lines.append("\(same ? "same" : "DIFFERENT"): \(profile.id) as of \(moment.iso) by \(grouping.count == 1 && grouping.contains(.day) ? "day" : "teacher")")
                }
            }
        }
        return lines
    }

    /// The process's peak resident memory, in megabytes.
    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
