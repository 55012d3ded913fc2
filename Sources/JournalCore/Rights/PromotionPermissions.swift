extension Permissions {
    /// The promotion by order (перевод): the secretary, who moves students by
    /// the director's orders, and the admin.
    public static func mayPromoteStudents(_ roles: [Role]) -> Bool {
        roles.contains(.admin) || roles.contains(.secretary)
    }

    /// A second promotion of the same year: the admin only, audited.
    public static func mayForcePromotion(_ roles: [Role]) -> Bool {
        roles.contains(.admin)
    }
}
