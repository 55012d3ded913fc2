import JournalCore

/// A date as a person types it into a form: «14.10.2026», «14.10.26» or ISO
/// «2026-10-14». Words («4 сентября») are not dates here: the form says so.
enum TypedDate {
    static func parse(_ text: String) -> SchoolDate? {
        let text = text.trimmingSpaces
        if let iso = SchoolDate(iso: text) { return iso }
        let parts = text.split(separator: ".").map { Int($0) }
        guard parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2] else { return nil }
        return SchoolDate(year: year < 100 ? 2000 + year : year, month: month, day: day)
    }

    /// A date the form cannot do without: a refusal that names what was typed.
    static func required(_ text: String) throws -> SchoolDate {
        guard let date = parse(text) else { throw JournalError.invalidDate(text.isEmpty ? "(пусто)" : text) }
        return date
    }
}
