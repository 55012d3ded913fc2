import ControlReports
import JournalCore
import JournalStore

/// Whose report: the whole school (or, for a teacher, their own lessons), or
/// one class, group, teacher or subject by its bundle id.
struct ReportFilter: Hashable, Sendable {
    enum Dimension: Hashable, Sendable { case all, schoolClass, group, teacher, subject }

    var dimension: Dimension
    var code: String?
    var label: String

    static func all(_ label: String) -> ReportFilter { ReportFilter(dimension: .all, code: nil, label: label) }

    var codes: ReportScopeCodes {
        switch dimension {
        case .all: ReportScopeCodes()
        case .schoolClass: ReportScopeCodes(classCode: code)
        case .group: ReportScopeCodes(groupCode: code)
        case .teacher: ReportScopeCodes(teacherLogin: code)
        case .subject: ReportScopeCodes(subjectCode: code)
        }
    }

    /// Every filter the screen offers, in list order: all, classes, groups,
    /// teachers, subjects — with the word that tells them apart.
    static func list(_ choices: ReportChoices, allLabel: String, language: Language) -> [ReportFilter] {
        let ru = language == .ru
        var result = [all(allLabel)]
        result += choices.classes.map { ReportFilter(dimension: .schoolClass, code: $0.code, label: (ru ? "класс " : "class ") + $0.name) }
        result += choices.groups.map {
            ReportFilter(dimension: .group, code: $0.code,
                         label: (ru ? "группа " : "group ") + [$0.className ?? "", $0.name].filter { !$0.isEmpty }.joined(separator: " "))
        }
        result += choices.teachers.map { ReportFilter(dimension: .teacher, code: $0.code, label: (ru ? "учитель " : "teacher ") + $0.name) }
        result += choices.subjects.map { ReportFilter(dimension: .subject, code: $0.code, label: (ru ? "предмет " : "subject ") + $0.name) }
        return result
    }
}

/// Over which days: a marking period, a half-year or the year by its code, or
/// dates of the user's own.
struct ReportWindowChoice: Hashable, Sendable {
    var label: String
    var from: SchoolDate
    var to: SchoolDate
    var periodCode: String?

    /// The school's periods, quarters first, then half-years, then the year.
    static func list(_ periods: [Period]) -> [ReportWindowChoice] {
        let order: [PeriodKind] = [.quarter, .trimester, .half, .year]
        let sorted = periods.sorted { a, b in
            let ka = order.firstIndex(of: a.kind) ?? order.count, kb = order.firstIndex(of: b.kind) ?? order.count
            return ka != kb ? ka < kb : a.start < b.start
        }
        return sorted.map { ReportWindowChoice(label: $0.name, from: $0.start, to: $0.end, periodCode: $0.code) }
    }

    /// A quarter, trimester or half-year rather than the year: under 200 days.
    var isTerm: Bool { to.dayNumber - from.dayNumber < 200 }

    /// The term holding `today`; in the holidays the term just ended; else
    /// the first window.
    static func current(in windows: [ReportWindowChoice], today: SchoolDate) -> Int {
        let terms = windows.indices.filter { windows[$0].isTerm }
        if let index = terms.filter({ windows[$0].from <= today && today <= windows[$0].to })
            .min(by: { windows[$0].to.dayNumber - windows[$0].from.dayNumber < windows[$1].to.dayNumber - windows[$1].from.dayNumber }) {
            return index
        }
        return terms.filter { windows[$0].to < today }.max { windows[$0].to < windows[$1].to } ?? 0
    }
}
