import JournalCore
import JournalStore
import ReadinessMetrics

/// What is asked: which report, over which scope, named how for the reader.
public struct ControlReportRequest: Sendable {
    public var kind: ReportKind
    public var scope: ReportScope
    /// The bundle ids as asked, for the JSON's parameters.
    public var codes: ReportScopeCodes
    /// The period's name, when a period was asked for.
    public var periodName: String?

    public init(kind: ReportKind, scope: ReportScope, codes: ReportScopeCodes, periodName: String? = nil) {
        self.kind = kind
        self.scope = scope
        self.codes = codes
        self.periodName = periodName
    }

    /// «1 четверть (02.09.2024–25.10.2024)».
    public var windowText: String {
        let dates = "\(scope.from.russian)–\(scope.to.russian)"
        return periodName.map { "\($0) (\(dates))" } ?? dates
    }
}

/// Computes a control report from the store's facts: the store reads (and
/// checks the requester's right), this module counts.
public enum ControlReportMaker {
    public static func make(_ request: ControlReportRequest, database: AppDatabase, by requester: Requester) throws -> ControlReport {
        let scope = request.scope
        let window = Phrase(ru: request.windowText, en: request.windowText)
        let context = ReportContext(names: try database.reportNames(), scope: scope, settings: try database.settings())
        let tables: [ReportTable]
        switch request.kind {
        case .marksCount:
            tables = MarksCountReport.tables(try database.markCountFacts(scope, window: window, by: requester), context)
        case .journalKeeping:
            let profile = try ReadinessSettings.defaultProfile(database)
            let rule = OnTimeRule(kinds: profile.onTimeEntryKinds, deadline: profile.deadline)
            tables = KeepingReport.tables(try database.keepingFacts(scope, window: window, onTime: rule, by: requester), context)
        case .programme:
            tables = ProgrammeReport.tables(try database.programmeFacts(scope, window: window, by: requester), context)
        case .progress:
            guard let period = scope.periodID else {
                throw JournalError.other(Phrase(ru: "для отчёта «Успеваемость и качество» нужен период: --period КОД (итоговые отметки ставят за период)",
                                                en: "the progress report needs a period: --period CODE (final marks belong to a period)"))
            }
            tables = ProgressReport.tables(try database.finalMarkFacts(scope, period: period, periodName: request.periodName ?? "",
                                                                       by: requester), context)
        case .attendance:
            tables = AttendanceReport.tables(try database.attendanceFacts(scope, window: window, by: requester), context)
        case .anomalies:
            let facts = try database.anomalyFacts(scope, window: window, by: requester)
            var narrowed = context
            narrowed.scope = facts.scope
            tables = AnomaliesReport.tables(facts, narrowed)
        case .activity:
            tables = ActivityReport.tables(try database.activityFacts(scope, by: requester), context)
        case .substitutions:
            tables = SubstitutionsReport.tables(try database.substitutionFacts(scope, window: window, by: requester), context)
        }
        return ControlReport(kind: request.kind, subtitle: subtitle(request, context), parameters: parameters(request), tables: tables)
    }

    static func subtitle(_ request: ControlReportRequest, _ context: ReportContext) -> String {
        var parts = [request.windowText]
        let scope = request.scope
        if let id = scope.classID { parts.append("класс " + context.className(id)) }
        if let id = scope.groupID { parts.append("группа " + context.groupName(id)) }
        if let id = scope.teacherID { parts.append("учитель " + context.accountName(id)) }
        if let id = scope.subjectID { parts.append("предмет " + context.subjectName(id)) }
        return parts.joined(separator: ", ") + "; на " + scope.asOf.russian
    }

    static func parameters(_ request: ControlReportRequest) -> [(String, String)] {
        let codes = request.codes
        var result = [("from", request.scope.from.iso), ("to", request.scope.to.iso), ("as_of", request.scope.asOf.iso)]
        let optional: [(String, String?)] = [("period", codes.periodCode), ("class", codes.classCode), ("group", codes.groupCode),
                                             ("teacher", codes.teacherLogin), ("subject", codes.subjectCode)]
        for (key, value) in optional { if let value { result.append((key, value)) } }
        return result
    }
}
