import Foundation
import JournalCore
import JournalStore

/// `zhurnal-bench --part timetable`: the deputy's «Расписание» and «Замены
/// на день» at the store, as the screens call them: a class's week (the class
/// with the most rows), the conflict check of one change (its Monday first
/// lesson given to the busiest teacher), and the day's lessons with the
/// teachers free for the first one. Targets (issue 13): 30, 20, 50 ms.
struct TimetableBench {
    let database: AppDatabase
    let runs: Int
    let day: SchoolDate

    func run() throws -> [ReadinessBench.Figure] {
        let choices = try database.timetableChoices(by: .serverOperator)
        var biggest: (code: String, cells: Int) = ("", -1)
        var busiest: (login: String, cells: Int) = ("", -1)
        for schoolClass in choices.classes {
            let cells = try database.timetableWeek(.schoolClass(code: schoolClass.code), on: day, by: .serverOperator).cells.count
            if cells > biggest.cells { biggest = (schoolClass.code, cells) }
        }
        for teacher in choices.teachers.prefix(60) {
            let cells = try database.timetableWeek(.teacher(login: teacher.login), on: day, by: .serverOperator).cells.count
            if cells > busiest.cells { busiest = (teacher.login, cells) }
        }
        let subject = choices.subjects.first?.code ?? ""
        let edit = TimetableCellEdit(classCode: biggest.code, groupCode: nil, weekday: 1, number: 1, subjectCode: subject,
                                     teacherLogin: busiest.login, room: choices.rooms.first, from: day)
        var conflicts = 0, lessons = 0
        var figures = [
            try measure("timetable: a class's week (target 30 ms)", detail: "\(biggest.cells) rows") {
                _ = try database.timetableWeek(.schoolClass(code: biggest.code), on: day, by: .serverOperator)
            },
            try measure("timetable: one change's conflicts (target 20 ms)", detail: { "\(conflicts) conflicts" }) {
                conflicts = try database.timetableConflicts(edit, by: .serverOperator).count
            },
        ]
        figures.append(try measure("substitutions: the day (target 50 ms)", detail: { "\(lessons) lessons" }) {
            let today = try database.daySubstitutions(on: day, by: .serverOperator)
            lessons = today.lessons.count
            if let first = today.lessons.first { _ = try database.freeTeachers(for: first.lessonID, by: .serverOperator) }
        })
        return figures
    }

    private func measure(_ name: String, detail: String, _ body: () throws -> Void) throws -> ReadinessBench.Figure {
        try measure(name, detail: { detail }, body)
    }

    private func measure(_ name: String, detail: () -> String, _ body: () throws -> Void) throws -> ReadinessBench.Figure {
        var times: [Double] = []
        for _ in 0...runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        let cold = times.removeFirst()
        return ReadinessBench.Figure(name: name, milliseconds: times, detail: String(format: "first %.1f ms; ", cold) + detail())
    }
}
