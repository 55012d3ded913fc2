import JournalCore

/// The snapshot's rows in the order export writes them: determined by the data
/// alone (never by row ids or insertion order), so that two exports of the same
/// school are byte-identical and import → export reproduces a bundle exactly.
/// Entities go by their identifier in natural order; rows that reference others
/// go by the referenced identifiers' order, then by date, then by every other
/// field, so that not even two different marks in one lesson can swap places.
struct ExportOrder {
    let snapshot: SchoolSnapshot
    private let classRank: [String: Int]
    private let subjectRank: [String: Int]
    private let studentRank: [String: Int]
    private let lessonRank: [String: Int]
    private let periodRank: [String: Int]
    private let loginRank: [String: Int]
    private let groupRank: [String: Int]

    init(_ snapshot: SchoolSnapshot) {
        self.snapshot = snapshot
        classRank = NaturalOrder.ranks(snapshot.classes.map(\.code))
        subjectRank = NaturalOrder.ranks(snapshot.subjects.map(\.code))
        studentRank = NaturalOrder.ranks(snapshot.students.map(\.code))
        lessonRank = NaturalOrder.ranks(snapshot.lessons.map(\.code))
        periodRank = NaturalOrder.ranks(snapshot.periods.map(\.code))
        loginRank = NaturalOrder.ranks(snapshot.accounts.map(\.login))
        groupRank = NaturalOrder.ranks(snapshot.groups.map(\.code))
    }

    var periods: [Period] { NaturalOrder.sorted(snapshot.periods, by: \.code) }
    var bells: [Bell] { Self.sorted(snapshot.bells) }
    var shortBells: [Bell] { Self.sorted(snapshot.shortBells) }
    var subjects: [Subject] { NaturalOrder.sorted(snapshot.subjects, by: \.code) }
    /// Work types keep the school's own order: it is data (the order the screens
    /// offer them in), and the store keeps it as a position.
    var workTypes: [WorkType] { snapshot.workTypes }
    var accounts: [Account] { NaturalOrder.sorted(snapshot.accounts, by: \.login) }
    var classes: [SchoolClass] { NaturalOrder.sorted(snapshot.classes, by: \.code) }
    var students: [Student] { NaturalOrder.sorted(snapshot.students, by: \.code) }
    var lessons: [Lesson] { NaturalOrder.sorted(snapshot.lessons, by: \.code) }
    var groups: [TeachingGroup] { NaturalOrder.sorted(snapshot.groups, by: \.code) }

    var enrollments: [Enrollment] {
        sorted(snapshot.enrollments, key: {
            SortKey(rank(studentRank, $0.studentCode), $0.from.dayNumber, $0.to?.dayNumber ?? .max, rank(classRank, $0.classCode))
        }, then: { textBefore($0.order, $1.order) })
    }

    var groupMembers: [GroupMembership] {
        sorted(snapshot.groupMembers, key: {
            SortKey(rank(groupRank, $0.groupCode), rank(studentRank, $0.studentCode), $0.from.dayNumber, $0.to?.dayNumber ?? .max)
        }, then: { _, _ in false })
    }

    /// By date, the whole school's line before the classes' lines.
    var calendar: [CalendarDay] {
        sorted(snapshot.calendar, key: {
            SortKey($0.date.dayNumber, rank(classRank, $0.classCode), CalendarDayKind.allCases.firstIndex(of: $0.kind) ?? 0,
                    $0.weekday ?? 0)
        }, then: { textBefore($0.note, $1.note) })
    }

    var curriculum: [CurriculumRow] {
        sorted(snapshot.curriculum, key: {
            SortKey(rank(classRank, $0.classCode), rank(groupRank, $0.groupCode), rank(subjectRank, $0.subjectCode),
                    $0.hours.hundredths)
        }, then: { _, _ in false })
    }

    var guardians: [Guardian] {
        sorted(snapshot.guardians, key: { SortKey(rank(studentRank, $0.studentCode), rank(loginRank, $0.parentLogin)) },
               then: { _, _ in false })
    }

    var timetable: [TimetableEntry] {
        sorted(snapshot.timetable, key: {
            SortKey(rank(classRank, $0.classCode), rank(groupRank, $0.groupCode), $0.weekday, $0.lessonNumber,
                    $0.validFrom.dayNumber, rank(subjectRank, $0.subjectCode), rank(loginRank, $0.teacherLogin),
                    $0.validTo?.dayNumber ?? .max)
        }, then: { textBefore($0.room, $1.room) })
    }

    var plans: [PlanItem] {
        sorted(snapshot.plans, key: {
            SortKey(rank(classRank, $0.classCode), rank(groupRank, $0.groupCode), rank(subjectRank, $0.subjectCode), $0.seq)
        },
               then: { $0.hours != $1.hours ? $0.hours < $1.hours : textBefore($0.topic, $1.topic) })
    }

    var marks: [Mark] {
        sorted(snapshot.marks, key: {
            SortKey(rank(lessonRank, $0.lessonCode), rank(studentRank, $0.studentCode), $0.enteredAt.seconds, $0.value.value)
        }, then: { a, b in
            if a.workTypeCode != b.workTypeCode { return textBefore(a.workTypeCode, b.workTypeCode) }
            if a.enteredBy != b.enteredBy { return textBefore(a.enteredBy, b.enteredBy) }
            return textBefore(a.comment, b.comment)
        })
    }

    var attendance: [Attendance] { sortedAttendance(snapshot.attendance) }

    /// The records that have a document, in attendance.csv's order.
    var attendanceNotes: [Attendance] { sortedAttendance(snapshot.attendance.filter { $0.note != nil }) }

    private func sortedAttendance(_ records: [Attendance]) -> [Attendance] {
        sorted(records, key: {
            SortKey(rank(lessonRank, $0.lessonCode), rank(studentRank, $0.studentCode), $0.enteredAt.seconds)
        }, then: { a, b in
            a.code != b.code ? textBefore(a.code.rawValue, b.code.rawValue) : textBefore(a.enteredBy, b.enteredBy)
        })
    }

    var finalMarks: [FinalMark] {
        sorted(snapshot.finalMarks, key: {
            SortKey(rank(studentRank, $0.studentCode), rank(subjectRank, $0.subjectCode), rank(periodRank, $0.periodCode),
                    $0.enteredAt.seconds)
        }, then: { a, b in
            a.value != b.value ? textBefore(a.value.text, b.value.text) : textBefore(a.enteredBy, b.enteredBy)
        })
    }

    var signIns: [SignIn] {
        sorted(snapshot.signIns, key: { SortKey(rank(loginRank, $0.login), $0.at.seconds) }, then: { _, _ in false })
    }

    /// The lessons whose homework has a due lesson, in lessons.csv's order.
    var homeworkDue: [Lesson] { NaturalOrder.sorted(snapshot.lessons.filter { $0.homeworkDue != nil }, by: \.code) }

    /// Students' contacts by student, then parents' by login.
    var contacts: [ContactRecord] {
        sorted(snapshot.contacts, key: {
            switch $0.owner {
            case .student(let code): SortKey(0, rank(studentRank, code))
            case .account(let login): SortKey(1, rank(loginRank, login))
            }
        }, then: { _, _ in false })
    }

    var classEvents: [ClassEventRecord] {
        sorted(snapshot.classEvents, key: {
            SortKey(rank(classRank, $0.classCode), $0.date.dayNumber, $0.time?.minutes ?? -1, $0.updatedAt?.seconds ?? -1)
        }, then: { a, b in
            if a.title != b.title { return textBefore(a.title, b.title) }
            if a.place != b.place { return textBefore(a.place, b.place) }
            return textBefore(a.updatedBy, b.updatedBy)
        })
    }

    var parentNotices: [ParentNoticeRecord] {
        sorted(snapshot.parentNotices, key: {
            SortKey(rank(classRank, $0.classCode), $0.sentAt.seconds, rank(studentRank, $0.studentCode),
                    rank(loginRank, $0.parentLogin), $0.readAt?.seconds ?? -1)
        }, then: { a, b in
            a.text != b.text ? textBefore(a.text, b.text) : textBefore(a.sentBy, b.sentBy)
        })
    }

    var messageThreads: [MessageThreadRecord] { NaturalOrder.sorted(snapshot.messageThreads, by: \.code) }
    var messages: [MessageRecord] { NaturalOrder.sorted(snapshot.messages, by: \.code) }
    var announcements: [AnnouncementRecord] { NaturalOrder.sorted(snapshot.announcements, by: \.code) }

    /// A thread's members in the order of users.csv.
    func members(of thread: MessageThreadRecord) -> [String] {
        thread.members.sorted { rank(loginRank, $0) < rank(loginRank, $1) }
    }

    var messageReads: [ReadRecord] { sortedReads(snapshot.messageReads, items: snapshot.messages.map(\.code)) }
    var announcementReads: [ReadRecord] { sortedReads(snapshot.announcementReads, items: snapshot.announcements.map(\.code)) }

    /// By the item read, then by the reader's login.
    private func sortedReads(_ reads: [ReadRecord], items: [String]) -> [ReadRecord] {
        let itemRank = NaturalOrder.ranks(items)
        return sorted(reads, key: { SortKey(rank(itemRank, $0.itemCode), rank(loginRank, $0.login), $0.readAt.seconds) },
                      then: { _, _ in false })
    }

    private static func sorted(_ bells: [Bell]) -> [Bell] {
        bells.sorted { ($0.lessonNumber, $0.start, $0.end) < ($1.lessonNumber, $1.start, $1.end) }
    }

    /// Sorts by integer keys computed once per row; `then` orders rows whose keys
    /// are equal.
    private func sorted<T>(_ items: [T], key: (T) -> SortKey, then tieBreak: (T, T) -> Bool) -> [T] {
        let keys = items.map(key)
        return items.indices.sorted { i, j in
            keys[i] != keys[j] ? keys[i] < keys[j] : tieBreak(items[i], items[j])
        }.map { items[$0] }
    }

    /// A reference to an identifier the snapshot does not define sorts last.
    /// An absent id (a group's row without a class) sorts first.
    private func rank(_ ranks: [String: Int], _ id: String?) -> Int {
        guard let id else { return -1 }
        return ranks[id] ?? .max
    }
}

/// Integers compared in order, like a tuple of any length.
struct SortKey: Comparable {
    private let parts: [Int]

    init(_ parts: Int...) {
        self.parts = parts
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
        lhs.parts.lexicographicallyPrecedes(rhs.parts)
    }
}

/// Byte order of UTF-8, no value first: deterministic on every platform.
private func textBefore(_ a: String?, _ b: String?) -> Bool {
    switch (a, b) {
    case (nil, nil): false
    case (nil, _): true
    case (_, nil): false
    case let (a?, b?): a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
