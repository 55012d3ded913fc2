import Foundation
import JournalCore
import JournalStore

/// The `plans` part of `zhurnal-bench`: the deputy's check «часы КТП = часы
/// учебного плана × недели» over the whole school (issue 13: ≤ 200 ms on
/// the huge school), as the screen and `zhurnal plan check` ask for it. It
/// only reads, so it runs on the bench's file itself.
struct PlansBench {
    let databasePath: String
    let runs: Int

    func run(into table: inout BenchTable) throws {
        let database = try AppDatabase.open(path: databasePath)
        var lines: [PlanOverviewLine] = []
        _ = try database.planOverview(by: .serverOperator)   // warm the cache once
        let times = try (0..<runs).map { _ in
            try RegionBench.timed { lines = try database.planOverview(by: .serverOperator) }
        }
        let problems = lines.filter(\.status.isProblem).count
        table.add("Проверка КТП по учебному плану, вся школа",
                  String(format: "%.1f мс (медиана из %d; строк %d, расхождений %d)",
                         RegionBench.medianMilliseconds(times), times.count, lines.count, problems))
    }
}
