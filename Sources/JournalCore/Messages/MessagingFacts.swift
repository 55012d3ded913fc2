/// What the store looks up before one person may write to another: both
/// sides' roles and how they are linked through the children they teach,
/// head or bring up. `Permissions.mayMessage` decides on these alone.
public struct MessagingFacts: Hashable, Sendable {
    public var senderRoles: [Role]
    public var recipientRoles: [Role]
    /// The recipient teaches or heads the class of a child of the sender.
    public var recipientTeachesSendersChild: Bool
    /// The recipient teaches or heads the sender (a student).
    public var recipientTeachesSender: Bool
    /// The sender teaches or heads the class of a child of the recipient.
    public var senderTeachesRecipientsChild: Bool
    /// The sender teaches or heads the recipient (a student).
    public var senderTeachesRecipient: Bool

    public init(senderRoles: [Role], recipientRoles: [Role], recipientTeachesSendersChild: Bool = false,
                recipientTeachesSender: Bool = false, senderTeachesRecipientsChild: Bool = false,
                senderTeachesRecipient: Bool = false) {
        self.senderRoles = senderRoles
        self.recipientRoles = recipientRoles
        self.recipientTeachesSendersChild = recipientTeachesSendersChild
        self.recipientTeachesSender = recipientTeachesSender
        self.senderTeachesRecipientsChild = senderTeachesRecipientsChild
        self.senderTeachesRecipient = senderTeachesRecipient
    }
}

extension Permissions {
    /// Staff: anyone who works at the school, as opposed to a family.
    public static func isStaff(_ roles: [Role]) -> Bool {
        roles.contains { $0 != .parent && $0 != .student }
    }

    /// Who may write to whom (issue 15): staff to staff; a parent only to the
    /// staff who teach or head their own children's classes; a student to
    /// their teachers; staff to the parents and students they teach or head;
    /// the administrator and the deputy, who answer for the whole school, to
    /// any family. Nothing lets a family write to another family.
    public static func mayMessage(_ facts: MessagingFacts) -> Bool {
        let senderIsStaff = isStaff(facts.senderRoles), recipientIsStaff = isStaff(facts.recipientRoles)
        if senderIsStaff && recipientIsStaff { return true }
        if senderIsStaff {
            if isSupervisor(facts.senderRoles) { return true }
            if facts.recipientRoles.contains(.parent) && facts.senderTeachesRecipientsChild { return true }
            if facts.recipientRoles.contains(.student) && facts.senderTeachesRecipient { return true }
            return false
        }
        guard recipientIsStaff else { return false }
        if facts.senderRoles.contains(.parent) && facts.recipientTeachesSendersChild { return true }
        if facts.senderRoles.contains(.student) && facts.recipientTeachesSender { return true }
        return false
    }

    /// Announcements to the school or a part of it: the administrator and the deputy.
    public static func mayAnnounce(_ roles: [Role]) -> Bool {
        isSupervisor(roles)
    }
}
