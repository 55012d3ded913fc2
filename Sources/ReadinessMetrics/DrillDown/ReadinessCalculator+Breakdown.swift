import JournalCore
import JournalStore

extension ReadinessCalculator {
    /// An indicator split by class, teacher or subject over the window, worst first.
    public func breakdown(of key: IndicatorKey, profile: ReadinessProfile, window: ReadinessWindow,
                          by dimension: BreakdownDimension) throws -> [BreakdownRow] {
        try breakdowns(of: [key], profile: profile, window: window, by: dimension)[key] ?? []
    }

    /// Several indicators split the same way, with one pass over the lessons.
    /// Indicators the split means nothing for are left out (see `IndicatorKey.breakdowns`).
    public func breakdowns(of keys: [IndicatorKey], profile: ReadinessProfile, window: ReadinessWindow,
                           by dimension: BreakdownDimension) throws -> [IndicatorKey: [BreakdownRow]] {
        let keys = keys.filter { $0.breakdowns.contains(dimension) }
        guard !keys.isEmpty else { return [:] }
        let request = countRequest(keys, profile: profile, window: window, weeks: [],
                                   grouping: [dimension.lessonDimension])
        let counts = try database.readinessCounts(request)
        let names = try database.readinessNames(accounts: (counts.lessons.first ?? []).compactMap(\.teacherID))
        var result: [IndicatorKey: [BreakdownRow]] = [:]
        for key in keys {
            let rows = key.isLessonBased
                ? lessonRows(key, counts.lessons.first ?? [], dimension: dimension, profile: profile, names: names)
                : classRows(key, counts, window: window, profile: profile, names: names)
            result[key] = rows.sorted(by: BreakdownRow.worstFirst)
        }
        return result
    }

    private func lessonRows(_ key: IndicatorKey, _ groups: [LessonGroupCounts], dimension: BreakdownDimension,
                            profile: ReadinessProfile, names: ReadinessNames) -> [BreakdownRow] {
        groups.compactMap { counts in
            guard let group = dimension.group(of: counts) else { return nil }
            let ratio = switch key {
            case .planning: Ratio(counts.planned, of: counts.lessons)
            case .journal: Ratio(counts.kept, of: counts.lessons)
            default: Ratio(counts.onTime, of: counts.entries)
            }
            return BreakdownRow(group: group, name: names.name(of: group), ratio: ratio, threshold: profile.threshold(for: key))
        }
    }

    /// `schedule_fill` and `parent_accounts` by class: the classes with a student
    /// enrolled at `asOf`. A parent of children in two classes counts in both.
    private func classRows(_ key: IndicatorKey, _ counts: ReadinessCounts, window: ReadinessWindow,
                           profile: ReadinessProfile, names: ReadinessNames) -> [BreakdownRow] {
        let classes = (counts.enrolment?.classes ?? []).filter { $0.students > 0 }
        return classes.map { enrolment in
            let group = BreakdownGroup.schoolClass(enrolment.classID)
            let threshold = profile.threshold(for: key)
            if key == .parentAccounts {
                return BreakdownRow(group: group, name: names.name(of: group),
                                    ratio: Ratio(enrolment.parents, of: enrolment.students), threshold: threshold,
                                    coverage: Ratio(enrolment.studentsWithParent, of: enrolment.students))
            }
            let filled = counts.timetableSpans.contains {
                $0.classID == enrolment.classID && $0.overlaps(from: window.from, to: window.to)
            }
            return BreakdownRow(group: group, name: names.name(of: group), ratio: Ratio(filled ? 1 : 0, of: 1),
                                threshold: threshold)
        }
    }
}

extension BreakdownDimension {
    var lessonDimension: LessonDimension {
        switch self {
        case .schoolClass: .schoolClass
        case .teacher: .teacher
        case .subject: .subject
        }
    }

    func group(of counts: LessonGroupCounts) -> BreakdownGroup? {
        switch self {
        case .schoolClass: counts.classID.map(BreakdownGroup.schoolClass) ?? counts.groupID.map(BreakdownGroup.group)
        case .teacher: counts.teacherID.map(BreakdownGroup.teacher)
        case .subject: counts.subjectID.map(BreakdownGroup.subject)
        }
    }
}

extension ReadinessNames {
    func name(of group: BreakdownGroup) -> String {
        switch group {
        case .schoolClass(let id): classes[id] ?? "?"
        case .group(let id): groups[id] ?? "?"
        case .teacher(let id): accounts[id] ?? "?"
        case .subject(let id): subjects[id] ?? "?"
        }
    }
}
