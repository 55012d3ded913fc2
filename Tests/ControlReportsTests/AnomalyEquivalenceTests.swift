import JournalCore
import JournalStore
import TestFixtures
import Testing
@testable import ControlReports

/// «Замечания» against the computation it replaced (dictionaries and sets
/// keyed per mark, marks in the order they were entered, every account
/// ranked): the same rows in the same order over `ReportSchool.moreRemarks()`,
/// for scopes, windows, moments inside a day and follow-up lengths.
@Suite struct AnomalyEquivalenceTests {
    /// Remarks are put in order by counting (weeks × teachers), not by
    /// comparison: the order of `SortKey.<`, ties kept in the order found,
    /// a teacher with no name (rank `Int.max`) last.
    @Test func countingPutsRemarksInTheOrderOfSorting() {
        var random = SystemRandomNumberGenerator()
        let weeks = [20_762, 20_769, 20_776, 20_804], ranks = [0, 1, 2, 5, 40, Int.max]
        for count in [0, 1, 7, 2_000] {
            let keys = (0..<count).map { AnomaliesReport.SortKey(week: weeks.randomElement(using: &random)!,
                                                                 rank: ranks.randomElement(using: &random)!, remark: $0) }
            let counted = AnomaliesReport.countingSorted(keys)
            #expect(counted.map(\.remark) == keys.sorted().map(\.remark))
        }
    }

    @Test(arguments: [
        (ReportScopeCodes(periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00", "3"),
        (ReportScopeCodes(periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00", "1"),
        (ReportScopeCodes(periodCode: "q1"), "2024-09-02", "2024-09-13", "2024-09-13T12:00", "2"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-06", "2024-09-30T12:00", "1"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-06", "2024-09-06T09:00", "1"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-27", "2024-09-09T10:05", "3"),
        (ReportScopeCodes(), "2024-09-02", "2024-09-27", "2024-09-30T12:00", "20"),
        (ReportScopeCodes(groupCode: "en1"), "2024-09-02", "2024-09-13", "2024-09-30T12:00", "1"),
        (ReportScopeCodes(classCode: "5a"), "2024-09-02", "2024-09-13", "2024-09-30T12:00", "1"),
        (ReportScopeCodes(teacherLogin: "ivanova"), "2024-09-02", "2024-09-13", "2024-09-30T12:00", "2"),
        (ReportScopeCodes(teacherLogin: "petrov"), "2024-09-02", "2024-09-13", "2024-09-30T12:00", "1"),
        (ReportScopeCodes(subjectCode: "math"), "2024-09-04", "2024-09-13", "2024-09-20T11:00", "2"),
    ])
    func remarksAreThoseOfTheOldComputation(codes: ReportScopeCodes, from: String, to: String, asOf: String, follow: String) throws {
        let database = try ReportSchool.moreRemarks()
        let scope = try database.reportScope(codes, from: ReportSchool.date(from), to: ReportSchool.date(to), asOf: ReportSchool.time(asOf))
        let facts = try database.anomalyFacts(scope, window: Phrase(ru: "окно", en: "window"), by: .serverOperator)
        var settings = try database.settings()
        try settings.set(.twoFollowUpLessons, to: follow)
        let context = ReportContext(names: try database.reportNames(), scope: facts.scope, settings: settings)
        var entered = facts
        entered.marks.sort { $0.id < $1.id }
        let expected = OldAnomalies.tables(entered, context)
        #expect(expected.first?.rows.isEmpty == false)
        #expect(AnomaliesReport.tables(facts, context) == expected)
    }

    /// The fixture has each kind of remark somewhere: the comparison above is not of empty tables.
    @Test func theSchoolHasEveryKindOfRemark() throws {
        let database = try ReportSchool.moreRemarks()
        let scope = ReportScope(periodID: nil, from: ReportSchool.date("2024-09-02"), to: ReportSchool.date("2024-09-13"),
                                asOf: ReportSchool.time("2024-09-30T12:00"))
        let facts = try database.anomalyFacts(scope, window: Phrase(ru: "окно", en: "window"), by: .serverOperator)
        let context = ReportContext(names: try database.reportNames(), scope: facts.scope, settings: try database.settings())
        let kinds = Set((AnomaliesReport.tables(facts, context).first?.rows ?? []).map { $0[2] })
        #expect(kinds == Set(AnomaliesReport.Kind.allCases.map { ReportValue.text($0.rawValue) }))
    }
}

/// The computation of «Замечания» as it was before the flat arrays (main 3c3c5d9).
enum OldAnomalies {
    static func tables(_ facts: AnomalyFacts, _ context: ReportContext) -> [ReportTable] {
        let index = OldAnomalyIndex(facts.lessons, marks: facts.marks)
        let remarks = lessonRemarks(facts, index, context) + finalMarkRemarks(facts, index, context)
        var rows = ReportTable(name: "rows", title: "Замечания", columns: [
            ReportColumn("week", "Неделя с"), ReportColumn("teacher", "Учитель", weight: 1.8), ReportColumn("kind", "Код", weight: 1.4),
            ReportColumn("kind_title", "Замечание", weight: 2), ReportColumn("date", "Дата"), ReportColumn("lesson_number", "Урок"),
            ReportColumn("lesson_id", "№ урока")] + ReportContext.unitColumns + [
            ReportColumn("student", "Ученик", weight: 1.8), ReportColumn("detail", "Подробно", weight: 2),
        ])
        let byName = NameRanks(context.names.accounts.values.map(\.name))
        var teacherRank: [AccountID?: Int] = [:]
        for remark in remarks where teacherRank[remark.teacher] == nil {
            teacherRank[remark.teacher] = byName.rank(context.accountName(remark.teacher))
        }
        let sorted = remarks.enumerated().map { (offset: $0.offset, remark: $0.element, rank: teacherRank[$0.element.teacher] ?? 0) }
            .sorted { a, b in
                let x = a.remark, y = b.remark
                if x.week != y.week { return x.week < y.week }
                if a.rank != b.rank { return a.rank < b.rank }
                return a.offset < b.offset
            }
        rows.rows.reserveCapacity(sorted.count)
        for r in sorted.lazy.map(\.remark) {
            // One array a row, sized once (not three joined): the report has 4·10⁴ rows.
            var row: [ReportValue] = []
            row.reserveCapacity(rows.columns.count)
            row += [.text(r.week.iso), .text(context.accountName(r.teacher)), .text(r.kind.rawValue), .text(r.kind.title),
                    r.lesson.map { .text($0.day.iso) } ?? .none, r.lesson.map { .integer($0.number) } ?? .none,
                    r.lesson.map { .integer(Int($0.id.rawValue)) } ?? .none]
            row += r.unitCells
            row += [.text(r.student), .text(r.detail)]
            rows.rows.append(row)
        }
        var summary = ReportTable(name: "summary", title: "Сводка по неделям и учителям", columns: [
            ReportColumn("week", "Неделя с"), ReportColumn("teacher", "Учитель", weight: 1.8)] + AnomaliesReport.Kind.allCases.map {
            ReportColumn($0.rawValue, $0.title, weight: 1.2) } + [ReportColumn("total", "Всего")])
        // Sorted by week and teacher: a (week, teacher) is a run of rows. Equal
        // names have one rank, so the runs are those of the names as well.
        var start = 0
        while start < sorted.count {
            let first = sorted[start]
            var end = start
            var byKind: [AnomaliesReport.Kind: Int] = [:]
            while end < sorted.count, sorted[end].remark.week == first.remark.week, sorted[end].rank == first.rank {
                byKind[sorted[end].remark.kind, default: 0] += 1
                end += 1
            }
            summary.rows.append([.text(first.remark.week.iso), .text(context.accountName(first.remark.teacher))]
                                + AnomaliesReport.Kind.allCases.map { .integer(byKind[$0] ?? 0) } + [.integer(end - start)])
            start = end
        }
        return [rows, summary]
    }

    /// The remarks found in lessons of the window taught by the scope's teacher.
    static func lessonRemarks(_ facts: AnomalyFacts, _ index: OldAnomalyIndex, _ context: ReportContext) -> [AnomaliesReport.Remark] {
        let scope = context.scope
        let inWindow = { (l: AnomalyFacts.Lesson) in
            l.day <= scope.to && (scope.teacherID == nil || l.teacherID == scope.teacherID)
        }
        let remark = { (kind: AnomaliesReport.Kind, lesson: AnomalyFacts.Lesson, student: StudentID?, detail: String) in
            AnomaliesReport.Remark(week: lesson.day.mondayOfWeek, teacher: lesson.teacherID, kind: kind, lesson: lesson,
                   unitCells: context.unitCells(lesson.unit), student: student.flatMap { facts.names[$0] } ?? "", detail: detail)
        }
        var remarks: [AnomaliesReport.Remark] = []
        for absence in facts.absencesWithMarks {
            guard let slot = index.slot[absence.lessonID], inWindow(facts.lessons[slot]) else { continue }
            remarks.append(remark(.absentWithMark, facts.lessons[slot], absence.studentID, "посещаемость «\(absence.code.rawValue)» и отметка"))
        }
        remarks += twoRemarks(facts, index, context).filter { $0.lesson.map(inWindow) ?? false }
        var marks = [Int](repeating: 0, count: facts.lessons.count)
        for slot in index.markSlot { if let slot { marks[slot] += 1 } }
        for (slot, lesson) in facts.lessons.enumerated() where inWindow(lesson) && !lesson.hasTopic && marks[slot] > 0 {
            remarks.append(remark(.marksWithoutTopic, lesson, nil, "отметок: \(marks[slot]), темы нет"))
        }
        return remarks
    }

    /// A «2» with no later mark of the student in the next N lessons of the
    /// same class or group and subject, once N lessons have followed it.
    static func twoRemarks(_ facts: AnomalyFacts, _ index: OldAnomalyIndex, _ context: ReportContext) -> [AnomaliesReport.Remark] {
        let follow = context.settings.twoFollowUpLessons
        struct Key: Hashable { var unit: Int; var position: Int; var student: StudentID }
        var marked = Set<Key>(minimumCapacity: facts.marks.count)
        for (mark, slot) in zip(facts.marks, index.markSlot) {
            guard let slot else { continue }
            marked.insert(Key(unit: index.unit[slot], position: index.position[slot], student: mark.studentID))
        }
        var remarks: [AnomaliesReport.Remark] = []
        let detail = "нет отметки за \(follow) следующих урока(ов)"
        for (mark, slot) in zip(facts.marks, index.markSlot) where mark.value == 2 {
            guard let slot, index.unitLength[index.unit[slot]] > index.position[slot] + follow else { continue }
            let at = index.position[slot], lesson = facts.lessons[slot]
            let followed = follow > 0 && (1...follow).contains { step in
                marked.contains(Key(unit: index.unit[slot], position: at + step, student: mark.studentID))
            }
            guard !followed else { continue }
            remarks.append(AnomaliesReport.Remark(week: lesson.day.mondayOfWeek, teacher: lesson.teacherID, kind: .twoNotFollowed, lesson: lesson,
                                  unitCells: context.unitCells(lesson.unit), student: facts.names[mark.studentID] ?? "",
                                  detail: detail))
        }
        return remarks
    }

    /// Final marks of the periods inside the window: against the weighted
    /// average under the school's rounding, and against the norm of marks.
    static func finalMarkRemarks(_ facts: AnomalyFacts, _ index: OldAnomalyIndex, _ context: ReportContext) -> [AnomaliesReport.Remark] {
        var remarks: [AnomaliesReport.Remark] = []
        var hoursOfClass: [TeachingUnit: WeeklyHours?] = [:]
        for period in facts.periods {
            struct Key: Hashable { var student: StudentID; var subject: SubjectID }
            struct Tally {
                var average = WeightedAverage(), count = 0
                mutating func add(_ value: MarkValue, _ weight: Weight) {
                    average.add(value, weight: weight)
                    count += 1
                }
            }
            // One dictionary, sized once: growing two of them mark by mark was a sixth of the report.
            var tallies: [Key: Tally] = [:]
            tallies.reserveCapacity(period.finalMarks.count + facts.marks.count / 8)
            for (mark, slot) in zip(facts.marks, index.markSlot) {
                guard let slot, case let lesson = facts.lessons[slot], lesson.day >= period.from, lesson.day <= period.to,
                      let value = try? MarkValue(mark.value), let weight = try? Weight(hundredths: mark.weightHundredths) else { continue }
                let key = Key(student: mark.studentID, subject: lesson.unit.subjectID)
                tallies[key, default: Tally()].add(value, weight)
            }
            for final in period.finalMarks {
                guard let number = final.value.numericValue else { continue }
                let key = Key(student: final.student.studentID, subject: final.subjectID)
                let tally = tallies[key] ?? Tally()
                let average = tally.average
                let unitCells: [ReportValue] = [.text(context.className(final.student.classID)), .text(""),
                                                .text(context.subjectName(final.subjectID))]
                let base = AnomaliesReport.Remark(week: final.enteredAt.date.mondayOfWeek, teacher: final.enteredBy, kind: .finalVersusAverage,
                                  lesson: nil, unitCells: unitCells, student: final.student.fullName, detail: "")
                if let rounded = average.rounded(by: context.settings.rounding), rounded != number {
                    var r = base
                    r.detail = "итоговая \(number), средневзвешенный \(average.russianText) → \(rounded)"
                    remarks.append(r)
                }
                let count = tally.count
                let classSubject = TeachingUnit(classID: final.student.classID, groupID: nil, subjectID: final.subjectID)
                if hoursOfClass[classSubject] == nil {
                    hoursOfClass[classSubject] = .some(classHours(facts.hours, final.student.classID, final.subjectID))
                }
                let norm = context.norm(hoursOfClass[classSubject] ?? nil)
                if count < norm {
                    var r = base
                    r.kind = .finalFewMarks
                    r.detail = "итоговая \(number) при \(count) отметках, норма \(norm)"
                    remarks.append(r)
                }
            }
        }
        return remarks
    }

    /// Hours of a class's subject for the norm of a final mark: the class's
    /// curriculum row, else a part group's row of that class, else the most
    /// weekly timetable slots of any of the class's units in that subject.
    static func classHours(_ hours: TeachingHours, _ classID: ClassID, _ subject: SubjectID) -> WeeklyHours? {
        if let row = hours.curriculum[TeachingUnit(classID: classID, groupID: nil, subjectID: subject)] { return row }
        let groupRows = hours.curriculum.filter { $0.key.classID == classID && $0.key.subjectID == subject }.map(\.value)
        if let most = groupRows.max() { return most }
        let slots = hours.timetableSlots.filter { $0.key.classID == classID && $0.key.subjectID == subject }.map(\.value).max()
        return slots.map { WeeklyHours(hundredths: $0 * 100) }
    }
}

struct OldAnomalyIndex {
    /// A lesson's index in `facts.lessons`.
    let slot: [LessonID: Int]
    /// By slot: the lesson's unit number.
    let unit: [Int]
    /// By slot: how many of its unit's lessons start before it.
    let position: [Int]
    /// By unit number: its lessons.
    let unitLength: [Int]
    /// By mark (in `facts.marks`' order): its lesson's slot.
    let markSlot: [Int?]

    /// `lessons` ordered by start, as `AnomalyFacts` has them.
    init(_ lessons: [AnomalyFacts.Lesson], marks: [AnomalyFacts.Mark]) {
        var slot: [LessonID: Int] = [:], numbers: [TeachingUnit: Int] = [:]
        var unit: [Int] = [], position: [Int] = [], unitLength: [Int] = []
        slot.reserveCapacity(lessons.count)
        for (index, lesson) in lessons.enumerated() {
            slot[lesson.id] = index
            let number = numbers[lesson.unit] ?? unitLength.count
            if number == unitLength.count {
                numbers[lesson.unit] = number
                unitLength.append(0)
            }
            unit.append(number)
            position.append(unitLength[number])
            unitLength[number] += 1
        }
        (self.slot, self.unit, self.position, self.unitLength) = (slot, unit, position, unitLength)
        markSlot = marks.map { slot[$0.lessonID] }
    }
}
