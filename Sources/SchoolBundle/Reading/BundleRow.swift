import Foundation
import JournalCore

/// One data row of a file, read cell by cell. Every getter reports what is wrong
/// with its cell (`file:line: column: …`) and returns nil then; `hasIssues` tells
/// the caller not to build a value from the row.
struct BundleRow<C: BundleColumns> {
    let line: Int
    let fields: [String]
    let header: TableHeader<C>
    let issues: IssueCollector
    let timeZone: TimeZone
    private(set) var hasIssues = false

    init(line: Int, fields: [String], header: TableHeader<C>, issues: IssueCollector, timeZone: TimeZone) {
        self.line = line
        self.fields = fields
        self.header = header
        self.issues = issues
        self.timeZone = timeZone
    }

    mutating func report(_ column: C?, _ problem: BundleProblem) {
        hasIssues = true
        issues.add(BundleIssue(C.file, line: line, column: column?.rawValue, problem))
    }

    /// Marks the row unusable without a message: the cause was reported elsewhere
    /// (a missing column, an unreadable file).
    mutating func skipSilently() {
        hasIssues = true
    }

    /// The cell as written; nil when the column is not in the file.
    func cell(_ column: C) -> String? {
        header.index(of: column).map { fields[$0] }
    }

    /// The cell trimmed, nil when empty: an empty cell means "no value".
    func optionalText(_ column: C) -> String? {
        guard let raw = cell(column) else { return nil }
        let text = BundleText.trimmed(raw)
        return text.isEmpty ? nil : text
    }

    /// A value that must be there. A column missing from the header was reported
    /// once already, so its cells are not reported again.
    mutating func text(_ column: C) -> String? {
        guard let raw = cell(column) else {
            skipSilently()
            return nil
        }
        let text = BundleText.trimmed(raw)
        guard !text.isEmpty else {
            report(column, .empty)
            return nil
        }
        return text
    }

    /// An identifier or reference: non-empty, taken exactly as written.
    mutating func identifier(_ column: C) -> String? {
        guard let raw = cell(column) else {
            skipSilently()
            return nil
        }
        return checkedIdentifier(raw, column, required: true)
    }

    mutating func optionalIdentifier(_ column: C) -> String? {
        cell(column).flatMap { checkedIdentifier($0, column, required: false) }
    }

    private mutating func checkedIdentifier(_ raw: String, _ column: C, required: Bool) -> String? {
        guard BundleText.hasSurroundingSpace(raw) else {
            if raw.isEmpty, required { report(column, .empty) }
            return raw.isEmpty ? nil : raw
        }
        if raw.trimmingSpaces.isEmpty {
            if required { report(column, .empty) }
        } else {
            report(column, .spacesAroundIdentifier(raw))
        }
        return nil
    }

    /// A required value converted by `parse`, which throws a `JournalError` or a
    /// `BundleProblem` for text it does not accept.
    mutating func value<T>(_ column: C, _ parse: (String) throws -> T) -> T? {
        guard let text = text(column) else { return nil }
        return converted(text, column, parse)
    }

    /// Like `value`, but an empty cell is no value rather than an error.
    mutating func optionalValue<T>(_ column: C, _ parse: (String) throws -> T) -> T? {
        guard let text = optionalText(column) else { return nil }
        return converted(text, column, parse)
    }

    private mutating func converted<T>(_ text: String, _ column: C, _ parse: (String) throws -> T) -> T? {
        do {
            return try parse(text)
        } catch let problem as BundleProblem {
            report(column, problem)
        } catch let error as JournalError {
            report(column, .invalid(error))
        } catch {
            report(column, .invalid(.other(Phrase(ru: "неверное значение «\(text)»", en: "invalid value \"\(text)\""))))
        }
        return nil
    }
}

extension BundleRow {
    mutating func date(_ column: C) -> SchoolDate? { value(column, CellParser.date) }
    mutating func optionalDate(_ column: C) -> SchoolDate? { optionalValue(column, CellParser.date) }
    mutating func time(_ column: C) -> TimeOfDay? { value(column, CellParser.time) }

    mutating func timestamp(_ column: C) -> SchoolTime? {
        let zone = timeZone
        return value(column) { try CellParser.timestamp($0, zone) }
    }

    mutating func optionalTimestamp(_ column: C) -> SchoolTime? {
        let zone = timeZone
        return optionalValue(column) { try CellParser.timestamp($0, zone) }
    }

    /// `0` or `1`; an empty cell or a missing column is `false`.
    mutating func flag(_ column: C) -> Bool {
        optionalValue(column, CellParser.flag) ?? false
    }

    /// A `0` or `1` that must be there.
    mutating func requiredFlag(_ column: C) -> Bool? {
        value(column, CellParser.flag)
    }

    mutating func integer(_ column: C, in range: ClosedRange<Int>) -> Int? {
        value(column) { try CellParser.integer($0, in: range) }
    }
}

/// Cell text to values, in the formats the bundle allows.
enum CellParser {
    static func date(_ text: String) throws -> SchoolDate {
        guard let date = SchoolDate(iso: text) else { throw JournalError.invalidDate(text) }
        return date
    }

    static func time(_ text: String) throws -> TimeOfDay {
        guard let time = TimeOfDay(text: text) else { throw JournalError.invalidTime(text) }
        return time
    }

    /// `YYYY-MM-DDTHH:MM[:SS]` in the school's zone, or with an explicit offset.
    static func timestamp(_ text: String, _ timeZone: TimeZone) throws -> SchoolTime {
        guard text.utf8.count > 10, text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 10)] == UInt8(ascii: "T"),
              let time = SchoolTime.parse(text, timeZone: timeZone) else { throw JournalError.invalidTimestamp(text) }
        return time
    }

    /// 1 = Monday … 6 = Saturday.
    static func weekday(_ text: String) throws -> Int {
        guard let day = try? integer(text, in: 1...6) else { throw JournalError.invalidWeekday(text) }
        return day
    }

    static func flag(_ text: String) throws -> Bool {
        switch text {
        case "0": return false
        case "1": return true
        default: throw JournalError.invalidBoolean(text)
        }
    }

    static func integer(_ text: String, in range: ClosedRange<Int>) throws -> Int {
        guard text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), text.utf8.count <= 9, let number = Int(text) else {
            throw JournalError.invalidNumber(text)
        }
        guard range.contains(number) else { throw BundleProblem.numberOutOfRange(text, range) }
        return number
    }
}

extension BundleProblem: Error {}
