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
    }

    struct Remark {
        var week: SchoolDate
        var teacher: AccountID?
        var kind: Kind
        var lesson: AnomalyFacts.Lesson?
        var unitCells: [ReportValue]
        var student: String
        var detail: String
    }

    static func tables(_ facts: AnomalyFacts, _ context: ReportContext) -> [ReportTable] {
        let remarks = lessonRemarks(facts, context) + finalMarkRemarks(facts, context)
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
        let sorted = remarks.enumerated().map { (offset: $0.offset, element: $0.element, rank: teacherRank[$0.element.teacher] ?? 0) }
            .sorted { a, b in
                let x = a.element, y = b.element
                if x.week != y.week { return x.week < y.week }
                if a.rank != b.rank { return a.rank < b.rank }
                return a.offset < b.offset
            }.map(\.element)
        for r in sorted {
            rows.rows.append([.text(r.week.iso), .text(context.accountName(r.teacher)), .text(r.kind.rawValue), .text(r.kind.title),
                              r.lesson.map { .text($0.day.iso) } ?? .none, r.lesson.map { .integer($0.number) } ?? .none,
                              r.lesson.map { .integer(Int($0.id.rawValue)) } ?? .none] + r.unitCells + [.text(r.student), .text(r.detail)])
        }
        var summary = ReportTable(name: "summary", title: "Сводка по неделям и учителям", columns: [
            ReportColumn("week", "Неделя с"), ReportColumn("teacher", "Учитель", weight: 1.8)] + Kind.allCases.map {
            ReportColumn($0.rawValue, $0.title, weight: 1.2) } + [ReportColumn("total", "Всего")])
        var seen: [String] = []
        var counts: [String: [Kind: Int]] = [:]
        for r in sorted {
            let key = r.week.iso + "\u{1}" + context.accountName(r.teacher)
            if counts[key] == nil { seen.append(key) }
            counts[key, default: [:]][r.kind, default: 0] += 1
        }
        for key in seen {
            let parts = key.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
            let byKind = counts[key] ?? [:]
            summary.rows.append([.text(parts[0]), .text(parts[1])] + Kind.allCases.map { .integer(byKind[$0] ?? 0) }
                                + [.integer(byKind.values.reduce(0, +))])
        }
        return [rows, summary]
    }

    /// The remarks found in lessons of the window taught by the scope's teacher.
    static func lessonRemarks(_ facts: AnomalyFacts, _ context: ReportContext) -> [Remark] {
        let scope = context.scope
        let inWindow = { (l: AnomalyFacts.Lesson) in
            l.day <= scope.to && (scope.teacherID == nil || l.teacherID == scope.teacherID)
        }
        let lessons = Dictionary(uniqueKeysWithValues: facts.lessons.map { ($0.id, $0) })
        let remark = { (kind: Kind, lesson: AnomalyFacts.Lesson, student: StudentID?, detail: String) in
            Remark(week: lesson.day.mondayOfWeek, teacher: lesson.teacherID, kind: kind, lesson: lesson,
                   unitCells: context.unitCells(lesson.unit), student: student.flatMap { facts.names[$0] } ?? "", detail: detail)
        }
        var remarks: [Remark] = []
        for absence in facts.absencesWithMarks {
            guard let lesson = lessons[absence.lessonID], inWindow(lesson) else { continue }
            remarks.append(remark(.absentWithMark, lesson, absence.studentID, "посещаемость «\(absence.code.rawValue)» и отметка"))
        }
        remarks += twoRemarks(facts, lessons, context).filter { $0.lesson.map(inWindow) ?? false }
        let marked = Dictionary(grouping: facts.marks, by: \.lessonID)
        for lesson in facts.lessons where inWindow(lesson) && !lesson.hasTopic {
            guard let marks = marked[lesson.id], !marks.isEmpty else { continue }
            remarks.append(remark(.marksWithoutTopic, lesson, nil, "отметок: \(marks.count), темы нет"))
        }
        return remarks
    }

    /// A «2» with no later mark of the student in the next N lessons of the
    /// same class or group and subject, once N lessons have followed it.
    static func twoRemarks(_ facts: AnomalyFacts, _ lessons: [LessonID: AnomalyFacts.Lesson], _ context: ReportContext) -> [Remark] {
        let follow = context.settings.twoFollowUpLessons
        var position: [LessonID: Int] = [:]
        var unitLength: [TeachingUnit: Int] = [:]
        for lesson in facts.lessons {            // ordered by start
            position[lesson.id] = unitLength[lesson.unit, default: 0]
            unitLength[lesson.unit, default: 0] += 1
        }
        struct Key: Hashable { var unit: TeachingUnit; var student: StudentID }
        var marksAt: [Key: Set<Int>] = [:]
        for mark in facts.marks {
            guard let lesson = lessons[mark.lessonID], let index = position[mark.lessonID] else { continue }
            marksAt[Key(unit: lesson.unit, student: mark.studentID), default: []].insert(index)
        }
        var remarks: [Remark] = []
        for mark in facts.marks where mark.value == 2 {
            guard let lesson = lessons[mark.lessonID], let index = position[mark.lessonID],
                  unitLength[lesson.unit, default: 0] > index + follow else { continue }
            let later = marksAt[Key(unit: lesson.unit, student: mark.studentID)] ?? []
            guard !later.contains(where: { $0 > index && $0 <= index + follow }) else { continue }
            remarks.append(Remark(week: lesson.day.mondayOfWeek, teacher: lesson.teacherID, kind: .twoNotFollowed, lesson: lesson,
                                  unitCells: context.unitCells(lesson.unit), student: facts.names[mark.studentID] ?? "",
                                  detail: "нет отметки за \(follow) следующих урока(ов)"))
        }
        return remarks
    }

    /// Final marks of the periods inside the window: against the weighted
    /// average under the school's rounding, and against the norm of marks.
    static func finalMarkRemarks(_ facts: AnomalyFacts, _ context: ReportContext) -> [Remark] {
        let lessons = Dictionary(uniqueKeysWithValues: facts.lessons.map { ($0.id, $0) })
        var remarks: [Remark] = []
        var hoursOfClass: [TeachingUnit: WeeklyHours?] = [:]
        for period in facts.periods {
            struct Key: Hashable { var student: StudentID; var subject: SubjectID }
            var averages: [Key: WeightedAverage] = [:]
            var counts: [Key: Int] = [:]
            for mark in facts.marks {
                guard let lesson = lessons[mark.lessonID], lesson.day >= period.from, lesson.day <= period.to,
                      let value = try? MarkValue(mark.value), let weight = try? Weight(hundredths: mark.weightHundredths) else { continue }
                let key = Key(student: mark.studentID, subject: lesson.unit.subjectID)
                averages[key, default: WeightedAverage()].add(value, weight: weight)
                counts[key, default: 0] += 1
            }
            for final in period.finalMarks {
                guard let number = final.value.numericValue else { continue }
                let key = Key(student: final.student.studentID, subject: final.subjectID)
                let average = averages[key] ?? WeightedAverage()
                let unitCells: [ReportValue] = [.text(context.className(final.student.classID)), .text(""),
                                                .text(context.subjectName(final.subjectID))]
                let base = Remark(week: final.enteredAt.date.mondayOfWeek, teacher: final.enteredBy, kind: .finalVersusAverage,
                                  lesson: nil, unitCells: unitCells, student: final.student.fullName, detail: "")
                if let rounded = average.rounded(by: context.settings.rounding), rounded != number {
                    var r = base
                    r.detail = "итоговая \(number), средневзвешенный \(average.russianText) → \(rounded)"
                    remarks.append(r)
                }
                let count = counts[key] ?? 0
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
