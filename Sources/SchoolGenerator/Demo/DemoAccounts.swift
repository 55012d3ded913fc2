import JournalCore

/// An account of a generated school to try the journal as one role. In a demo
/// database the password is the login.
public struct DemoPerson: Hashable, Sendable {
    public let login: String
    public let role: Role
    public let fullName: String
    /// Who this is in the school: «классный руководитель 7А; алгебра, геометрия».
    public let about: String

    public var password: String { login }
}

extension SchoolGenerator {
    /// The memorable logins every generated school has, one per role.
    public static let demoLogins: [(login: String, role: Role)] = [
        (Logins.admin, .admin), (Logins.deputy, .deputy), (Logins.teacher, .teacher),
        (Logins.secretary, .secretary), (Logins.parent, .parent), (Logins.student, .student),
    ]

    /// The demo accounts found in a snapshot, described from its data; accounts a
    /// snapshot lacks (not a generated school) are left out.
    public static func demoAccounts(in snapshot: SchoolSnapshot) -> [DemoPerson] {
        let accounts = Dictionary(snapshot.accounts.map { ($0.login, $0) }, uniquingKeysWith: { a, _ in a })
        let describer = DemoDescriber(snapshot: snapshot)
        return demoLogins.compactMap { login, role in
            guard let account = accounts[login] else { return nil }
            return DemoPerson(login: login, role: role, fullName: account.fullName, about: describer.about(login, role: role))
        }
    }
}

/// Says in a line who a demo account is.
private struct DemoDescriber {
    let snapshot: SchoolSnapshot

    func about(_ login: String, role: Role) -> String {
        switch role {
        case .admin: return "администратор ЭЖ: учётные записи, классы, расписание, периоды"
        case .director: return "директор: панель готовности, отчёты и переход на ББЖ, только чтение"
        case .secretary: return "секретарь: списки учеников и сотрудников, движение учеников"
        case .deputy: return "заместитель директора по УВР, контроль журнала; ведёт: \(subjects(of: login))"
        case .teacher:
            let homeroom = snapshot.classes.filter { $0.homeroomLogin == login }.map(\.name)
            let prefix = homeroom.isEmpty ? "учитель" : "классный руководитель \(homeroom.joined(separator: ", "))"
            return "\(prefix); ведёт: \(subjects(of: login))"
        case .parent:
            let children = snapshot.guardians.filter { $0.parentLogin == login }.compactMap { link in
                snapshot.students.first { $0.code == link.studentCode }.map { "\($0.fullName) (\(className(of: $0.code)))" }
            }
            return "родитель: " + children.joined(separator: ", ")
        case .student:
            let student = snapshot.students.first { $0.login == login }
            return "ученик " + (student.map { className(of: $0.code) } ?? "")
        }
    }

    private func subjects(of login: String) -> String {
        let entries = snapshot.timetable.filter { $0.teacherLogin == login }
        let taught = Set(entries.map(\.subjectCode))
        let names = snapshot.subjects.filter { taught.contains($0.code) }.map { $0.name.lowercased() }
        let classes = Set(entries.compactMap(\.classCode)).count
        let groups = Set(entries.compactMap(\.groupCode)).count
        guard !names.isEmpty else { return "нет уроков" }
        return "\(names.joined(separator: ", ")) (классов: \(classes)" + (groups > 0 ? ", групп: \(groups))" : ")")
    }

    /// The class of the student's latest stay.
    private func className(of student: String) -> String {
        guard let code = snapshot.enrollments.last(where: { $0.studentCode == student })?.classCode else { return "" }
        return snapshot.classes.first { $0.code == code }?.name ?? code
    }
}
