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

    /// Cancelling a lesson, recording a substitution, creating a teaching group or
    /// closing a period changes the school's record: supervisors.
    public static func mayManageSchedule(roles: [Role]) -> Bool {
        isSupervisor(roles)
    }

    /// Class history (arrivals, transfers, departures) and group membership:
    /// the secretary, who keeps the student lists, and supervisors.
    public static func mayKeepStudentLists(roles: [Role]) -> Bool {
        isSupervisor(roles) || roles.contains(.secretary)
    }

    /// The people of the school (issue 13, «Ученики и сотрудники»): classes,
    /// students and their movement, teachers' and parents' accounts, links of
    /// parents and children, access slips. The secretary keeps them by the
    /// director's orders; the administrator may do everything. The deputy
    /// keeps the timetable, not the people.
    public static func mayKeepPeople(_ roles: [Role]) -> Bool {
        roles.contains(.admin) || roles.contains(.secretary)
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

    // MARK: Reads that carry personal data

    /// One student's marks, attendance, homework and final marks (the family
    /// view): the student themself, a parent linked to them, the class's homeroom
    /// teacher and supervisors. A role is needed as well as the link, so that a
    /// link left behind after a role was taken away opens nothing.
    public static func mayReadStudentRecord(roles: [Role], isSelf: Bool, isGuardian: Bool, isHomeroom: Bool) -> Bool {
        isSupervisor(roles)
            || (roles.contains(.student) && isSelf)
            || (roles.contains(.parent) && isGuardian)
            || (roles.contains(.teacher) && isHomeroom)
    }

    /// The list of accounts, with who is locked out and who never signed in:
    /// whoever manages them.
    public static func mayReadAccounts(roles: [Role]) -> Bool {
        mayManageAccounts(roles: roles)
    }

    /// The audit trail holds old and new values of marks and who changed them:
    /// supervisors, who settle disputes about the record.
    public static func mayReadAuditTrail(roles: [Role]) -> Bool {
        isSupervisor(roles)
    }

    /// The school's settings (lockout, rounding, readiness profile...): the administrator.
    public static func mayChangeSettings(roles: [Role]) -> Bool {
        roles.contains(.admin)
    }

    /// The whole school at once (the export bundle): the administrator.
    public static func mayExportSchool(roles: [Role]) -> Bool {
        roles.contains(.admin)
    }

    // MARK: The transition to the paperless journal

    /// The readiness dashboard, the reports and the transition: the supervisors
    /// and the director, who answers for the switch but writes nothing in the
    /// journal.
    public static func mayReadSchoolReports(_ roles: [Role]) -> Bool {
        isSupervisor(roles) || roles.contains(.director)
    }

    /// The roadmap of the transition and the register of the school's PCs: the
    /// administrator and the deputy keep them; the director reads them.
    public static func mayManageTransition(_ roles: [Role]) -> Bool {
        isSupervisor(roles)
    }

    // MARK: The class teacher (issue 15)

    /// «Мой класс» and what it writes: excused absences, the class's events,
    /// notices to parents. The class's homeroom teacher, and the admin.
    public static func mayKeepClass(roles: [Role], isHomeroom: Bool) -> Bool {
        roles.contains(.admin) || (roles.contains(.teacher) && isHomeroom)
    }

    /// Pupils' and parents' contacts and consent dates: the class teacher,
    /// the secretary who keeps the lists, and the admin.
    public static func mayKeepContacts(roles: [Role], isHomeroom: Bool) -> Bool {
        mayKeepClass(roles: roles, isHomeroom: isHomeroom) || roles.contains(.secretary)
    }

    /// Reading «Мой класс» (marks and absences with the contacts): those who
    /// keep the class and the deputy. The secretary writes contacts at the
    /// store but reads no marks.
    public static func mayReadClassOverview(roles: [Role], isHomeroom: Bool) -> Bool {
        isSupervisor(roles) || mayKeepClass(roles: roles, isHomeroom: isHomeroom)
    }
}

// MARK: Curriculum, plans, work types

extension Permissions {
    /// The curriculum and every КТП: the deputy, who checks the plans before
    /// the year, and the admin.
    public static func mayEditAnyPlan(_ roles: [Role]) -> Bool {
        isSupervisor(roles)
    }

    /// One КТП: a supervisor, or the teacher who teaches that subject there.
    public static func mayEditPlan(_ roles: [Role], teachesIt: Bool) -> Bool {
        mayEditAnyPlan(roles) || (roles.contains(.teacher) && teachesIt)
    }

    /// Work types, their weights and the rounding rule of final marks: the
    /// admin; the deputy reads them.
    public static func mayManageWorkTypes(_ roles: [Role]) -> Bool {
        roles.contains(.admin)
    }
}
