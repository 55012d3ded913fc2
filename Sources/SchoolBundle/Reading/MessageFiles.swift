import JournalCore

/// threads.csv, messages.csv, message_reads.csv, announcements.csv,
/// announcement_reads.csv: what the school's people wrote to each other and
/// who read it (issue 15). Bodies are plain text of at most
/// `MessageText.limit` characters; line breaks inside them travel quoted.
extension BundleAssembly {
    func readThreads() {
        let read = readTable(ThreadColumn.self) { row in
            let id = row.newIdentifier(.id, into: &threadIDs)
            let subject = row.optionalText(.subject) ?? ""
            let createdBy = row.reference(.createdBy, to: logins, of: .users)
            let createdAt = row.timestamp(.createdAt)
            let members = row.members(logins: logins)
            if let createdBy, let members, !members.contains(createdBy) { row.report(.members, .creatorNotMember(login: createdBy)) }
            guard !row.hasIssues, let id, let createdBy, let createdAt, let members else { return }
            threadMembers[id] = Set(members)
            snapshot.messageThreads.append(MessageThreadRecord(code: id, subject: subject, createdBy: createdBy, createdAt: createdAt,
                                                               members: members))
        }
        threadIDs.isComplete = isComplete(read, .threads)
    }

    func readMessages() {
        let read = readTable(MessageColumn.self) { row in
            let id = row.newIdentifier(.id, into: &messageIDs)
            let thread = row.reference(.threadID, to: threadIDs, of: .threads)
            let sender = row.reference(.sender, to: logins, of: .users)
            if let thread, let sender, let members = threadMembers[thread], !members.contains(sender) {
                row.report(.sender, .notThreadMember(login: sender, threadID: thread))
            }
            let body = row.messageBody(.body)
            let sentAt = row.timestamp(.sentAt)
            let editedAt = row.optionalTimestamp(.editedAt)
            let withdrawnAt = row.optionalTimestamp(.withdrawnAt)
            guard !row.hasIssues, let id, let thread, let sender, let body, let sentAt else { return }
            messageFacts[id] = (thread, sender)
            snapshot.messages.append(MessageRecord(code: id, threadCode: thread, sender: sender, body: body, sentAt: sentAt,
                                                   editedAt: editedAt, withdrawnAt: withdrawnAt))
        }
        messageIDs.isComplete = isComplete(read, .messages)
    }

    /// A read receipt: a member of the message's thread other than its sender.
    func readMessageReads() {
        readReceipts(MessageReadColumn.self, of: messageIDs, in: .messages, into: \.messageReads) { row, message, login in
            guard let facts = messageFacts[message] else { return }
            if login == facts.sender {
                row.report(.login, .readOfOwnMessage)
            } else if let members = threadMembers[facts.thread], !members.contains(login) {
                row.report(.login, .notThreadMember(login: login, threadID: facts.thread))
            }
        }
    }

    func readAnnouncements() {
        let read = readTable(AnnouncementColumn.self) { row in
            let id = row.newIdentifier(.id, into: &announcementIDs)
            let author = row.reference(.author, to: logins, of: .users)
            let audience = row.audience(classIDs: classIDs)
            let body = row.messageBody(.body)
            let createdAt = row.timestamp(.createdAt)
            let expiresOn = row.date(.expiresOn)
            let withdrawnAt = row.optionalTimestamp(.withdrawnAt)
            guard !row.hasIssues, let id, let author, let audience, let body, let createdAt, let expiresOn else { return }
            snapshot.announcements.append(AnnouncementRecord(code: id, author: author, audience: audience, body: body,
                                                             createdAt: createdAt, expiresOn: expiresOn, withdrawnAt: withdrawnAt))
        }
        announcementIDs.isComplete = isComplete(read, .announcements)
    }

    func readAnnouncementReads() {
        readReceipts(AnnouncementReadColumn.self, of: announcementIDs, in: .announcements, into: \.announcementReads) { _, _, _ in }
    }

    /// Who read which item, once per person and item; `check` adds the rules
    /// of the kind of item.
    private func readReceipts<C: ReadColumns>(_ columns: C.Type, of items: KnownIDs, in file: BundleFile,
                                              into list: WritableKeyPath<SchoolSnapshot, [ReadRecord]>,
                                              check: (inout BundleRow<C>, String, String) -> Void) {
        var lineOfRead: [PairKey: Int] = [:]
        readTable(columns) { row in
            let item = row.reference(.item, to: items, of: file)
            let login = row.reference(.login, to: logins, of: .users)
            let readAt = row.timestamp(.readAt)
            guard let item, let login else { return }
            if let first = lineOfRead.register(PairKey(item, login), line: row.line) { row.report(.login, .duplicateRead(firstLine: first)) }
            check(&row, item, login)
            guard !row.hasIssues, let readAt else { return }
            snapshot[keyPath: list].append(ReadRecord(itemCode: item, login: login, readAt: readAt))
        }
    }
}

extension BundleRow {
    /// A message's or an announcement's text: required, at most `MessageText.limit` characters.
    mutating func messageBody(_ column: C) -> String? {
        guard let body = text(column) else { return nil }
        let count = body.count
        guard count <= MessageText.limit else {
            report(column, .textTooLong(count: count, limit: MessageText.limit))
            return nil
        }
        return body
    }
}

extension BundleRow where C == ThreadColumn {
    /// The `;`-separated logins of the thread's members, each once.
    mutating func members(logins: KnownIDs) -> [String]? {
        guard let text = text(.members) else { return nil }
        var members: [String] = []
        var complete = true
        for part in text.split(separator: ";", omittingEmptySubsequences: true) {
            let login = BundleText.trimmed(String(part))
            guard !login.isEmpty else { continue }
            guard logins.contains(login) else {
                if logins.isComplete { report(.members, .unknownReference(login, in: .users)) } else { skipSilently() }
                complete = false
                continue
            }
            if members.contains(login) {
                report(.members, .duplicateMember(login: login))
                complete = false
            }
            members.append(login)
        }
        guard complete else { return nil }
        guard !members.isEmpty else {
            report(.members, .empty)
            return nil
        }
        return members
    }
}

extension BundleRow where C == AnnouncementColumn {
    /// Whom the announcement is for: everyone, a role (`role`), a class or
    /// the parents of a class (`class_id`).
    mutating func audience(classIDs: KnownIDs) -> AnnouncementRecord.Audience? {
        let kind = text(.audience)
        let role = optionalValue(.role, Role.init(parsing:))
        let classID = optionalReference(.classID, to: classIDs, of: .classes)
        let roleGiven = optionalText(.role) != nil
        let classGiven = optionalText(.classID) != nil
        guard let kind else { return nil }
        guard AnnouncementRecord.Audience.kinds.contains(kind) else {
            report(.audience, .unknownAudience(kind))
            return nil
        }
        if kind == "role" ? !roleGiven : roleGiven { report(.role, kind == "role" ? .audienceNeedsRole : .roleWithoutRoleAudience) }
        let forClass = kind == "class" || kind == "class_parents"
        if forClass ? !classGiven : classGiven { report(.classID, forClass ? .audienceNeedsClass : .classWithoutClassAudience) }
        guard !hasIssues else { return nil }
        return AnnouncementRecord.Audience(kind: kind, role: role, classCode: classID)
    }
}
