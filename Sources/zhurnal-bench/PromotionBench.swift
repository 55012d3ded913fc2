import Foundation
import JournalCore
import JournalStore

/// The `promotion` part of `zhurnal-bench`: the promotion by order of the
/// whole school (issue 16: 5,000 students ≤ 5 s), proposal and apply, as
/// `zhurnal year promote --apply` runs it. It writes, so it runs on a copy.
struct PromotionBench {
    let databasePath: String
    let folder: URL

    func run(into table: inout BenchTable) throws {
        let copy = folder.appendingPathComponent("promotion.sqlite").path
        try BenchCommand.copyDatabase(databasePath, to: copy)
        let database = try AppDatabase.open(path: copy)
        var proposal: PromotionProposal?
        let proposing = try RegionBench.timed { proposal = try database.promotionProposal(by: .serverOperator) }
        let lines = proposal?.lines.count ?? 0
        let conditional = proposal?.counts["conditional"] ?? 0
        table.add("Перевод: предложение, вся школа", String(format: "%.0f мс (учеников %d, условно %d)", proposing * 1000, lines, conditional))
        let order = try PromotionOrder(number: "bench", date: proposal?.yearEnd ?? SchoolDate(year: 2026, month: 5, day: 29)!)
        var result: PromotionResult?
        let applying = try RegionBench.timed { result = try database.applyPromotion(order: order, by: .serverOperator) }
        table.add("Перевод: провести (одна транзакция)",
                  String(format: "%.2f с (классов создано %d)", applying, result?.createdClasses.count ?? 0))
    }
}
