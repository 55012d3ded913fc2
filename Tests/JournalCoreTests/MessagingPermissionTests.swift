import JournalCore
import Testing

/// `Permissions.mayMessage` over the facts alone, and `MessageText`.
@Suite struct MessagingPermissionTests {
    @Test func familiesNeverWriteToFamilies() {
        for sender in [[Role.parent], [.student], [.parent, .student]] {
            for recipient in [[Role.parent], [.student]] {
                let facts = MessagingFacts(senderRoles: sender, recipientRoles: recipient, recipientTeachesSendersChild: true,
                                           recipientTeachesSender: true, senderTeachesRecipientsChild: true, senderTeachesRecipient: true)
                #expect(!Permissions.mayMessage(facts))
            }
        }
    }

    @Test func aParentNeedsTheLink() {
        #expect(!Permissions.mayMessage(MessagingFacts(senderRoles: [.parent], recipientRoles: [.teacher])))
        #expect(Permissions.mayMessage(MessagingFacts(senderRoles: [.parent], recipientRoles: [.teacher], recipientTeachesSendersChild: true)))
        #expect(!Permissions.mayMessage(MessagingFacts(senderRoles: [.parent], recipientRoles: [.teacher], recipientTeachesSender: true)))
    }

    @Test func staffAndSupervisors() {
        #expect(Permissions.mayMessage(MessagingFacts(senderRoles: [.secretary], recipientRoles: [.director])))
        #expect(!Permissions.mayMessage(MessagingFacts(senderRoles: [.teacher], recipientRoles: [.parent])))
        #expect(Permissions.mayMessage(MessagingFacts(senderRoles: [.teacher], recipientRoles: [.parent], senderTeachesRecipientsChild: true)))
        #expect(Permissions.mayMessage(MessagingFacts(senderRoles: [.deputy], recipientRoles: [.parent])))
        #expect(Permissions.mayAnnounce([.admin]) && Permissions.mayAnnounce([.deputy]))
        #expect(!Permissions.mayAnnounce([.director]) && !Permissions.mayAnnounce([.teacher]))
    }

    @Test func messageTextIsCutAndCleaned() {
        let text = MessageText(String(repeating: "я", count: MessageText.limit + 1))
        #expect(text.wasCut && text.text.count == MessageText.limit)
        let clean = MessageText("  a\u{1B}[31mb\r\nc\u{9B}  ")
        #expect(!clean.wasCut)
        #expect(clean.text == "a\u{FFFD}[31mb\nc\u{FFFD}")
    }
}
