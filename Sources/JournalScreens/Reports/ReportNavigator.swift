import ControlReports
import JournalCore
import JournalStore
import TerminalUI

/// Opens what a report's figure stands for: the list of students behind it,
/// a student's marks (the class grid on that student when the row names a
/// class or group and subject, otherwise the student's record for the
/// period), a lesson in its class grid, or a teacher's lessons. The report
/// prints names; they are turned back into rows here, through the store.
struct ReportNavigator {
    let report: ControlReport
    let window: ReportWindowChoice
    let names: ReportNames

    func open(_ drill: ReportDrill, context: AppContext) -> [ScreenEffect] {
        do {
            switch drill {
            case .rows(let title, let table):
                guard !table.rows.isEmpty else {
                    return [.status(StatusMessage(context.t("Здесь никого: список пуст.", "Nobody here: the list is empty.")))]
                }
                return [.push(ReportRowsScreen(title: title, table: table, navigator: self, context: context))]
            case .student(let name, let className, let unit):
                return try openStudent(name, className: className, unit: unit, context)
            case .lesson(let id):
                return [.push(try ClassGridScreen.forLesson(id, context: context))]
            case .teacher(let login, let name):
                guard let id = names.accounts.first(where: { $0.value.code == login })?.key else {
                    return [.status(.error(context.t("Учитель «\(name)» не найден.", "Teacher \"\(name)\" not found.")))]
                }
                let lessons = try context.db.teacherLessons(id, from: window.from, to: window.to, asOf: context.now,
                                                            by: .user(try ClassGridScreen.signedInUser(context)))
                return [.push(TeacherLessonsScreen(teacher: name, window: window.label, lessons: lessons, context: context))]
            case .unit(let unit):
                return [.push(try grid(unit, student: nil, context))]
            }
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    private func openStudent(_ name: String, className: String, unit: ReportUnitNames?, _ context: AppContext) throws -> [ScreenEffect] {
        guard let student = try context.db.reportStudent(named: name, inClassNamed: className, from: window.from, to: window.to) else {
            return [.status(.error(context.t("Ученик «\(name)» (\(className)) не найден.", "Student \"\(name)\" (\(className)) not found.")))]
        }
        if let unit { return [.push(try grid(unit, student: student, context))] }
        let period = try periodID(context)
        return [.push(try StudentMarksScreen(student: student, period: period, context: context))]
    }

    /// The class grid of a class or group in a subject, in the period of the
    /// window's last day (today at the latest), on `student` when given.
    private func grid(_ unit: ReportUnitNames, student: StudentID?, _ context: AppContext) throws -> ClassGridScreen {
        guard let subject = names.subjects.first(where: { $0.value.name == unit.subjectName })?.key else {
            throw JournalError.notFound(Phrase(ru: "предмет «\(unit.subjectName)»", en: "subject \"\(unit.subjectName)\""))
        }
        let audience: ClassOrGroup
        if !unit.groupName.isEmpty {
            guard let group = try context.db.reportGroup(named: unit.groupName, inClassNamed: unit.className) else {
                throw JournalError.notFound(Phrase(ru: "группа «\(unit.groupName)»", en: "group \"\(unit.groupName)\""))
            }
            audience = .group(group)
        } else {
            guard let schoolClass = names.classes.first(where: { $0.value.name == unit.className })?.key else {
                throw JournalError.notFound(Phrase(ru: "класс «\(unit.className)»", en: "class \"\(unit.className)\""))
            }
            audience = .wholeClass(schoolClass)
        }
        let screen = try ClassGridScreen(audience, subjectID: subject, on: min(window.to, context.today), focus: nil, context: context)
        if let student { screen.state.select(student: student, lesson: nil) }
        return screen
    }

    /// The window's period, or the term holding its last day, of any year.
    private func periodID(_ context: AppContext) throws -> PeriodID {
        let periods = try context.db.periodsOfEveryYear()
        if let code = window.periodCode, let period = periods.first(where: { $0.period.code == code }) { return period.id }
        let day = min(window.to, context.today)
        if let term = periods.first(where: { $0.period.kind != .year && $0.period.start <= day && day <= $0.period.end }) ?? periods.first {
            return term.id
        }
        throw JournalError.notFound(Phrase(ru: "учебный период", en: "marking period"))
    }
}
