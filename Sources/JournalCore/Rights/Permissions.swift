/// Who may write what: the rules of architecture.md as pure functions over facts
/// the store looks up. Keeping them here (not in SQL, not in screens) gives one
/// place to read and one matrix to test.
public enum Permissions {
    /// The deputy and the admin may write everything in the journal.
    public static func isSupervisor(_ roles: [Role]) -> Bool {
        roles.contains(.admin) || roles.contains(.deputy)
    }

    /// Marks, topic, homework, "held", comment of a lesson: its teacher (the one
    /// who taught it, a substitute included) or a supervisor.
    public static func mayWriteLesson(roles: [Role], account: AccountID, lessonTeacher: AccountID) -> Bool {
        if isSupervisor(roles) { return true }
        return roles.contains(.teacher) && account == lessonTeacher
    }

    /// Attendance: as for the lesson, and also the class's homeroom teacher, who
    /// excuses absences.
    public static func mayWriteAttendance(roles: [Role], account: AccountID, lessonTeacher: AccountID,
                                          classHomeroom: AccountID?) -> Bool {
        if mayWriteLesson(roles: roles, account: account, lessonTeacher: lessonTeacher) { return true }
        return roles.contains(.teacher) && classHomeroom == account
    }

    /// Final marks: a teacher of that subject in that class, or a supervisor.
    public static func mayWriteFinalMark(roles: [Role], teachesSubjectInClass: Bool) -> Bool {
        isSupervisor(roles) || (roles.contains(.teacher) && teachesSubjectInClass)
    }

    /// Cancelling a lesson or locking a period changes the school's record: supervisors.
    public static func mayManageSchedule(roles: [Role]) -> Bool {
        isSupervisor(roles)
    }

    /// Accounts: the admin; the secretary keeps student and staff lists but not roles
    /// of power.
    public static func mayManageAccounts(roles: [Role]) -> Bool {
        roles.contains(.admin)
    }

    /// Reading a class's journal: its teachers, its homeroom teacher and supervisors.
    public static func mayReadClassJournal(roles: [Role], teachesClass: Bool, isHomeroom: Bool) -> Bool {
        isSupervisor(roles) || (roles.contains(.teacher) && (teachesClass || isHomeroom))
    }
}
