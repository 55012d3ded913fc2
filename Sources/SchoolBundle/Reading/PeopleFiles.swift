import JournalCore

/// users.csv, classes.csv, students.csv, guardians.csv.
extension BundleAssembly {
    func readUsers() {
        var foldedLogins: [String: (login: String, line: Int)] = [:]
        let read = readTable(UserColumn.self) { row in
            let login = row.newIdentifier(.login, into: &logins)
            if let login { row.checkLogin(login, .login, against: &foldedLogins) }
            let fullName = row.text(.fullName)
            let roles = row.optionalValue(.roles, Role.parseList) ?? []
            let createdAt = row.timestamp(.createdAt)
            let activatedAt = row.optionalTimestamp(.activatedAt)
            let disabled = row.flag(.disabled)
            guard !row.hasIssues, let login, let fullName, let createdAt else { return }
            snapshot.accounts.append(Account(login: login, fullName: fullName, roles: roles, createdAt: createdAt,
                                             activatedAt: activatedAt, disabled: disabled))
            rolesByLogin[login] = roles
        }
        logins.isComplete = isComplete(read, .users)
    }

    func readClasses() {
        let read = readTable(ClassColumn.self) { row in
            let id = row.newIdentifier(.id, into: &classIDs)
            let name = row.text(.name)
            let grade = row.value(.grade) { text in
                guard let grade = try? CellParser.integer(text, in: 1...11) else { throw JournalError.invalidGrade(text) }
                return grade
            }
            let homeroom = row.optionalReference(.homeroom, to: logins, of: .users)
            row.require(.teacher, of: homeroom, in: .homeroom, roles: rolesByLogin)
            guard !row.hasIssues, let id, let name, let grade else { return }
            snapshot.classes.append(SchoolClass(code: id, name: name, grade: grade, homeroomLogin: homeroom))
        }
        classIDs.isComplete = isComplete(read, .classes)
    }

    /// Format 1 gives each student's one stay in a class here; format 2 in
    /// enrollments.csv.
    func readStudents() {
        var studentOfLogin: [String: String] = [:]
        let read = readTable(StudentColumn.self) { row in
            let id = row.newIdentifier(.id, into: &studentIDs)
            let fullName = row.text(.fullName)
            let login = row.optionalReference(.login, to: logins, of: .users)
            row.require(.student, of: login, in: .login, roles: rolesByLogin)
            if let login, let id {
                if let other = studentOfLogin[login] {
                    row.report(.login, .studentLoginTaken(login: login, otherStudent: other))
                } else {
                    studentOfLogin[login] = id
                }
            }
            let stay = format == .one ? formatOneStay(&row) : nil
            guard !row.hasIssues, let id, let fullName else { return }
            snapshot.students.append(Student(code: id, fullName: fullName, login: login))
            if let stay { addStay(Enrollment(studentCode: id, classCode: stay.classCode, from: stay.from, to: stay.to), line: row.line) }
        }
        studentIDs.isComplete = isComplete(read, .students)
    }

    private func formatOneStay(_ row: inout BundleRow<StudentColumn>) -> (classCode: String, from: SchoolDate, to: SchoolDate?)? {
        let classID = row.reference(.classID, to: classIDs, of: .classes)
        let from = row.date(.enrolledFrom)
        let to = row.optionalDate(.enrolledTo)
        row.checkOrder(from, to, endColumn: .enrolledTo)
        guard let classID, let from else { return nil }
        return (classID, from, to)
    }

    func addStay(_ stay: Enrollment, line: Int) {
        snapshot.enrollments.append(stay)
        staysByStudent[stay.studentCode, default: []].append(Located(value: stay, line: line))
    }

    func readGuardians() {
        var lineOfLink: [PairKey: Int] = [:]
        readTable(GuardianColumn.self) { row in
            let parent = row.reference(.parentLogin, to: logins, of: .users)
            row.require(.parent, of: parent, in: .parentLogin, roles: rolesByLogin)
            let student = row.reference(.studentID, to: studentIDs, of: .students)
            guard let parent, let student else { return }
            if let first = lineOfLink.register(PairKey(parent, student), line: row.line) {
                row.report(nil, .duplicateGuardian(firstLine: first))
            }
            guard !row.hasIssues else { return }
            snapshot.guardians.append(Guardian(parentLogin: parent, studentCode: student))
        }
    }
}

extension BundleRow {
    /// A new login must be in the login alphabet (`LoginRules`) and must not
    /// differ from an earlier one only in case. References to logins in the
    /// other files are taken exactly as users.csv writes them.
    mutating func checkLogin(_ login: String, _ column: C, against earlier: inout [String: (login: String, line: Int)]) {
        if let flaw = LoginRules.flaw(of: login) { return report(column, .invalid(.invalidLogin(login, flaw))) }
        let folded = LoginRules.folded(login)
        if let first = earlier[folded] {
            if first.login != login { report(column, .loginDiffersOnlyInCase(login, other: first.login, firstLine: first.line)) }
        } else {
            earlier[folded] = (login, line)
        }
    }
}

/// Two identifiers that together must be unique in a file.
struct PairKey: Hashable {
    let first: String
    let second: String

    init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }
}

extension Dictionary where Value == Int {
    /// Records the line a key first appears on; returns that line when the key
    /// was already there.
    mutating func register(_ key: Key, line: Int) -> Int? {
        if let first = self[key] { return first }
        self[key] = line
        return nil
    }
}
