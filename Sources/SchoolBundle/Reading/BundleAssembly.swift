import Foundation
import JournalCore

/// Builds a snapshot file by file, in `BundleFile` order, remembering what later
/// files check their references against. School.csv comes first and says the
/// format the other files are read in.
final class BundleAssembly {
    let folder: BundleFolder
    let issues: IssueCollector
    var snapshot = SchoolSnapshot(school: School(name: "", timeZoneID: "Europe/Moscow", academicYear: ""))
    /// The school's zone once school.csv is read; timestamps with an offset are
    /// converted into it.
    var timeZone = TimeZone(identifier: "Europe/Moscow")!

    /// The bundle's format: a guess until school.csv says it.
    var format: BundleFormat = .one

    var periodIDs = KnownIDs()
    var bellNumbers = KnownIDs()
    var subjectIDs = KnownIDs()
    var workTypeCodes = KnownIDs()
    var logins = KnownIDs()
    var classIDs = KnownIDs()
    var studentIDs = KnownIDs()
    var groupIDs = KnownIDs()
    var lessonIDs = KnownIDs()
    /// Roles of the users whose row was valid: for "homeroom is a teacher".
    var rolesByLogin: [String: [Role]] = [:]
    /// Each student's class history with the lines of its rows, for checking
    /// overlaps and marks against the lesson's date.
    var staysByStudent: [String: [Located<Enrollment>]] = [:]
    /// Whether every stay could be read: only then is a student without one,
    /// or a mark outside them, an error. A student one of whose rows was wrong
    /// (and reported) is not checked either.
    var staysComplete = true
    var studentsWithLostStays: Set<String> = []
    /// Each valid group's place in `snapshot.groups`.
    var groupIndex: [String: Int] = [:]
    /// Memberships by group and student, with the lines of their rows.
    var memberships: [PairKey: [Located<GroupMembership>]] = [:]
    var membershipsComplete = true
    var studentsWithLostMemberships: Set<String> = []
    /// What the checks of marks and attendance need of each valid lesson.
    var lessonScopes: [String: LessonScope] = [:]
    /// Set when calendar.csv was absent and the official calendar filled in.
    var officialCalendar: OfficialCalendarUse?
    /// Topics, homework and comments of plans.csv and lessons.csv, one copy each.
    var sharedTexts = SharedTexts()
    /// The line of each lesson and student pair of attendance.csv, and
    /// whether the file was read whole: attendance_notes.csv points at them.
    var attendanceLines: [PairKey: Int] = [:]
    var attendanceComplete = true
    var threadIDs = KnownIDs()
    /// The members of each valid thread: a sender and a reader must be one.
    var threadMembers: [String: Set<String>] = [:]
    var messageIDs = KnownIDs()
    /// The thread and the sender of each valid message.
    var messageFacts: [String: (thread: String, sender: String)] = [:]
    var announcementIDs = KnownIDs()

    init(folder: BundleFolder, issues: IssueCollector) {
        self.folder = folder
        self.issues = issues
    }

    func readAll() {
        // Until school.csv says otherwise (it may be unreadable): a bundle with
        // a class history is format 2, so that its other files are not buried
        // under messages about columns of the wrong format.
        format = folder.holds(.enrollments) ? .two : .one
        readSchool()
        readPeriods()
        readBells()
        readShortBells()
        readSubjects()
        readWorkTypes()
        readUsers()
        readClasses()
        readStudents()
        readEnrollments()
        readGroups()
        readGroupGrading()
        readGroupMembers()
        readGuardians()
        readCalendar()
        readSchedule()
        readPlans()
        readCurriculum()
        readLessons()
        readJournalEntries()
        readAttendanceNotes()
        readHomeworkDue()
        readContacts()
        readClassEvents()
        readParentNotices()
        readThreads()
        readMessages()
        readMessageReads()
        readAnnouncements()
        readAnnouncementReads()
        reportStudentsWithoutStay()
    }

    /// marks.csv, the biggest file, on one core; attendance, final marks and
    /// sign-ins on the other. Each refers only to what the files before it
    /// defined and adds to its own list, so the two halves share nothing they
    /// change: the second has its own copy of the references (arrays and
    /// dictionaries are copied on write, so the copy costs nothing) and its own
    /// issues, which come after marks.csv's as they would have one file after
    /// another.
    private func readJournalEntries() {
        let others = BundleAssembly(readingAfter: self)
        // Safe: from here until both are done neither object is touched by
        // anything but its own half.
        nonisolated(unsafe) let marks = self
        nonisolated(unsafe) let rest = others
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 {
                marks.readMarks()
            } else {
                rest.readAttendance()
                rest.readFinalMarks()
                rest.readLogins()
            }
        }
        snapshot.attendance = others.snapshot.attendance
        snapshot.finalMarks = others.snapshot.finalMarks
        snapshot.signIns = others.snapshot.signIns
        attendanceLines = others.attendanceLines
        attendanceComplete = others.attendanceComplete
        issues.add(contentsOf: others.issues)
    }

    /// A reader of the files after `earlier`'s, with everything `earlier` has
    /// read to check references against, its own issues and nothing read yet.
    private init(readingAfter earlier: BundleAssembly) {
        folder = earlier.folder
        issues = IssueCollector(limit: earlier.issues.limit)
        snapshot = SchoolSnapshot(school: earlier.snapshot.school)
        timeZone = earlier.timeZone
        format = earlier.format
        periodIDs = earlier.periodIDs
        bellNumbers = earlier.bellNumbers
        subjectIDs = earlier.subjectIDs
        workTypeCodes = earlier.workTypeCodes
        logins = earlier.logins
        classIDs = earlier.classIDs
        studentIDs = earlier.studentIDs
        groupIDs = earlier.groupIDs
        lessonIDs = earlier.lessonIDs
        rolesByLogin = earlier.rolesByLogin
        staysByStudent = earlier.staysByStudent
        staysComplete = earlier.staysComplete
        studentsWithLostStays = earlier.studentsWithLostStays
        groupIndex = earlier.groupIndex
        memberships = earlier.memberships
        membershipsComplete = earlier.membershipsComplete
        studentsWithLostMemberships = earlier.studentsWithLostMemberships
        lessonScopes = earlier.lessonScopes
        officialCalendar = earlier.officialCalendar
    }

    enum TableRead {
        case absent
        /// `complete` is false when rows or columns were lost before their cells
        /// could be read.
        case read(complete: Bool)

        var isComplete: Bool {
            if case .read(let complete) = self { return complete }
            return false
        }
    }

    /// Reads one file: bytes, UTF-8, CSV syntax, header, then `body` for each data
    /// row whose field count matches the header. `reserving` learns first how
    /// many rows there may be (the file's line count), so that the arrays of a
    /// big file are allocated once instead of doubling as they grow.
    @discardableResult
    func readTable<C: BundleColumns>(_ columns: C.Type, reserving: (Int) -> Void = { _ in },
                                     _ body: (inout BundleRow<C>) -> Void) -> TableRead {
        let file = C.file
        if file.since > format {
            if folder.holds(file) { issues.add(BundleIssue(file, .fileOfLaterFormat)) }
            return .absent
        }
        let buffer: FileBuffer
        switch folder.contents(of: file) {
        case .absent:
            if file.isRequired(in: format) { issues.add(BundleIssue(file, .missingFile)) }
            return .absent
        case .unreadable(let reason):
            issues.add(BundleIssue(file, .unreadableFile(reason: reason)))
            return .read(complete: false)
        case .bytes(let read):
            buffer = read
        }
        return withExtendedLifetime(buffer) {
            switch FileText.decode(buffer.bytes) {
            case .success(let text):
                reserving(Self.lineCount(text))
                return readRecords(text, columns, passed: buffer.release(before:), body)
            case .failure(let bad):
                issues.add(BundleIssue(file, line: bad.line, .notUTF8(byte: bad.byte, looksLikeUTF16: bad.looksLikeUTF16)))
                return .read(complete: false)
            }
        }
    }

    private static func lineCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in buffer where byte == UInt8(ascii: "\n") { count += 1 }
        return count
    }

    private func readRecords<C: BundleColumns>(_ bytes: UnsafeBufferPointer<UInt8>, _: C.Type,
                                               passed: (UnsafePointer<UInt8>) -> Void,
                                               _ body: (inout BundleRow<C>) -> Void) -> TableRead {
        var header: TableHeader<C>?
        var complete = true
        var semicolons = false
        CSVTokenizer.forEachRecord(in: bytes, passed: passed, onRecord: { line, fields in
            guard !semicolons else { return }
            guard let header else {
                // Said once for the file, instead of an error on every row.
                if fields.count == 1, fields[0].contains(";") {
                    semicolons = true
                    complete = false
                    issues.add(BundleIssue(C.file, line: line, .semicolonSeparated))
                    return
                }
                let read = TableHeader<C>(fields: fields, line: line, format: format, issues: issues)
                complete = complete && read.hasRequiredColumns
                header = read
                return
            }
            guard fields.count == header.fieldCount else {
                complete = false
                issues.add(BundleIssue(C.file, line: line, .fieldCount(found: fields.count, expected: header.fieldCount)))
                return
            }
            var row = BundleRow(line: line, fields: fields, header: header, issues: issues, timeZone: timeZone)
            body(&row)
        }, onError: { error in
            guard !semicolons else { return }
            complete = false
            issues.add(BundleIssue(C.file, line: error.line, error.problem.bundleProblem))
        })
        guard header != nil else {
            // A header lost to a syntax error was reported as such.
            if complete { issues.add(BundleIssue(C.file, line: 1, .noHeader)) }
            return .read(complete: false)
        }
        return .read(complete: complete)
    }
}

extension CSVTokenizer.Problem {
    var bundleProblem: BundleProblem {
        switch self {
        case .unterminatedQuote(let line): .unterminatedQuote(openedAtLine: line)
        case .textAfterClosingQuote(let line): .textAfterClosingQuote(closedAtLine: line)
        case .quoteInUnquotedField: .quoteInUnquotedField
        case .controlCharacter(let code): .controlCharacter(code)
        }
    }
}

extension BundleRow {
    /// A new identifier of this file: reported when already defined above.
    mutating func newIdentifier(_ column: C, into ids: inout KnownIDs) -> String? {
        guard let id = identifier(column) else { return nil }
        if let first = ids.register(id, line: line) {
            report(column, .duplicateIdentifier(id, firstLine: first))
        }
        return id
    }

    /// A reference that must resolve among `ids`, the identifiers of `file`.
    mutating func reference(_ column: C, to ids: KnownIDs, of file: BundleFile) -> String? {
        guard let id = identifier(column) else { return nil }
        return resolved(id, column, ids, file)
    }

    mutating func optionalReference(_ column: C, to ids: KnownIDs, of file: BundleFile) -> String? {
        guard let id = optionalIdentifier(column) else { return nil }
        return resolved(id, column, ids, file)
    }

    private mutating func resolved(_ id: String, _ column: C, _ ids: KnownIDs, _ file: BundleFile) -> String? {
        guard ids.contains(id) else {
            if ids.isComplete { report(column, .unknownReference(id, in: file)) } else { skipSilently() }
            return nil
        }
        return id
    }

    /// Checks that the account named in `column` holds `role`, when its row was valid.
    mutating func require(_ role: Role, of login: String?, in column: C, roles: [String: [Role]]) {
        guard let login, let held = roles[login], !held.contains(role) else { return }
        report(column, .missingRole(login: login, role: role))
    }

    /// Checks that `end` is not before `start`.
    mutating func checkOrder(_ start: SchoolDate?, _ end: SchoolDate?, endColumn: C) {
        guard let start, let end, end < start else { return }
        report(endColumn, .endBeforeStart(start: start.iso, end: end.iso))
    }
}

/// A value read from a bundle and the line it was read from, for messages
/// that point at an earlier row.
struct Located<Value> {
    let value: Value
    let line: Int
}
