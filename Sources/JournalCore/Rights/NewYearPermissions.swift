// MARK: The new academic year (issue 16)

extension Permissions {
    /// Starting the new academic year: the secretary, who by the regulations
    /// closes the year and opens the next, and the administrator.
    public static func mayStartYear(_ roles: [Role]) -> Bool {
        roles.contains(.admin) || roles.contains(.secretary)
    }

    /// Starting it before the closing year's promotion was made: the administrator.
    public static func mayForceNewYear(_ roles: [Role]) -> Bool {
        roles.contains(.admin)
    }

    /// Confirming the copied timetable and curriculum of the new year: the
    /// deputy, who makes them, and the administrator.
    public static func mayConfirmYearDraft(_ roles: [Role]) -> Bool {
        isSupervisor(roles)
    }
}
