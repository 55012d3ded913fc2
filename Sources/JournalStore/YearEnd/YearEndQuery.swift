import GRDB
import JournalCore

extension AppDatabase {
    /// The year-end checklist for the secretary, the deputy, the administrator
    /// and the director.
    public func yearEndChecklist(by requester: Requester) throws -> YearEndChecklist {
        try read { db in
            try AccessCheck.require(requester, db, refusal: YearEndQuery.readRefusal, Permissions.mayReadYearEnd)
            return try YearEndQuery(db: db, now: try now(db)).checklist()
        }
    }
}

/// The checklist in a few reads, each one pass over its table: final marks
/// per period against the curriculum's students, the periods' locks, the last
/// weeks' lessons (made and owed), and the КТП check of «Учебный план и КТП».
struct YearEndQuery {
    let db: Database
    let now: SchoolTime

    static let readRefusal = Phrase(ru: "закрытие года видят секретарь, завуч, администратор и директор",
                                    en: "the year's closing is for the secretary, the deputy, the administrator and the director")

    func checklist() throws -> YearEndChecklist {
        let year = try YearSpan.fetch(db)
        let asOf = min(now.date, year?.end ?? now.date)
        let weeksFrom = max(asOf.mondayOfWeek.adding(days: -7), year?.start ?? asOf)
        let names = try PlanOverviewQuery(db: db, today: asOf).ownerNames()
        let subjects = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, name FROM subject").map {
            ($0[0] as SubjectID, $0[1] as String)
        })
        let context = Naming(owners: names.mapValues(\.name), grades: names.mapValues { $0.grade ?? 99 }, subjects: subjects)
        let periods = try PeriodQueries.all(db)
        let marking = Marking(available: Set(periods.map(\.period.kind)))
        var items: [YearEndItem] = []
        for period in periods where period.period.start <= asOf {
            items += try missingMarks(period, asOf: asOf, marking, context)
        }
        let grades = try Int.fetchAll(db, sql: "SELECT DISTINCT grade FROM class")
        items += try openPeriods(used: Set(grades.compactMap(marking.kind(forGrade:))))
        items += try emptyLessons(from: weeksFrom, to: asOf, context)
        items += try planLines(asOf: asOf)
        let academicYear = try String.fetchOne(db, sql: "SELECT academic_year FROM school") ?? ""
        return YearEndChecklist(academicYear: academicYear, asOf: asOf, lastWeeksFrom: weeksFrom, lastWeeksTo: asOf,
                                items: Self.sorted(items, context), closing: try YearClosingRecord.state(db, academicYear: academicYear))
    }

    struct Naming {
        var owners: [ClassOrGroup: String]
        var grades: [ClassOrGroup: Int]
        var subjects: [SubjectID: String]
    }

    /// Which periods a class is assessed by: none in the first grade
    /// (assessed without marks), the year from the second, and the quarters,
    /// or the halves in grades 10–11 (`MarkingPeriods`).
    struct Marking {
        var available: Set<PeriodKind>

        func kind(forGrade grade: Int) -> PeriodKind? {
            grade == 1 ? nil : MarkingPeriods.kind(forGrade: grade, available: available)
        }

        func assesses(_ period: PeriodKind, grade: Int?) -> Bool {
            guard let grade else { return true }
            guard grade != 1 else { return false }
            return period == .year || kind(forGrade: grade) == period
        }
    }

    static func sorted(_ items: [YearEndItem], _ naming: Naming) -> [YearEndItem] {
        let kinds = Dictionary(uniqueKeysWithValues: YearEndItemKind.allCases.enumerated().map { ($1, $0) })
        func grade(_ item: YearEndItem) -> Int {
            switch item.place {
            case .grid(let owner, _, _, _): naming.grades[owner] ?? 99
            case .plan(let unit): naming.grades[unit.owner] ?? 99
            case .calendar: 0
            }
        }
        return items.enumerated().sorted { a, b in
            (kinds[a.element.kind] ?? 0, grade(a.element), a.element.ownerName, a.element.subjectName ?? "", a.offset)
                < (kinds[b.element.kind] ?? 0, grade(b.element), b.element.ownerName, b.element.subjectName ?? "", b.offset)
        }.map(\.element)
    }

    /// The grades `period` assesses, as an SQL list of integers: a member of a
    /// group of several classes (an elective of 6А and 10А) is assessed by the
    /// periods of their own grade — quarters in 6А, halves in 10А
    /// (docs/decisions.md, «Список закрытия года: группы нескольких классов»).
    static func assessedGradesSQL(_ period: PeriodKind, _ marking: Marking) -> String {
        let grades = (1...11).filter { marking.assesses(period, grade: $0) }
        return grades.isEmpty ? "NULL" : grades.map(String.init).joined(separator: ", ")
    }

    /// Students of each curriculum line without a final mark of `period`, for
    /// the lines that had lessons in it. The students are those of the class
    /// (or the group) on the period's last day, or today while it goes on; a
    /// group's member counts only when their own grade is assessed by `period`.
    private func missingMarks(_ period: PeriodInfo, asOf: SchoolDate, _ marking: Marking, _ naming: Naming) throws -> [YearEndItem] {
        let day = min(period.period.end, asOf)
        let assessedGrades = Self.assessedGradesSQL(period.period.kind, marking)
        let rows = try Row.fetchAll(db, sql: """
            WITH taught AS (
                SELECT DISTINCT class_id, group_id, subject_id FROM lesson
                WHERE day BETWEEN :start AND :end AND cancelled = 0),
            roster AS (
                SELECT cu.class_id, NULL AS group_id, cu.subject_id, e.student_id, NULL AS student_grade FROM curriculum cu
                JOIN enrollment e ON e.class_id = cu.class_id AND e.from_day <= :day AND (e.to_day IS NULL OR e.to_day >= :day)
                WHERE cu.group_id IS NULL
                  AND EXISTS (SELECT 1 FROM taught t WHERE t.class_id = cu.class_id AND t.subject_id = cu.subject_id)
                UNION ALL
                SELECT cu.class_id, cu.group_id, cu.subject_id, m.student_id,
                       (SELECT c.grade FROM enrollment e JOIN class c ON c.id = e.class_id
                        WHERE e.student_id = m.student_id AND e.from_day <= :day AND (e.to_day IS NULL OR e.to_day >= :day)
                        LIMIT 1) AS student_grade
                FROM curriculum cu
                JOIN teaching_group g ON g.id = cu.group_id AND g.grading <> 'none'
                JOIN group_member m ON m.group_id = cu.group_id AND m.from_day <= :day AND (m.to_day IS NULL OR m.to_day >= :day)
                WHERE EXISTS (SELECT 1 FROM taught t WHERE t.group_id = cu.group_id AND t.subject_id = cu.subject_id))
            SELECT class_id, group_id, subject_id, count(*) AS missing, (SELECT grade FROM class c WHERE c.id = r.class_id) AS grade
            FROM roster r
            WHERE (r.student_grade IS NULL OR r.student_grade IN (\(assessedGrades)))
              AND NOT EXISTS (SELECT 1 FROM final_mark f
                              WHERE f.student_id = r.student_id AND f.subject_id = r.subject_id AND f.period_id = :period)
            GROUP BY class_id, group_id, subject_id
            """, arguments: ["start": period.period.start, "end": period.period.end, "day": day, "period": period.id])
        let kind: YearEndItemKind = period.period.kind == .year ? .yearMarks : .periodMarks
        return rows.filter { marking.assesses(period.period.kind, grade: $0["grade"]) }.map { r in
            let unit = PlanOverviewQuery.unit(r)
            return YearEndItem(kind: kind, ownerName: naming.owners[unit.owner] ?? "?", subjectName: naming.subjects[unit.subject],
                               periodName: kind == .yearMarks ? nil : period.period.name, count: r["missing"],
                               place: .grid(unit.owner, subject: unit.subject, day: day, lesson: nil))
        }
    }

    /// Quarters, halves, trimesters that some class is assessed by and that
    /// are not closed yet; the year itself is closed by the year's closing.
    private func openPeriods(used: Set<PeriodKind>) throws -> [YearEndItem] {
        try Row.fetchAll(db, sql: """
            SELECT id, name, kind FROM current_period WHERE kind <> 'year' AND locked = 0 ORDER BY start_day, end_day DESC
            """).filter { used.contains(PeriodKind(rawValue: $0["kind"]) ?? .year) }.map { r in
            YearEndItem(kind: .openPeriod, ownerName: r["name"], count: 1, place: .calendar(period: r["id"]))
        }
    }

    /// Lessons of the last weeks begun by now with nothing written, and the
    /// lessons the timetable owes there that nobody made (they are empty too).
    private func emptyLessons(from: SchoolDate, to: SchoolDate, _ naming: Naming) throws -> [YearEndItem] {
        guard from <= to else { return [] }
        struct Found { var count: Int; var first: SchoolDate; var lesson: LessonID? }
        var found: [PlanUnit: Found] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT l.class_id, l.group_id, l.subject_id, count(*) AS n, min(l.day * 100 + l.lesson_number) AS first, l.id
            FROM lesson l
            WHERE l.day BETWEEN ? AND ? AND l.cancelled = 0 AND l.starts_at <= ?
              AND ifnull(l.topic, '') = '' AND l.held_at IS NULL AND l.mic_n = 0 AND l.moc_n = 0 AND l.att_n = 0
            GROUP BY l.class_id, l.group_id, l.subject_id
            """, arguments: [from, to, now]) {
            found[PlanOverviewQuery.unit(r)] = Found(count: r["n"], first: SchoolDate(dayNumber: (r["first"] as Int) / 100), lesson: r["id"])
        }
        for r in try owedLessons(from: from, to: to) {
            let unit = PlanOverviewQuery.unit(r)
            let first = SchoolDate(dayNumber: r["first"])
            var entry = found[unit] ?? Found(count: 0, first: first, lesson: nil)
            entry.count += r["n"] as Int
            if first < entry.first { entry.first = first; entry.lesson = nil }
            found[unit] = entry
        }
        return found.map { unit, entry in
            YearEndItem(kind: .emptyLessons, ownerName: naming.owners[unit.owner] ?? "?", subjectName: naming.subjects[unit.subject],
                        count: entry.count, firstDay: entry.first,
                        place: .grid(unit.owner, subject: unit.subject, day: entry.first, lesson: entry.lesson))
        }
    }

    private func owedLessons(from: SchoolDate, to: SchoolDate) throws -> [Row] {
        guard let terms = try TeachingTerms.fetch(db) else { return [] }
        let made = try LessonMaterializer.materializedThrough(db).map(SchoolDate.init(dayNumber:))
        let first = max(from, made?.adding(days: 1) ?? from)
        guard first <= to else { return [] }
        var arguments = OwedLessonsSQL.arguments(from: first, to: to, terms: terms)
        arguments["now"] = now
        return try Row.fetchAll(db, sql: OwedLessonsSQL.with(missingOnly: true) + """
            SELECT o.class_id, o.group_id, o.subject_id, count(*) AS n, min(o.day) AS first FROM owed o
            WHERE o.starts_at <= :now GROUP BY o.class_id, o.group_id, o.subject_id
            """, arguments: StatementArguments(arguments))
    }

    /// The КТП check's problems (`zhurnal plan check`).
    private func planLines(asOf: SchoolDate) throws -> [YearEndItem] {
        try PlanOverviewQuery(db: db, today: asOf).lines().filter(\.status.isProblem).map { line in
            YearEndItem(kind: .planHours, ownerName: line.ownerName, subjectName: line.subjectName, count: line.planHours,
                        expected: line.expectedHours, planStatus: line.status, place: .plan(line.unit))
        }
    }
}

/// The academic year's first and last day: its `year` period, or the span of
/// every period when the school has none.
struct YearSpan {
    var start: SchoolDate
    var end: SchoolDate

    static func fetch(_ db: Database) throws -> YearSpan? {
        let row = try Row.fetchOne(db, sql: "SELECT start_day, end_day FROM current_period WHERE kind = 'year' ORDER BY start_day LIMIT 1")
            ?? Row.fetchOne(db, sql: "SELECT min(start_day), max(end_day) FROM current_period HAVING count(*) > 0")
        return row.map { YearSpan(start: $0[0], end: $0[1]) }
    }
}
