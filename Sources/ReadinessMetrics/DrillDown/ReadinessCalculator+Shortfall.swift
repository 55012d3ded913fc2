import JournalCore
import JournalStore

extension ReadinessCalculator {
    /// The items behind an indicator's shortfall in the window, for the whole
    /// school or one slice of it: lessons first by date for planning and
    /// journal, the latest entries first for on_time. `limit` caps long lists.
    public func shortfall(of key: IndicatorKey, profile: ReadinessProfile, window: ReadinessWindow,
                          slice: LessonSlice = .school, limit: Int? = nil) throws -> [ShortfallItem] {
        switch key {
        case .planning:
            return try lessons(.withoutPlanning, window: window, slice: slice, limit: limit).map(ShortfallItem.lessonWithoutPlanning)
        case .journal:
            return try lessons(.withoutEntry(profile.journalEntryKinds), window: window, slice: slice, limit: limit)
                .map(ShortfallItem.lessonWithoutEntry)
        case .onTime:
            return try lateEntries(profile: profile, window: window, slice: slice, limit: limit).map(ShortfallItem.lateEntry)
        case .scheduleFill:
            return try classesWithoutTimetable(window: window, slice: slice).prefix(limit ?? .max).map(ShortfallItem.classWithoutTimetable)
        case .parentAccounts:
            return try studentsWithoutParent(window: window, slice: slice).prefix(limit ?? .max).map(ShortfallItem.studentWithoutParent)
        case .activatedAccounts:
            try requireWholeSchool(key, slice)
            return try people(database.accountsNotActivated(at: window.asOf)).prefix(limit ?? .max).map(ShortfallItem.accountNotActivated)
        case .uniqueLogins:
            try requireWholeSchool(key, slice)
            let people = try people(database.accountsWithoutSignIn(from: SchoolTime(date: window.from), to: window.endTime))
            return people.prefix(limit ?? .max).map(ShortfallItem.accountWithoutSignIn)
        }
    }

    private func lessons(_ filter: ReadinessLessonFilter, window: ReadinessWindow, slice: LessonSlice,
                         limit: Int?) throws -> [LessonItem] {
        let rows = try database.readinessLessons(from: window.from, to: window.to, asOf: window.asOf, slice: slice,
                                                 filter: filter, limit: limit)
        let names = try database.readinessNames(accounts: rows.map(\.teacherID))
        return rows.map { LessonItem($0, names: names) }
    }

    private func lateEntries(profile: ReadinessProfile, window: ReadinessWindow, slice: LessonSlice,
                             limit: Int?) throws -> [LateEntryItem] {
        let rows = try database.lateEntries(from: window.from, to: window.to, asOf: window.asOf, slice: slice,
                                            kinds: profile.onTimeEntryKinds, deadline: profile.deadline, limit: limit)
        let names = try database.readinessNames(accounts: rows.map(\.lesson.teacherID))
        let students = try database.studentNames(rows.compactMap(\.studentID))
        return rows.map { row in
            LateEntryItem(lesson: LessonItem(row.lesson, names: names), kind: row.kind, markID: row.markID,
                          studentID: row.studentID, studentName: row.studentID.flatMap { students[$0] },
                          enteredAt: row.enteredAt, deadline: row.deadline)
        }
    }

    private func classesWithoutTimetable(window: ReadinessWindow, slice: LessonSlice) throws -> [ClassItem] {
        let classID = try classFilter(.scheduleFill, slice)
        var request = ReadinessCountRequest()
        request.enrolmentAsOf = window.asOf
        request.timetable = true
        let counts = try database.readinessCounts(request)
        let names = try database.readinessNames(accounts: [AccountID]())
        return (counts.enrolment?.classes ?? [])
            .filter { $0.students > 0 && (classID == nil || $0.classID == classID) }
            .filter { c in !counts.timetableSpans.contains { $0.classID == c.classID && $0.overlaps(from: window.from, to: window.to) } }
            .map { ClassItem(id: $0.classID, name: names.classes[$0.classID] ?? "?") }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    private func studentsWithoutParent(window: ReadinessWindow, slice: LessonSlice) throws -> [PersonItem] {
        let classID = try classFilter(.parentAccounts, slice)
        let names = try database.readinessNames(accounts: [AccountID]())
        return try database.studentsWithoutParentAccount(day: window.asOf.date, asOf: window.asOf, classID: classID).map {
            PersonItem(id: $0.id, name: $0.name, className: $0.classID.flatMap { names.classes[$0] }, login: nil, roles: [])
        }
    }

    private func people(_ rows: [ReadinessPersonRow]) -> [PersonItem] {
        rows.map { PersonItem(id: $0.id, name: $0.name, className: nil, login: $0.login, roles: $0.roles) }
    }

    private func classFilter(_ key: IndicatorKey, _ slice: LessonSlice) throws -> ClassID? {
        switch slice {
        case .school: return nil
        case .schoolClass(let id): return id
        case .group, .teacher, .subject: throw ReadinessError.notApplicable(key, Self.sliceMeaning)
        }
    }

    private func requireWholeSchool(_ key: IndicatorKey, _ slice: LessonSlice) throws {
        if slice != .school { throw ReadinessError.notApplicable(key, Self.sliceMeaning) }
    }

    private static let sliceMeaning = Phrase(ru: "разбивка по классам, учителям или предметам",
                                             en: "a split by class, teacher or subject")
}
