/// The field names of a profile file (see `Resources/readiness-profiles/*.json`
/// and docs/readiness.md): one place, shared by the reader and its messages.
enum ProfileField {
    static let id = "id"
    static let name = "name"
    static let source = "source"
    static let indicators = "indicators"
    static let key = "key"
    static let threshold = "threshold"
    static let journalEntryKinds = "journal_entry_kinds"
    static let onTimeEntryKinds = "on_time_entry_kinds"
    static let deadline = "deadline"
    static let rule = "rule"
    static let time = "time"
    static let hours = "hours"

    static let topLevel: Set<String> = [id, name, source, indicators, journalEntryKinds, onTimeEntryKinds, deadline]

    /// Deadline rules by their name in a file.
    static let nextDayAt = "next_day_at"
    static let hoursAfterStart = "hours_after_start"
    static let hoursAfterDayEnd = "hours_after_day_end"
    static let rules = [nextDayAt, hoursAfterStart, hoursAfterDayEnd]

    /// Thresholds above 100 % only make sense for `parent_accounts` (two parents per child).
    static func maximumThreshold(_ key: IndicatorKey) -> Threshold {
        Threshold(percent: key == .parentAccounts ? 300 : 100)
    }
}
