import GRDB
import JournalCore

/// One class × subject (or group × subject) as «Учебный план и КТП» lists it:
/// the curriculum's hours, the КТП's topics and hours, who teaches it.
public struct PlanOverviewLine: Hashable, Sendable {
    public var unit: PlanUnit
    /// «5А», «5А · гр. 1», «Элективный курс».
    public var ownerName: String
    public var subjectName: String
    public var grade: Int?
    /// The curriculum's hours a week; nil when the curriculum has no line.
    public var weeklyHours: WeeklyHours?
    /// The year's hours the КТП should have (weekly × weeks); nil without a curriculum line.
    public var expectedHours: Int?
    public var topicCount: Int
    public var planHours: Int
    /// The teachers of the current timetable, short names.
    public var teachers: [String]
    public var status: PlanCheckStatus

    public init(unit: PlanUnit, ownerName: String, subjectName: String, grade: Int?, weeklyHours: WeeklyHours?, expectedHours: Int?,
                topicCount: Int, planHours: Int, teachers: [String], status: PlanCheckStatus) {
        self.unit = unit
        self.ownerName = ownerName
        self.subjectName = subjectName
        self.grade = grade
        self.weeklyHours = weeklyHours
        self.expectedHours = expectedHours
        self.topicCount = topicCount
        self.planHours = planHours
        self.teachers = teachers
        self.status = status
    }
}

extension AppDatabase {
    /// Every class × subject the curriculum, the КТП or the current timetable
    /// knows, with the check's verdict; a teacher sees only what they teach.
    /// `problemsOnly` leaves the check's list: no plan, or hours that disagree.
    public func planOverview(problemsOnly: Bool = false, by requester: Requester) throws -> [PlanOverviewLine] {
        try read { db in
            let today = try now(db).date
            var lines = try PlanOverviewQuery(db: db, today: today).lines()
            if case .user(let user) = requester {
                let account = try AccessCheck.account(db, user)
                if !Permissions.mayEditAnyPlan(account.roleList) {
                    guard account.roleList.contains(.teacher) else {
                        throw JournalError.forbidden(Phrase(ru: "учебный план и КТП видят завуч, администратор и учителя",
                                                            en: "the curriculum and plans are for the deputy, the administrator and teachers"))
                    }
                    let mine = try PlanRights.unitsTaught(db, by: account.id, on: today)
                    lines = lines.filter { mine.contains($0.unit) }
                }
            }
            return problemsOnly ? lines.filter(\.status.isProblem) : lines
        }
    }
}

/// The overview in three reads (curriculum, plan sums, timetable) merged by unit:
/// one pass over each table, however large the school.
struct PlanOverviewQuery {
    let db: Database
    let today: SchoolDate

    func lines() throws -> [PlanOverviewLine] {
        var names = try ownerNames()
        var byUnit: [PlanUnit: PlanOverviewLine] = [:]
        func line(_ unit: PlanUnit, subjectName: String) -> PlanOverviewLine {
            byUnit[unit] ?? PlanOverviewLine(unit: unit, ownerName: names[unit.owner]?.name ?? "?", subjectName: subjectName,
                                             grade: names[unit.owner]?.grade, weeklyHours: nil, expectedHours: nil,
                                             topicCount: 0, planHours: 0, teachers: [], status: .noCurriculum)
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT cu.class_id, cu.group_id, cu.subject_id, s.name, cu.hours_x100 FROM curriculum cu JOIN subject s ON s.id = cu.subject_id
            """) {
            let unit = Self.unit(r)
            var l = line(unit, subjectName: r[3])
            l.weeklyHours = WeeklyHours(hundredths: r[4])
            byUnit[unit] = l
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT p.class_id, p.group_id, p.subject_id, s.name, count(*), sum(p.hours) FROM plan_item p JOIN subject s ON s.id = p.subject_id
            GROUP BY p.class_id, p.group_id, p.subject_id
            """) {
            let unit = Self.unit(r)
            var l = line(unit, subjectName: r[3])
            l.topicCount = r[4]
            l.planHours = r[5]
            byUnit[unit] = l
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT DISTINCT t.class_id, t.group_id, t.subject_id, s.name, a.full_name FROM timetable t
            JOIN subject s ON s.id = t.subject_id JOIN account a ON a.id = t.teacher_id
            WHERE t.valid_to IS NULL OR t.valid_to >= ?1
            """, arguments: [today]) {
            let unit = Self.unit(r)
            var l = line(unit, subjectName: r[3])
            let name = PersonName.short(r[4] as String)
            if !l.teachers.contains(name) { l.teachers.append(name) }
            byUnit[unit] = l
        }
        names.removeAll()
        return byUnit.values.map(Self.judged).sorted { a, b in
            (a.grade ?? 99, a.ownerName, a.subjectName) < (b.grade ?? 99, b.ownerName, b.subjectName)
        }
    }

    static func unit(_ r: Row) -> PlanUnit {
        let groupID: GroupID? = r[1]
        let owner: ClassOrGroup = groupID.map { .group($0) } ?? .wholeClass(r[0])
        return PlanUnit(owner, subject: r[2])
    }

    static func judged(_ line: PlanOverviewLine) -> PlanOverviewLine {
        var l = line
        guard let weekly = l.weeklyHours else { l.status = .noCurriculum; return l }
        let expected = StudyWeeks.yearHours(weekly, grade: l.grade)
        l.expectedHours = expected
        l.status = l.topicCount == 0 ? (expected == 0 ? .agrees : .missing) : (l.planHours == expected ? .agrees : .disagrees)
        return l
    }

    func ownerNames() throws -> [ClassOrGroup: (name: String, grade: Int?)] {
        var names: [ClassOrGroup: (name: String, grade: Int?)] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT id, name, grade FROM class") {
            names[.wholeClass(r[0])] = (r[1], r[2])
        }
        for r in try Row.fetchAll(db, sql: "SELECT g.id, g.name, c.name, c.grade FROM teaching_group g LEFT JOIN class c ON c.id = g.class_id") {
            let className: String? = r[2]
            names[.group(r[0])] = ([className, r[1] as String].compactMap { $0 }.joined(separator: " · "), r[3])
        }
        return names
    }
}

/// Who may change which КТП.
enum PlanRights {
    /// The units `teacher` has a lesson of in the timetable on `day`.
    static func unitsTaught(_ db: Database, by teacher: AccountID, on day: SchoolDate) throws -> Set<PlanUnit> {
        Set(try Row.fetchAll(db, sql: """
            SELECT DISTINCT class_id, group_id, subject_id FROM timetable
            WHERE teacher_id = ?1 AND (valid_to IS NULL OR valid_to >= ?2)
            """, arguments: [teacher, day]).map(PlanOverviewQuery.unit))
    }

    /// The deputy and the admin change any КТП; a teacher, the КТП of what
    /// they teach (a current or future line of the timetable).
    static func require(_ requester: Requester, _ db: Database, unit: PlanUnit, today: SchoolDate) throws -> AccountRow? {
        guard case .user(let user) = requester else { return nil }
        let account = try AccessCheck.account(db, user)
        if Permissions.mayEditAnyPlan(account.roleList) { return account }
        let taught = account.roleList.contains(.teacher) ? try unitsTaught(db, by: account.id, on: today) : []
        let teaches = taught.contains(unit)
        guard Permissions.mayEditPlan(account.roleList, teachesIt: teaches) else {
            throw JournalError.forbidden(Phrase(ru: "КТП меняет учитель, который ведёт предмет, завуч или администратор",
                                                en: "a plan is changed by its teacher, the deputy or the administrator"))
        }
        return account
    }
}
