import ControlReports
import JournalCore
import JournalStore
import TestFixtures

/// Makes the reports of `ReportSchool` as the command line does, and reads
/// their tables back as text by column key.
struct ReportHarness {
    let database: AppDatabase

    init() throws {
        database = try ReportSchool.database()
    }

    func report(_ kind: ReportKind, _ codes: ReportScopeCodes = ReportScopeCodes(), from: String = "2024-09-02",
                to: String = "2024-09-13", asOf: String = "2024-09-30T12:00", by requester: Requester = .serverOperator) throws -> ControlReport {
        var codes = codes
        if codes.periodCode == nil, from == "2024-09-02", to == "2024-09-13" { codes.periodCode = "q1" }
        let scope = try database.reportScope(codes, from: ReportSchool.date(from), to: ReportSchool.date(to),
                                             asOf: ReportSchool.time(asOf))
        let request = ControlReportRequest(kind: kind, scope: scope, codes: codes, periodName: codes.periodCode.map { $0 == "q1" ? "1 четверть" : "2 четверть" })
        return try ControlReportMaker.make(request, database: database, by: requester)
    }

    func user(_ login: String) throws -> Requester {
        .user(try database.actingUser(login: login)!)
    }
}

extension ControlReport {
    /// The rows of table `name`, each reduced to the columns `keys`, as plain text.
    func rows(_ keys: [String], in name: String = "rows") -> [[String]] {
        guard let table = table(name) else { return [] }
        return table.records.map { record in keys.map { record[$0]?.plain ?? "?" } }
    }
}
