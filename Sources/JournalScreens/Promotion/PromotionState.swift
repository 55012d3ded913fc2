import JournalCore
import JournalStore
import TerminalUI

/// What «Перевод учащихся» shows, without a database: the proposal with the
/// secretary's changes, the search typed and the line chosen. Typing narrows
/// the list by name, class, login or decision; a key cycles the chosen line's
/// decision. The changes live here until the order is applied.
struct PromotionState: SearchedTable {
    var proposal: PromotionProposal?
    var search = TextFieldState(maxLength: 40)
    var table = TableState()

    init(proposal: PromotionProposal? = nil) {
        self.proposal = proposal
    }

    private var needle: String { search.text.trimmingSpaces.lowercased() }

    /// Indices into `proposal.lines` of the lines the search leaves.
    var visible: [Int] {
        guard let lines = proposal?.lines else { return [] }
        let needle = needle
        guard !needle.isEmpty else { return Array(lines.indices) }
        return lines.indices.filter { index in
            let line = lines[index]
            // the proposal's words, not the line's decision: a line the secretary changes stays in the list
            var proposed = line
            proposed.decision = line.proposed
            return [line.fullName, line.className, line.login ?? line.studentCode, proposed.decisionWords.ru, proposed.targetClassName ?? ""]
                .contains { $0.lowercased().contains(needle) }
        }
    }

    var selectedLine: PromotionLine? {
        let rows = visible
        guard rows.indices.contains(table.selectedRow), let proposal else { return nil }
        return proposal.lines[rows[table.selectedRow]]
    }

    /// The chosen line's next decision; returns the line as it is now.
    mutating func cycleSelected() -> PromotionLine? {
        let rows = visible
        guard rows.indices.contains(table.selectedRow), proposal != nil else { return nil }
        let index = rows[table.selectedRow]
        proposal!.lines[index].cycleDecision()
        return proposal!.lines[index]
    }

    /// How many lines the secretary changed from the proposal.
    var changedCount: Int { proposal?.lines.filter { $0.decision != $0.proposed }.count ?? 0 }

    /// «переведены 7 · условно 1 · оставлены 0 · выбывают 2».
    func summary(_ language: Language) -> String {
        let counts = proposal?.counts ?? [:]
        let up = (counts["promote"] ?? 0) + (counts["move"] ?? 0)
        return language == .ru
            ? "переводятся \(up) · условно \(counts["conditional"] ?? 0) · остаются \(counts["keep"] ?? 0) · выбывают \(counts["leave"] ?? 0)"
            : "promoted \(up) · conditionally \(counts["conditional"] ?? 0) · kept \(counts["keep"] ?? 0) · leaving \(counts["leave"] ?? 0)"
    }
}

extension PromotionDecision {
    /// Colour by meaning: a conditional move warns, a student kept back is an
    /// error-coloured line, leaving is quiet.
    var styleRole: StyleRole {
        switch self {
        case .promote, .move: .normal
        case .conditional: .warning
        case .keep: .markFailing
        case .leave: .dim
        }
    }
}
