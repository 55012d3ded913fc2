import Foundation
import JournalCore
import JournalScreens
import JournalStore
import TerminalUI

/// `zhurnal-bench --part myclass`: «Мой класс» opening (issue 15: ≤ 50 ms on
/// the huge school) for the class teacher of the biggest class: the screen
/// made (its reads: the week, the month's events, the notices) and its first
/// frame drawn, on today's week; and the store's read of the first
/// quarter's last week, where the week is full of marks.
enum MyClassBench {
    static func run(path: String) throws -> [String] {
        let db = try AppDatabase.open(path: path)
        guard let (login, classID) = try db.largestHeadedClass(), let teacher = try db.actingUser(login: login) else {
            throw JournalError.notFound(Phrase(ru: "класс с классным руководителем", en: "a class with a class teacher"))
        }
        let (app, context) = try JournalBench.app(db, backend: TestBackend())
        app.apply(screenEffects: [.signedIn(teacher)])
        var opening: [Double] = []
        for run in 0..<21 {
            let start = DispatchTime.now().uptimeNanoseconds
            app.apply(screenEffects: [.push(MyClassScreen(user: teacher, context: context))])
            app.draw()
            if run > 0 { opening.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000) }
            app.apply(screenEffects: [.pop])
        }
        let latest = try db.periods().first { $0.period.kind == .quarter }?.period.end ?? context.today
        var week: [Double] = []
        var students = 0, entries = 0
        for run in 0..<21 {
            let start = DispatchTime.now().uptimeNanoseconds
            let overview = try db.myClassOverview(classID, week: latest, by: teacher)
            if run > 0 { week.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000) }
            students = overview.students.count
            entries = overview.students.map(\.entries.count).reduce(0, +)
        }
        return [
            "Мой класс: классный руководитель \(login)",
            "  Открытие «Мой класс» (экран и первый кадр, неделя \(context.today.mondayOfWeek.russian)): "
                + JournalBench.Timing(milliseconds: opening).line,
            "  Неделя класса в хранилище (\(latest.mondayOfWeek.russian): \(students) учеников, \(entries) отметок и пропусков): "
                + JournalBench.Timing(milliseconds: week).line,
        ]
    }
}
