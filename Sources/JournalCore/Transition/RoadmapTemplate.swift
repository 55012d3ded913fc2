/// A transition roadmap a school starts from: the plan of measures of a
/// regional regulation, with deadlines as days of the academic year. Three are
/// built in (`RoadmapTemplateTexts`), modelled on the KChR model roadmap, a
/// Moscow-region lyceum's roadmap and a Crimean school's plan; each also names
/// the readiness profile its indicator items are measured by.
public struct RoadmapTemplate: Hashable, Sendable {
    public var id: String
    public var name: Phrase
    public var items: [RoadmapTemplateItem]

    /// The region alone, for a line of a screen: «Карачаево-Черкесская Республика».
    public var shortName: Phrase {
        Phrase(ru: String(name.ru.prefix { $0 != ":" }), en: String(name.en.prefix { $0 != ":" }))
    }

    /// The readiness profile of the same region (`kchr`, `mo`, `crimea`).
    public var profileID: String { id }

    public static let builtInIDs = ["kchr", "mo", "crimea"]

    public static var builtIn: [RoadmapTemplate] {
        // the texts are fixed at build time and checked by a test
        builtInIDs.map { try! builtIn(named: $0) }
    }

    public static func builtIn(named id: String) throws -> RoadmapTemplate {
        guard let text = RoadmapTemplateTexts.text(id) else {
            throw JournalError.notFound(Phrase(ru: "шаблон дорожной карты «\(id)» (есть: \(builtInIDs.joined(separator: ", ")))",
                                               en: "roadmap template \"\(id)\" (known: \(builtInIDs.joined(separator: ", ")))"))
        }
        return try RoadmapTemplate(id: id, name: RoadmapTemplateTexts.name(id), tsv: text)
    }

    /// Reads the tab-separated text of `Resources/transition-roadmaps/ID.tsv`:
    /// a header, then stage, title, deadline (`ММ-ДД` or empty), responsible,
    /// result document, indicator key and threshold (both empty for an
    /// ordinary measure).
    public init(id: String, name: Phrase, tsv text: String) throws {
        self.id = id
        self.name = name
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        items = try lines.enumerated().dropFirst().compactMap { number, line in
            line.trimmingSpaces.isEmpty ? nil : try RoadmapTemplateItem(line: line, at: "\(id).tsv:\(number + 1)")
        }
    }
}

/// One measure of a template.
public struct RoadmapTemplateItem: Hashable, Sendable {
    public var stage: String
    public var title: String
    public var deadline: MonthDay?
    public var responsible: String
    public var result: String
    public var indicator: String?
    public var threshold: Int?

    init(line: String, at place: String) throws {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard fields.count == 7 else {
            throw JournalError.other(Phrase(ru: "\(place): нужно 7 полей через табуляцию, а их \(fields.count)",
                                            en: "\(place): 7 tab-separated fields are needed, not \(fields.count)"))
        }
        stage = fields[0]
        title = fields[1]
        guard !title.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "\(place): мероприятие", en: "\(place): measure")) }
        deadline = try fields[2].isEmpty ? nil : MonthDay(text: fields[2], at: place)
        responsible = fields[3]
        result = fields[4]
        indicator = fields[5].isEmpty ? nil : fields[5]
        threshold = fields[6].isEmpty ? nil : Int(fields[6])
        guard (indicator == nil) == (threshold == nil), threshold.map({ (0...100).contains($0) }) ?? true else {
            throw JournalError.invalidNumber("\(place): \(fields[5]) \(fields[6])")
        }
    }
}

/// A day of the academic year without its year: `08-31`. September to
/// December fall in the year the academic year starts, January to July in the
/// next; August is the month before lessons begin, so it stays in the first.
public struct MonthDay: Hashable, Sendable {
    public var month: Int
    public var day: Int

    init(text: String, at place: String) throws {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, SchoolDate(year: 2000, month: parts[0], day: parts[1]) != nil else {
            throw JournalError.invalidDate("\(place): \(text)")
        }
        month = parts[0]
        day = parts[1]
    }

    /// The date in the academic year that starts in `startYear`.
    public func date(inAcademicYearStarting startYear: Int) -> SchoolDate {
        let year = month >= 8 ? startYear : startYear + 1
        return SchoolDate(year: year, month: month, day: min(day, SchoolDate.daysInMonth(year: year, month: month)))!
    }
}
