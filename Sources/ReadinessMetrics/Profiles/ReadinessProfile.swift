import Foundation
import JournalCore

/// A region's rules for readiness: which indicators, their thresholds, which
/// entries keep a lesson, which entries are judged for timeliness and by when.
public struct ReadinessProfile: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Where the rules come from (a regulation and its table).
    public var source: String?
    /// The profile's indicators with their thresholds, in readiness.md order.
    public var thresholds: [IndicatorKey: Threshold]
    /// Entry kinds that make a lesson count for `journal`.
    public var journalEntryKinds: EntryKindSet
    /// Entry kinds judged by `on_time`.
    public var onTimeEntryKinds: EntryKindSet
    public var deadline: DeadlineRule

    public init(id: String, name: String, source: String? = nil, thresholds: [IndicatorKey: Threshold],
                journalEntryKinds: EntryKindSet, onTimeEntryKinds: EntryKindSet, deadline: DeadlineRule) {
        self.id = id
        self.name = name
        self.source = source
        self.thresholds = thresholds
        self.journalEntryKinds = journalEntryKinds
        self.onTimeEntryKinds = onTimeEntryKinds
        self.deadline = deadline
    }

    /// The profile's indicators in readiness.md order.
    public var indicators: [IndicatorKey] {
        IndicatorKey.allCases.filter { thresholds[$0] != nil }
    }

    public func threshold(for key: IndicatorKey) -> Threshold? {
        thresholds[key]
    }

    /// Whether on-time counts come from the per-lesson summaries (a built-in
    /// deadline rule) or must read every entry (a custom rule: slower).
    public var usesLessonSummaries: Bool {
        deadline.summaryColumn != nil
    }
}

extension ReadinessProfile {
    /// `kchr`, `mo`, `crimea`: built into the program (see `BuiltInProfiles`).
    public static var builtIn: [ReadinessProfile] {
        BuiltInProfiles.all
    }

    public static var builtInIDs: [String] {
        BuiltInProfiles.ids
    }

    public static func builtIn(named id: String) throws -> ReadinessProfile {
        guard let profile = builtIn.first(where: { $0.id == id }) else {
            throw ReadinessError.unknownProfile(id, known: builtInIDs)
        }
        return profile
    }

    /// A school's own profile from a JSON file of the same form as the built-in ones.
    public static func load(file path: String) throws -> ReadinessProfile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path)
                ? Phrase(ru: "файл не читается", en: "the file cannot be read") : Phrase(ru: "файл не найден", en: "no such file")
            throw ReadinessError.profileUnreadable(path: path, reason: reason)
        }
        let fallbackID = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try ProfileReader(origin: path, fallbackID: fallbackID).read(data)
    }

    /// Reads a profile from JSON; `origin` names it in error messages.
    public init(json data: Data, origin: String) throws {
        self = try ProfileReader(origin: origin, fallbackID: origin).read(data)
    }
}
