import JournalCore
import JournalStore

/// «Замечания по ведению журнала»: each remark linked to its lesson (or its
/// final mark), by week and teacher. See docs/decisions.md for the rules.
enum AnomaliesReport {
    enum Kind: String, CaseIterable {
        case absentWithMark = "absent_with_mark"
        case twoNotFollowed = "two_not_followed"
        case finalVersusAverage = "final_vs_average"
        case finalFewMarks = "final_few_marks"
        case marksWithoutTopic = "marks_without_topic"

        var title: String {
            switch self {
            case .absentWithMark: "отсутствие и отметка в одной клетке"
            case .twoNotFollowed: "«2» без новой отметки"
            case .finalVersusAverage: "итоговая не по среднему"
            case .finalFewMarks: "итоговая при отметках ниже нормы"
            case .marksWithoutTopic: "отметки в уроке без темы"
            }
        }

        static let all = allCases

        /// Its place in `all`, for counting by kind in an array.
        var ordinal: Int { Self.all.firstIndex(of: self) ?? 0 }
    }

    struct Remark: Sendable {
        var week: SchoolDate
        var teacher: AccountID?
        var kind: Kind
        var lesson: AnomalyFacts.Lesson?
        /// Shared by the remarks of one unit: an array is made once per unit, not per remark.
        var unitCells: [ReportValue]
        var student: String
        var detail: String
    }

    /// The lesson remarks, then the final marks' remarks: one list without
    /// copying 4·10⁴ remarks into one array.
    struct Remarks: RandomAccessCollection, Sendable {
        let lessons: [Remark]
        let finals: [Remark]

        var startIndex: Int { 0 }
        var endIndex: Int { lessons.count + finals.count }
        subscript(position: Int) -> Remark { position < lessons.count ? lessons[position] : finals[position - lessons.count] }
    }

    static let columns = [
        ReportColumn("week", "Неделя с"), ReportColumn("teacher", "Учитель", weight: 1.8), ReportColumn("kind", "Код", weight: 1.4),
        ReportColumn("kind_title", "Замечание", weight: 2), ReportColumn("date", "Дата"), ReportColumn("lesson_number", "Урок"),
        ReportColumn("lesson_id", "№ урока")] + ReportContext.unitColumns + [
        ReportColumn("student", "Ученик", weight: 1.8), ReportColumn("detail", "Подробно", weight: 2),
    ]

    static func tables(_ facts: AnomalyFacts, _ context: ReportContext) -> [ReportTable] {
        let index = AnomalyIndex(facts.lessons, marks: facts.marks)
        // The final marks' remarks on the other core meanwhile: nothing else runs there now.
        let finalRemarks = BackgroundWork { finalMarkRemarks(facts, index, context) }
        let remarks = Remarks(lessons: lessonRemarks(facts, index, context), finals: finalRemarks.result())
        let order = sortedByWeekAndTeacher(remarks, context)
        var rows = ReportTable(name: "rows", title: "Замечания", columns: columns)
        var summary = ReportTable(name: "summary", title: "Сводка по неделям и учителям", columns: [
            ReportColumn("week", "Неделя с"), ReportColumn("teacher", "Учитель", weight: 1.8)] + Kind.all.map {
            ReportColumn($0.rawValue, $0.title, weight: 1.2) } + [ReportColumn("total", "Всего")])
        // A long report's second half of runs is made on the other core.
        let middle = order.count >= 10_000 ? runStart(order, near: order.count / 2) : order.count
        let secondHalf = middle < order.count ? BackgroundWork { lines(remarks, order, middle..<order.count, context) } : nil
        let firstHalf = lines(remarks, order, 0..<middle, context)
        let second = secondHalf?.result() ?? (rows: [], summary: [])
        rows.rows = firstHalf.rows + second.rows
        summary.rows = firstHalf.summary + second.summary
        return [rows, summary]
    }

    /// The rows of `part` of `order`, which begins and ends with a run, and a
    /// summary row per run. Sorted by week and teacher: a (week, teacher) is a
    /// run of rows, and a summary row. Equal names have one rank, so the runs
    /// are those of the names as well, and the week's and teacher's cells are
    /// made once a run.
    static func lines(_ remarks: Remarks, _ order: [SortKey], _ part: Range<Int>,
                      _ context: ReportContext) -> (rows: [[ReportValue]], summary: [[ReportValue]]) {
        var rows: [[ReportValue]] = [], summary: [[ReportValue]] = []
        rows.reserveCapacity(part.count)
        var start = part.lowerBound
        while start < part.upperBound {
            let first = remarks[order[start].remark]
            let week = first.week.iso, teacher = context.accountName(first.teacher)
            var end = start, byKind = [Int](repeating: 0, count: Kind.all.count)
            while end < part.upperBound, order[end].week == order[start].week, order[end].rank == order[start].rank {
                let remark = remarks[order[end].remark]
                rows.append(row(remark, week: week, teacher: teacher))
                byKind[remark.kind.ordinal] += 1
                end += 1
            }
            summary.append([.text(week), .text(teacher)] + byKind.map { .integer($0) } + [.integer(end - start)])
            start = end
        }
        return (rows, summary)
    }

    /// The first index from `index` on where a run of one week and teacher begins (or the end).
    static func runStart(_ order: [SortKey], near index: Int) -> Int {
        var start = max(index, 1)
        while start < order.count, order[start].week == order[start - 1].week, order[start].rank == order[start - 1].rank { start += 1 }
        return start
    }

    /// A remark's place: its week, its teacher's name in Russian order, then
    /// the order it was found in.
    struct SortKey: Comparable {
        var week: Int
        var rank: Int
        var remark: Int

        static func < (a: SortKey, b: SortKey) -> Bool { (a.week, a.rank, a.remark) < (b.week, b.rank, b.remark) }
    }

    /// Teachers are ranked by name among those with remarks only (ranking all
    /// the school's accounts cost more than the sort); a teacher with no
    /// account's name sorts last unless some account has no name, as before.
    static func sortedByWeekAndTeacher(_ remarks: Remarks, _ context: ReportContext) -> [SortKey] {
        // Each remark's week and teacher read once, the teacher numbered
        // densely (no dictionary and no copy of a remark per remark); no
        // teacher is -1, account ids being positive.
        var weeks: [Int] = [], teacherIDs: [Int64] = []
        weeks.reserveCapacity(remarks.count)
        teacherIDs.reserveCapacity(remarks.count)
        for list in [remarks.lessons, remarks.finals] {
            for position in list.indices {
                weeks.append(list[position].week.dayNumber)
                teacherIDs.append(list[position].teacher?.rawValue ?? -1)
            }
        }
        let numbers = DenseNumbers(teacherIDs)
        var teachers: [AccountID?] = []
        for id in teacherIDs where numbers.number(id) == teachers.count { teachers.append(id < 0 ? nil : AccountID(id)) }
        var names = teachers.compactMap { $0.flatMap { context.names.accounts[$0]?.name } }
        if teachers.contains(where: { $0.flatMap { context.names.accounts[$0] } == nil }),
           context.names.accounts.values.contains(where: \.name.isEmpty) {
            names.append("")
        }
        let byName = NameRanks(names)
        let rank = teachers.map { byName.rank(context.accountName($0)) }
        return countingSorted(weeks.indices.map { SortKey(week: weeks[$0], rank: rank[numbers.number(teacherIDs[$0]) ?? 0], remark: $0) })
    }

    /// `keys.sorted()` for keys in `remark` order, by counting: a report has
    /// 4·10⁴ remarks but a few weeks and a few hundred teachers, and each
    /// (week, rank) bucket keeps the order the keys came in.
    static func countingSorted(_ keys: [SortKey]) -> [SortKey] {
        let weeks = Array(Set(keys.map(\.week))).sorted(), ranks = Array(Set(keys.map(\.rank))).sorted()
        let bucket = keys.map { ordinal($0.week, in: weeks) * ranks.count + ordinal($0.rank, in: ranks) }
        return Buckets(bucket, count: weeks.count * ranks.count).order.map { keys[$0] }
    }

    /// The place of `value` among `sorted` distinct values, which hold it.
    private static func ordinal(_ value: Int, in sorted: [Int]) -> Int {
        var low = 0, high = sorted.count - 1
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func row(_ r: Remark, week: String, teacher: String) -> [ReportValue] {
        // One array a row, sized once (not three joined): the report has 4·10⁴ rows.
        var row: [ReportValue] = []
        row.reserveCapacity(columns.count)
        row.append(.text(week))
        row.append(.text(teacher))
        row.append(.text(r.kind.rawValue))
        row.append(.text(r.kind.title))
        row.append(r.lesson.map { .text($0.day.iso) } ?? .none)
        row.append(r.lesson.map { .integer($0.number) } ?? .none)
        row.append(r.lesson.map { .integer(Int($0.id.rawValue)) } ?? .none)
        row += r.unitCells
        row.append(.text(r.student))
        row.append(.text(r.detail))
        return row
    }

    /// The remarks found in lessons of the window taught by the scope's teacher.
    static func lessonRemarks(_ facts: AnomalyFacts, _ index: AnomalyIndex, _ context: ReportContext) -> [Remark] {
        let scope = context.scope
        let inWindow = { (l: AnomalyFacts.Lesson) in
            l.day <= scope.to && (scope.teacherID == nil || l.teacherID == scope.teacherID)
        }
        let unitCells = (0..<index.unitCount).map { context.unitCells(facts.lessons[index.firstLesson(ofUnit: $0)].unit) }
        let remark = { (kind: Kind, slot: Int, student: StudentID?, detail: String) in
            let lesson = facts.lessons[slot]
            return Remark(week: lesson.day.mondayOfWeek, teacher: lesson.teacherID, kind: kind, lesson: lesson,
                          unitCells: unitCells[index.unit[slot]], student: student.flatMap { facts.names[$0] } ?? "", detail: detail)
        }
        var remarks: [Remark] = []
        for absence in facts.absencesWithMarks {
            guard let slot = index.slot(of: absence.lessonID), inWindow(facts.lessons[slot]) else { continue }
            remarks.append(remark(.absentWithMark, slot, absence.studentID, "посещаемость «\(absence.code.rawValue)» и отметка"))
        }
        let detail = "нет отметки за \(context.settings.twoFollowUpLessons) следующих урока(ов)"
        for two in unfollowedTwos(facts, index, follow: context.settings.twoFollowUpLessons) where inWindow(facts.lessons[two.slot]) {
            remarks.append(remark(.twoNotFollowed, two.slot, two.student, detail))
        }
        for (slot, lesson) in facts.lessons.enumerated() where inWindow(lesson) && !lesson.hasTopic && index.markCount(slot) > 0 {
            remarks.append(remark(.marksWithoutTopic, slot, nil, "отметок: \(index.markCount(slot)), темы нет"))
        }
        return remarks
    }

    /// Each «2» with no later mark of the student in the next N lessons of the
    /// same class or group and subject, once N lessons have followed it; in
    /// the order the marks were entered.
    static func unfollowedTwos(_ facts: AnomalyFacts, _ index: AnomalyIndex, follow: Int) -> [(slot: Int, student: StudentID)] {
        var twos: [(id: Int64, slot: Int, student: StudentID)] = []
        for (mark, slot) in zip(facts.marks, index.markSlot) where mark.value == 2 && slot >= 0 && index.lessonsAfter(slot) >= follow {
            let followed = follow > 0 && (1...follow).contains { index.hasMark(mark.studentID, in: index.lesson($0, after: slot)) }
            if !followed { twos.append((mark.id, slot, mark.studentID)) }
        }
        return twos.sorted { $0.id < $1.id }.map { ($0.slot, $0.student) }
    }

    /// Final marks of the periods inside the window: against the weighted
    /// average under the school's rounding, and against the norm of marks.
    static func finalMarkRemarks(_ facts: AnomalyFacts, _ index: AnomalyIndex, _ context: ReportContext) -> [Remark] {
        var remarks: [Remark] = []
        // Each final can have both remarks; reserved once, not grown through copies of 4·10⁴ remarks.
        remarks.reserveCapacity(2 * facts.periods.reduce(0) { $0 + $1.finalMarks.count })
        // A class's subject's cells and norm, made once, kept by class and
        // subject number: finals come student by student, so each needs a lookup.
        let classes = DenseNumbers(facts.periods.flatMap { $0.finalMarks.map(\.student.classID.rawValue) })
        let subjects = DenseNumbers(facts.periods.flatMap { $0.finalMarks.map(\.subjectID.rawValue) })
        var classSubjects = [(cells: [ReportValue], norm: Int)?](repeating: nil, count: classes.count * subjects.count)
        struct FewMarks: Hashable { var final: Int, count: Int, norm: Int }
        // Made once for each final, count and norm: 3·10⁴ remarks share a few dozen texts.
        var fewMarksDetails: [FewMarks: String] = [:]
        for period in facts.periods {
            let tallies = PeriodTallies(period, facts, index)
            for final in period.finalMarks {
                guard let number = final.value.numericValue, let classNumber = classes.number(final.student.classID.rawValue),
                      let subjectNumber = subjects.number(final.subjectID.rawValue) else { continue }
                let tally = tallies[final]
                let key = classNumber * subjects.count + subjectNumber
                if classSubjects[key] == nil {
                    classSubjects[key] = ([.text(context.className(final.student.classID)), .text(""), .text(context.subjectName(final.subjectID))],
                                          context.norm(classHours(facts.hours, final.student.classID, final.subjectID)))
                }
                guard let classSubject = classSubjects[key] else { continue }
                let base = Remark(week: final.enteredAt.date.mondayOfWeek, teacher: final.enteredBy, kind: .finalVersusAverage,
                                  lesson: nil, unitCells: classSubject.cells, student: final.student.fullName, detail: "")
                if let rounded = tally.average.rounded(by: context.settings.rounding), rounded != number {
                    var r = base
                    r.detail = "итоговая \(number), средневзвешенный \(tally.average.russianText) → \(rounded)"
                    remarks.append(r)
                }
                if tally.count < classSubject.norm {
                    var r = base
                    r.kind = .finalFewMarks
                    let key = FewMarks(final: number, count: tally.count, norm: classSubject.norm)
                    if let detail = fewMarksDetails[key] {
                        r.detail = detail
                    } else {
                        r.detail = "итоговая \(number) при \(tally.count) отметках, норма \(classSubject.norm)"
                        fewMarksDetails[key] = r.detail
                    }
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
