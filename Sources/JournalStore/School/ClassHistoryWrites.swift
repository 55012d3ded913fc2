import GRDB
import JournalCore

/// Arrivals, transfers and departures (движение учащихся): each a dated event
/// by the director's order, changing the student's class history. The date is
/// the one the order takes effect from («зачислить с», «перевести с»,
/// «отчислить с»): the first day in the class, in the new class, or out of the
/// school.
///
/// Group memberships follow the class: a transfer ends the student's
/// memberships of the old class's `part` groups the day before it, a
/// departure ends every membership. A change that would hide a mark or an
/// attendance row already entered after its date is refused
/// (`RosterChangeCheck`), as is one dated inside a closed period.
extension AppDatabase {
    /// A student arrives in a class from `date` on. An unknown student code is
    /// a new student and needs `fullName`; a known one (coming back) must have
    /// no stay from `date` on.
    public func arrive(student code: String, fullName: String?, class classCode: String, on date: SchoolDate, order: String,
                       by requester: Requester) throws {
        try classHistoryChange(by: requester) { ctx in
            try Self.arrive(ctx, student: code, fullName: fullName, class: classCode, on: date, order: order)
        }
    }

    /// The arrival inside a running change: also the secretary's «новый ученик».
    static func arrive(_ ctx: AdministrationContext, student code: String, fullName: String?, class classCode: String,
                       on date: SchoolDate, order: String) throws {
        let order = try Self.orderText(order)
        let target = try SchoolReferences.schoolClass(ctx.db, classCode)
        try SchoolYearCheck.require(ctx.db, date)
        let student = try Self.arrivingStudent(ctx, code: code, fullName: fullName)
        if let stay = try StayRow.all(ctx.db, student.id).first(where: { $0.to.map { $0 >= date } ?? true }) {
            throw JournalError.conflict(Phrase(
                ru: "ученик \(student.fullName) уже числится в классе «\(stay.className)» \(stay.words.ru): пребывания в классах не пересекаются",
                en: "\(student.fullName) is already in class \"\(stay.className)\" \(stay.words.en): stays do not overlap"))
        }
        try ctx.checkPeriodsOpen(from: date, to: nil)
        try StayRow.insert(ctx, student: student.id, class: target.id, from: date, to: nil, order: order)
    }

    /// A student moves to another class from `date` on: their stay covering
    /// `date` ends the day before, a stay in the new class begins.
    public func transfer(student code: String, to classCode: String, on date: SchoolDate, order: String,
                         by requester: Requester) throws {
        try classHistoryChange(by: requester) { ctx in
            let order = try Self.orderText(order)
            let target = try SchoolReferences.schoolClass(ctx.db, classCode)
            let student = try SchoolReferences.student(ctx.db, code)
            try SchoolYearCheck.require(ctx.db, date)
            let stay = try Self.stay(ctx.db, student, covering: date)
            try Self.requireLatest(ctx.db, stay, student, date)
            guard stay.classID != target.id else {
                throw JournalError.conflict(Phrase(ru: "ученик \(student.fullName) и так в классе «\(target.name)» на \(date.russian)",
                                                   en: "\(student.fullName) is already in class \"\(target.name)\" on \(date.iso)"))
            }
            try ctx.checkPeriodsOpen(from: date, to: stay.to)
            try stay.end(ctx, lastDay: date.adding(days: -1), orderNote: nil)
            try StayRow.insert(ctx, student: student.id, class: target.id, from: date, to: stay.to, order: order)
            try MembershipEnd.end(ctx, student: student.id, from: date, partGroupsOf: stay.classID)
            try RosterChangeCheck.checkNoEntryLeftBehind(ctx.db, student: student.id, fullName: student.fullName, from: date)
        }
    }

    /// A student leaves the school from `date` on: their stay covering `date`
    /// ends the day before (its order text gains the departure's order), and
    /// so does every group membership.
    public func leave(student code: String, on date: SchoolDate, order: String, by requester: Requester) throws {
        try classHistoryChange(by: requester) { ctx in
            let order = try Self.orderText(order)
            let student = try SchoolReferences.student(ctx.db, code)
            try SchoolYearCheck.require(ctx.db, date)
            let stay = try Self.stay(ctx.db, student, covering: date)
            try ctx.checkPeriodsOpen(from: date, to: stay.to)
            try stay.end(ctx, lastDay: date.adding(days: -1), orderNote: order)
            try MembershipEnd.end(ctx, student: student.id, from: date, partGroupsOf: nil)
            try RosterChangeCheck.checkNoEntryLeftBehind(ctx.db, student: student.id, fullName: student.fullName, from: date)
        }
    }

    /// A transfer moves a student out of the class they are in now: a date
    /// inside an earlier stay would rewrite the history before the current
    /// class began.
    private static func requireLatest(_ db: Database, _ stay: StayRow, _ student: (id: StudentID, fullName: String),
                                      _ date: SchoolDate) throws {
        guard let latest = try StayRow.all(db, student.id).last, latest.id != stay.id else { return }
        throw JournalError.conflict(Phrase(
            ru: "ученик \(student.fullName) в классе «\(latest.className)» \(latest.words.ru); дата перевода \(date.russian) раньше начала этого класса",
            en: "\(student.fullName) is in class \"\(latest.className)\" \(latest.words.en); the transfer date \(date.iso) is before it began"))
    }

    /// A student's class history, earliest first, for those who keep it.
    public func classHistory(of code: String, by requester: Requester) throws -> [Enrollment] {
        try read { db in
            try AccessCheck.require(requester, db, refusal: studentListsRefusal, Permissions.mayKeepStudentLists)
            let student = try SchoolReferences.student(db, code)
            return try StayRow.all(db, student.id).map {
                Enrollment(studentCode: code, classCode: $0.classCode, from: $0.from, to: $0.to, order: $0.order)
            }
        }
    }

    private func classHistoryChange(by requester: Requester, _ body: (AdministrationContext) throws -> Void) throws {
        try administration(by: requester, refusal: Phrase(ru: "движение учащихся ведёт секретарь, завуч или администратор",
                                                          en: "only the secretary, the deputy or the administrator moves students"),
                           Permissions.mayKeepStudentLists, body)
    }

    static func orderText(_ order: String) throws -> String {
        guard let text = normalizedText(order) else {
            throw JournalError.emptyValue(field: Phrase(ru: "приказ (например «№ 57 от 14.10.2026»)", en: "order (e.g. «№ 57 от 14.10.2026»)"))
        }
        return text
    }

    /// The student of `code`, created when new.
    private static func arrivingStudent(_ ctx: AdministrationContext, code: String,
                                        fullName: String?) throws -> (id: StudentID, fullName: String) {
        let name = normalizedText(fullName)
        if let known = try? SchoolReferences.student(ctx.db, code) {
            if let name, name != known.fullName {
                throw JournalError.conflict(Phrase(ru: "код «\(code)» уже у ученика \(known.fullName)",
                                                   en: "code \"\(code)\" already belongs to \(known.fullName)"))
            }
            return known
        }
        guard let name else {
            throw JournalError.emptyValue(field: Phrase(ru: "ФИО нового ученика «\(code)» (--name)",
                                                        en: "full name of the new student \"\(code)\" (--name)"))
        }
        guard !code.trimmingSpaces.isEmpty, !code.contains(where: \.isWhitespace) else {
            throw JournalError.emptyValue(field: Phrase(ru: "код ученика (без пробелов)", en: "student code (without spaces)"))
        }
        try ctx.db.execute(sql: "INSERT INTO student (code, full_name) VALUES (?, ?)", arguments: [code, name])
        let id = StudentID(ctx.db.lastInsertedRowID)
        try ctx.audit(AuditEntry(action: .insert, table: "student", rowID: id.rawValue, studentID: id,
                                 new: ["code": code, "full_name": name]))
        return (id, name)
    }

    /// The stay covering `date`, which a transfer or a departure on `date`
    /// ends the day before: it must have begun earlier.
    private static func stay(_ db: Database, _ student: (id: StudentID, fullName: String),
                             covering date: SchoolDate) throws -> StayRow {
        guard let stay = try StayRow.all(db, student.id).first(where: { $0.span.contains(date) }) else {
            throw JournalError.conflict(Phrase(ru: "ученик \(student.fullName) не числится ни в одном классе на \(date.russian)",
                                               en: "\(student.fullName) is in no class on \(date.iso)"))
        }
        guard stay.from < date else {
            throw JournalError.conflict(Phrase(
                ru: "ученик \(student.fullName) прибыл в класс «\(stay.className)» в этот же день (\(date.russian)): исправьте дату прибытия",
                en: "\(student.fullName) arrived in class \"\(stay.className)\" that same day (\(date.iso)): correct the arrival"))
        }
        return stay
    }
}

/// One row of `enrollment` with its class.
struct StayRow {
    var id: Int64
    var studentID: StudentID
    var classID: ClassID
    var classCode: String
    var className: String
    var from: SchoolDate
    var to: SchoolDate?
    var order: String?

    var span: DaySpan { DaySpan(from: from, to: to) }

    /// «с 01.09.2024» or «с 01.09.2024 по 20.10.2024».
    var words: Phrase {
        guard let to else { return Phrase(ru: "с \(from.russian)", en: "from \(from.iso)") }
        return Phrase(ru: "с \(from.russian) по \(to.russian)", en: "from \(from.iso) to \(to.iso)")
    }

    static func all(_ db: Database, _ student: StudentID) throws -> [StayRow] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.student_id, e.class_id, c.code, c.name, e.from_day, e.to_day, e.order_text
            FROM enrollment e JOIN class c ON c.id = e.class_id WHERE e.student_id = ? ORDER BY e.from_day
            """, arguments: [student]).map { r in
            StayRow(id: r["id"], studentID: r["student_id"], classID: r["class_id"], classCode: r["code"], className: r["name"], from: r["from_day"],
                    to: r["to_day"], order: r["order_text"])
        }
    }

    static func insert(_ ctx: AdministrationContext, student: StudentID, class classID: ClassID, from: SchoolDate,
                       to: SchoolDate?, order: String) throws {
        try ctx.db.execute(sql: "INSERT INTO enrollment (student_id, class_id, from_day, to_day, order_text) VALUES (?, ?, ?, ?, ?)",
                           arguments: [student, classID, from, to, order])
        try ctx.audit(AuditEntry(action: .insert, table: "enrollment", rowID: ctx.db.lastInsertedRowID, studentID: student,
                                 new: ["class_id": String(classID.rawValue), "from": from.iso, "to": to?.iso, "order": order]))
    }

    /// Ends the stay on `lastDay`; a departure's order is added to its text.
    func end(_ ctx: AdministrationContext, lastDay: SchoolDate, orderNote: String?) throws {
        let newOrder = orderNote.map { note in [order, "выбытие: \(note)"].compactMap { $0 }.joined(separator: "; ") } ?? order
        try ctx.db.execute(sql: "UPDATE enrollment SET to_day = ?, order_text = ? WHERE id = ?", arguments: [lastDay, newOrder, id])
        try ctx.audit(AuditEntry(action: .update, table: "enrollment", rowID: id, studentID: studentID,
                                 old: ["to": to?.iso, "order": order], new: ["to": lastDay.iso, "order": newOrder]))
    }
}
