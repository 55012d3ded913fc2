import GRDB
import JournalCore

/// What a control report looks at: a window of days seen as of a moment, and
/// optionally one class, group, teacher or subject (bundle ids resolved to
/// rows). A teacher's own request is narrowed to their lessons by
/// `ReportAccess`.
public struct ReportScope: Hashable, Sendable {
    public var classID: ClassID?
    public var groupID: GroupID?
    public var teacherID: AccountID?
    public var subjectID: SubjectID?
    /// The period asked for by its code, when the window is one.
    public var periodID: PeriodID?
    public var from: SchoolDate
    public var to: SchoolDate
    public var asOf: SchoolTime

    public init(classID: ClassID? = nil, groupID: GroupID? = nil, teacherID: AccountID? = nil, subjectID: SubjectID? = nil,
                periodID: PeriodID? = nil, from: SchoolDate, to: SchoolDate, asOf: SchoolTime) {
        self.classID = classID
        self.groupID = groupID
        self.teacherID = teacherID
        self.subjectID = subjectID
        self.periodID = periodID
        self.from = from
        self.to = to
        self.asOf = asOf
    }

    /// The named SQL arguments every report query takes.
    var arguments: StatementArguments {
        ["cls": classID, "grp": groupID, "teacher": teacherID, "subject": subjectID,
         "from": from, "to": to, "asOf": asOf]
    }

    /// A lesson `l` within the scope's class, group, teacher and subject.
    static let lessonFilter = """
        (:cls IS NULL OR l.class_id = :cls) AND (:grp IS NULL OR l.group_id = :grp)
        AND (:teacher IS NULL OR l.teacher_id = :teacher) AND (:subject IS NULL OR l.subject_id = :subject)
        """

    /// A lesson `l` counted as readiness.md counts it: in the window, not
    /// cancelled, begun by as of.
    static let counted = "l.cancelled = 0 AND l.day BETWEEN :from AND :to AND l.starts_at <= :asOf"
}

/// Bundle ids as the command line gives them, for `AppDatabase.reportScope`.
public struct ReportScopeCodes: Sendable {
    public var classCode: String?
    public var groupCode: String?
    public var teacherLogin: String?
    public var subjectCode: String?
    public var periodCode: String?

    public init(classCode: String? = nil, groupCode: String? = nil, teacherLogin: String? = nil, subjectCode: String? = nil,
                periodCode: String? = nil) {
        self.classCode = classCode
        self.groupCode = groupCode
        self.teacherLogin = teacherLogin
        self.subjectCode = subjectCode
        self.periodCode = periodCode
    }
}

extension AppDatabase {
    /// The scope named by bundle ids; an id not found is refused naming it.
    public func reportScope(_ codes: ReportScopeCodes, from: SchoolDate, to: SchoolDate, asOf: SchoolTime) throws -> ReportScope {
        try read { db in
            func id<T>(_ code: String?, _ sql: String, _ what: (String) -> Phrase) throws -> RowID<T>? {
                guard let code else { return nil }
                guard let raw = try Int64.fetchOne(db, sql: sql, arguments: [code]) else { throw JournalError.notFound(what(code)) }
                return RowID<T>(raw)
            }
            return ReportScope(
                classID: try id(codes.classCode, "SELECT id FROM class WHERE code = ?") { Phrase(ru: "класс «\($0)»", en: "class \"\($0)\"") },
                groupID: try id(codes.groupCode, "SELECT id FROM teaching_group WHERE code = ?") {
                    Phrase(ru: "группа «\($0)»", en: "group \"\($0)\"") },
                teacherID: try id(codes.teacherLogin, "SELECT id FROM account WHERE login = ?") {
                    Phrase(ru: "учитель «\($0)»", en: "teacher \"\($0)\"") },
                subjectID: try id(codes.subjectCode, "SELECT id FROM subject WHERE code = ?") {
                    Phrase(ru: "предмет «\($0)»", en: "subject \"\($0)\"") },
                periodID: try id(codes.periodCode, "SELECT id FROM period WHERE code = ?") {
                    Phrase(ru: "период «\($0)»", en: "period \"\($0)\"") },
                from: from, to: to, asOf: asOf)
        }
    }

    /// The names reports print beside ids: classes, groups, subjects, accounts.
    /// Read by column position: every report reads all 7 000 accounts of a
    /// big school, and a column looked up by name costs more than the read.
    public func reportNames() throws -> ReportNames {
        try read { db in
            var names = ReportNames()
            func each(_ sql: String, _ body: (Int64, String, String, Int) -> Void) throws {
                let rows = try Row.fetchCursor(db, sql: sql)
                while let r = try rows.next() { body(r[0], r[1], r[2], r.count > 3 ? r[3] : 0) }
            }
            try each("SELECT id, code, name, grade FROM class") { names.classes[ClassID($0)] = ReportNames.Named(code: $1, name: $2, order: $3) }
            try each("SELECT id, code, name FROM teaching_group") { names.groups[GroupID($0)] = ReportNames.Named(code: $1, name: $2, order: $3) }
            try each("SELECT id, code, name FROM subject") { names.subjects[SubjectID($0)] = ReportNames.Named(code: $1, name: $2, order: $3) }
            names.accounts.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM account") ?? 0)
            try each("SELECT id, login, full_name FROM account") { names.accounts[AccountID($0)] = ReportNames.Named(code: $1, name: $2, order: $3) }
            try each("SELECT id, code, name FROM period") { names.periods[PeriodID($0)] = ReportNames.Named(code: $1, name: $2, order: $3) }
            return names
        }
    }
}

/// Ids to bundle ids and names, for printing.
public struct ReportNames: Sendable {
    public struct Named: Sendable, Hashable {
        public var code: String
        public var name: String
        /// The class's grade (classes sort by grade, then name).
        public var order: Int
    }

    public var classes: [ClassID: Named] = [:]
    public var groups: [GroupID: Named] = [:]
    public var subjects: [SubjectID: Named] = [:]
    public var accounts: [AccountID: Named] = [:]
    public var periods: [PeriodID: Named] = [:]

    public init() {}
}
