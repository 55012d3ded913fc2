import ArgumentParser

/// `zhurnal year …`: the year's end (issue 16). The closing checklist and the
/// year's close are another branch's subcommands; the promotion is here.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year", abstract: "Конец учебного года: перевод учащихся по приказу.",
        subcommands: [YearPromoteCommand.self])
}
