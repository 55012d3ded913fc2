import JournalCore
import TerminalUI

/// The parts of «Мой класс».
enum MyClassSection: Int, CaseIterable {
    case today, week, contacts, events, notices

    var slot: Int { rawValue + 2 }

    func title(_ context: AppContext) -> String {
        switch self {
        case .today: context.t("Сегодня", "Today")
        case .week: context.t("Неделя", "Week")
        case .contacts: context.t("Контакты", "Contacts")
        case .events: context.t("События", "Events")
        case .notices: context.t("Уведомл.", "Notices")
        }
    }

    func next(by step: Int) -> MyClassSection {
        let count = Self.allCases.count
        return MyClassSection(rawValue: (rawValue + step + count) % count)!
    }
}

/// One line of «Мой класс»: what it says, how it is coloured, and what a key
/// on it acts on (a student, a person's contacts, an event).
struct MyClassRow: Equatable {
    var text: String
    var style: StyleRole?
    var student: StudentID?
    var date: SchoolDate?
    var contact: ContactTarget?
    var event: ClassEvent?
}

/// Whose contacts a line shows, with what they hold now (the form starts from it).
struct ContactTarget: Equatable {
    var owner: ContactOwner
    var name: String
    var contact: PersonContact
}

/// What «Мой класс» shows: the section, the week, the chosen students; the
/// lines are worked out from the facts the store gave, without a database.
struct MyClassState: Equatable {
    var section = MyClassSection.week
    var week: SchoolDate
    /// Students chosen for a notice (Space).
    var chosen: Set<StudentID> = []

    init(today: SchoolDate) {
        week = today.mondayOfWeek
    }

    /// The month whose events show: today's in the current week, else the
    /// month most of the week lies in (its Thursday's).
    func eventMonth(today: SchoolDate) -> SchoolDate {
        today.mondayOfWeek == week ? today : week.adding(days: 3)
    }

    static func monthTitle(_ date: SchoolDate, _ context: AppContext) -> String {
        let ru = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return context.t(ru[date.month - 1], en[date.month - 1]) + " \(date.year)"
    }

    mutating func moveWeek(by weeks: Int) {
        week = week.adding(days: 7 * weeks)
    }

    /// Space on a student's line: chosen or not.
    mutating func toggle(_ student: StudentID) {
        if chosen.remove(student) == nil { chosen.insert(student) }
    }

    /// Who a notice goes to: the chosen students, or the one on the line.
    func noticeTargets(selected: StudentID?) -> [StudentID] {
        if !chosen.isEmpty { return Array(chosen) }
        return selected.map { [$0] } ?? []
    }

    /// The notices for `targets`, built from the week's facts; students
    /// with nothing to tell are named apart.
    static func drafts(for targets: [StudentID], in overview: MyClassOverview) -> (drafts: [(MyClassStudent, String)], nothing: [String]) {
        var drafts: [(MyClassStudent, String)] = [], nothing: [String] = []
        for student in overview.students where targets.contains(student.id) {
            if let text = NoticeText.build(for: student, week: overview.week, today: overview.today) {
                drafts.append((student, text))
            } else {
                nothing.append(student.fullName)
            }
        }
        return (drafts, nothing)
    }

    // MARK: Lines

    func rows(_ overview: MyClassOverview, events: [ClassEvent], notices: [SentNotice], context: AppContext) -> [MyClassRow] {
        switch section {
        case .today: todayRows(overview, context)
        case .week: weekRows(overview, context)
        case .contacts: contactRows(overview, context)
        case .events: eventRows(events, month: eventMonth(today: overview.today), context)
        case .notices: noticeRows(notices, context)
        }
    }

    private func todayRows(_ overview: MyClassOverview, _ context: AppContext) -> [MyClassRow] {
        var rows: [MyClassRow] = []
        if let now = overview.lessonNow {
            let names = overview.absentNow.map { PersonName.short($0.fullName) }
            rows.append(MyClassRow(text: context.t("Сейчас \(now)-й урок. Отсутствуют: ", "Now lesson \(now). Absent: ")
                                   + (names.isEmpty ? context.t("никто", "nobody") : names.joined(separator: ", ")),
                                   style: names.isEmpty ? .success : .warning))
        } else {
            rows.append(MyClassRow(text: context.t("Сейчас урока нет.", "No lesson now."), style: .dim))
        }
        rows.append(MyClassRow(text: context.t("Отсутствовали сегодня, \(overview.today.russian):", "Absent today, \(overview.today.russian):"),
                               style: .header))
        if overview.todayAbsences.isEmpty {
            rows.append(MyClassRow(text: context.t("  никто", "  nobody"), style: .dim))
        }
        for absence in overview.todayAbsences {
            rows.append(MyClassRow(text: "  " + TextFitting.fit(absence.fullName, width: 28) + " \(absence.lessonNumber)  "
                                   + TextFitting.fit(absence.subject, width: 20) + " " + absence.code.rawValue,
                                   style: absence.code == .absent ? .warning : nil, student: absence.student, date: overview.today))
        }
        return rows
    }

    private func weekRows(_ overview: MyClassOverview, _ context: AppContext) -> [MyClassRow] {
        var rows: [MyClassRow] = []
        for student in overview.students {
            let mark = chosen.contains(student.id) ? "[•] " : "[ ] "
            var facts: [String] = []
            if !student.unexcused.isEmpty { facts.append(context.t("н без ув.: \(student.unexcused.count)", "unexcused: \(student.unexcused.count)")) }
            if !student.twos.isEmpty { facts.append(context.t("двоек: \(student.twos.count)", "2s: \(student.twos.count)")) }
            let warn = !facts.isEmpty
            rows.append(MyClassRow(text: mark + TextFitting.fit(student.fullName, width: 30) + " " + facts.joined(separator: "  "),
                                   style: warn ? .warning : .emphasis, student: student.id))
            for entry in student.entries {
                var what = entry.mark.map(String.init) ?? ""
                if let code = entry.absence { what = code.rawValue + (entry.note.map { " (\($0))" } ?? "") }
                let line = "      " + WeekdayNames.short(entry.date.weekday, context.language) + " " + entry.date.russianShort
                    + " \(entry.lessonNumber) " + TextFitting.fit(entry.subject, width: 22) + " " + what
                let style: StyleRole? = entry.mark == 2 || entry.absence == .absent ? .error : nil
                rows.append(MyClassRow(text: line, style: style, student: student.id, date: entry.date))
            }
        }
        if rows.isEmpty { rows.append(MyClassRow(text: context.t("В классе нет учеников.", "No students in the class."), style: .dim)) }
        return rows
    }

    private func contactRows(_ overview: MyClassOverview, _ context: AppContext) -> [MyClassRow] {
        var rows: [MyClassRow] = []
        for student in overview.students {
            rows.append(MyClassRow(text: TextFitting.fit(student.fullName, width: 26) + " " + Self.contactText(student.contact, context),
                                   style: student.contact.consentDate == nil ? .warning : nil, student: student.id,
                                   contact: ContactTarget(owner: .student(student.id), name: student.fullName, contact: student.contact)))
            for parent in student.parents {
                rows.append(MyClassRow(text: "  " + context.t("род. ", "par. ") + TextFitting.fit(parent.fullName, width: 19) + " "
                                       + Self.contactText(parent.contact, context),
                                       style: parent.contact.consentDate == nil ? .warning : .dim, student: student.id,
                                       contact: ContactTarget(owner: .parent(parent.id), name: parent.fullName, contact: parent.contact)))
            }
        }
        return rows
    }

    static func contactText(_ contact: PersonContact, _ context: AppContext) -> String {
        let parts = [contact.phone, contact.email, contact.address].compactMap { $0 }
        let consent = contact.consentDate.map { context.t("согласие ", "consent ") + $0.russian }
            ?? context.t("нет согласия", "no consent")
        // The consent first: a long address must not push it off the line.
        return consent + " · " + (parts.isEmpty ? context.t("контактов нет", "no contacts") : parts.joined(separator: ", "))
    }

    private func eventRows(_ events: [ClassEvent], month: SchoolDate, _ context: AppContext) -> [MyClassRow] {
        let header = MyClassRow(text: context.t("События класса: ", "Class events: ") + Self.monthTitle(month, context)
                                + context.t(" ([ ] — недели)", " ([ ] weeks)"), style: .header)
        guard !events.isEmpty else {
            return [header, MyClassRow(text: context.t("В этом месяце событий нет: Insert — добавить.", "No events this month: Insert adds one."),
                                       style: .dim)]
        }
        return [header] + events.map { event in
            let time = event.time?.text ?? "     "
            let place = event.place.map { " — " + $0 } ?? ""
            return MyClassRow(text: event.date.russian + " " + time + "  " + event.title + place, event: event)
        }
    }

    private func noticeRows(_ notices: [SentNotice], _ context: AppContext) -> [MyClassRow] {
        guard !notices.isEmpty else {
            return [MyClassRow(text: context.t("Уведомлений ещё не было: Неделя, Пробел — выбрать, F8 — уведомить.",
                                               "No notices yet: Week, Space chooses, F8 notifies."), style: .dim)]
        }
        return notices.map { notice in
            let read = notice.readAt.map { context.t("прочитано ", "read ") + $0.date.russianShort + " " + $0.timeOfDay.text }
                ?? context.t("не прочитано", "unread")
            return MyClassRow(text: notice.sentAt.date.russianShort + " " + TextFitting.fit(PersonName.short(notice.parent), width: 18)
                              + " " + TextFitting.fit(read, width: 23) + " " + notice.text.replacingOccurrences(of: "\n", with: " "),
                              style: notice.readAt == nil ? .warning : .success)
        }
    }
}
