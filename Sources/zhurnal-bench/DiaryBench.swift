import Foundation
import JournalCore
import JournalStore

/// `zhurnal-bench --part diary`: a week of a child's diary as the parent's
/// home reads it (`familyWeek` and «что задано на завтра»), on a copy of the
/// school: opening it runs the "v10 homework due" migration on an older file,
/// which is timed too. Target (issue 15): a week in ≤ 30 ms on the huge school.
enum DiaryBench {
    static func run(path: String, runs: Int) throws -> [String] {
        let opened = Date()
        let db = try AppDatabase.open(path: path)
        let openSeconds = Date().timeIntervalSince(opened)
        guard let parent = try db.benchmarkParent(), let user = try db.actingUser(login: parent.login) else {
            throw JournalError.notFound(Phrase(ru: "родитель с ребёнком для замера", en: "a parent with a child to measure on"))
        }
        var lines = [String(format: "Дневник: родитель %@, неделя %@; открытие базы (с миграцией, если нужна): %.2f с",
                            parent.login, parent.day.mondayOfWeek.russian, openSeconds)]
        var weeks: [Double] = []
        for run in 0..<(runs + 1) {
            let started = Date()
            let week = try db.familyWeek(of: parent.student, week: parent.day, by: user)
            _ = try db.familyHomeworkDue(of: parent.student, on: parent.day, by: user)
            let ms = Date().timeIntervalSince(started) * 1000
            if run > 0 { weeks.append(ms) } else {
                lines.append("  уроков в неделе: \(week.days.map(\.lessons.count).reduce(0, +)), заданий: \(week.days.map(\.homework.count).reduce(0, +))")
            }
        }
        lines.append("  Неделя дневника (с «на завтра»): " + JournalBench.Timing(milliseconds: weeks).line)
        // the coming week: lessons the timetable still owes
        var coming: [Double] = []
        for _ in 0..<runs {
            let started = Date()
            _ = try db.familyWeek(of: parent.student, week: parent.day.adding(days: 7), by: user)
            coming.append(Date().timeIntervalSince(started) * 1000)
        }
        lines.append("  Следующая неделя (уроки по расписанию): " + JournalBench.Timing(milliseconds: coming).line)
        return lines
    }
}
