import GRDB
import JournalCore

/// Who may read which control report. The deputy, the administrator and the
/// director read every report of the whole school (and the server operator, who could open
/// the file anyway); a class's homeroom teacher reads the reports of their
/// class; a teacher reads those of their own lessons — a teacher's request
/// without a class of their own is narrowed to their lessons. Reports that
/// list accounts (user activity) are the school reports' readers only.
enum ReportAccess {
    static func scope(_ db: Database, _ requester: Requester, _ scope: ReportScope, report: Phrase,
                      supervisorsOnly: Bool = false) throws -> ReportScope {
        let refusal = { (why: Phrase) in
            JournalError.forbidden(Phrase(ru: "отчёт «\(report.ru)»: \(why.ru)", en: "report \"\(report.en)\": \(why.en)"))
        }
        guard case .user(let user) = requester else { return scope }
        let account = try AccessCheck.account(db, user)
        let roles = account.roleList
        if Permissions.mayReadSchoolReports(roles) { return scope }
        guard !supervisorsOnly else {
            throw refusal(Phrase(ru: "его читают только заместитель директора, директор и администратор",
                                 en: "only the deputy director, the director and the administrator read it"))
        }
        guard roles.contains(.teacher) else {
            throw refusal(Phrase(ru: "отчёты читают администрация и учителя", en: "reports are for the administration and teachers"))
        }
        if let classID = scope.classID, scope.teacherID == nil,
           try AccountID.fetchOne(db, sql: "SELECT homeroom_id FROM class WHERE id = ?", arguments: [classID]) == user.accountID {
            return scope
        }
        if let teacher = scope.teacherID, teacher != user.accountID {
            throw refusal(Phrase(ru: "учитель видит только свои уроки, а классный руководитель — свой класс",
                                 en: "a teacher sees only their own lessons, a homeroom teacher their own class"))
        }
        var narrowed = scope
        narrowed.teacherID = user.accountID
        return narrowed
    }
}
