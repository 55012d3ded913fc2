import JournalCore

/// Where the access slips go once the store has issued their codes: the
/// composition root (`zhurnal`) turns them into a PDF in the user's reports
/// folder or on the printer (PaperJournal); the screens draw no documents.
public protocol AccessSlipDesk: AnyObject {
    /// Delivers the sheet for `user`; returns the status line's words.
    func deliver(_ sheet: AccessSlipSheet, for user: ActingUser) throws -> Phrase
}
