// MARK: The year's end (issue 16)

extension Permissions {
    /// The year-end checklist: those who close the year (the secretary, by the
    /// regulations, with the deputy and the admin) and the director, who
    /// answers for the journal as a state document.
    public static func mayReadYearEnd(_ roles: [Role]) -> Bool {
        mayCloseYear(roles) || roles.contains(.director)
    }

    /// Closing the year when its checklist is empty: the secretary, the deputy,
    /// the administrator.
    public static func mayCloseYear(_ roles: [Role]) -> Bool {
        isSupervisor(roles) || roles.contains(.secretary)
    }

    /// Closing past open items, and reopening a closed year: the administrator.
    public static func mayForceYear(_ roles: [Role]) -> Bool {
        roles.contains(.admin)
    }
}
