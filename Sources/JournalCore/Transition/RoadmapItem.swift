public enum RoadmapItemEntity {}
public typealias RoadmapItemID = RowID<RoadmapItemEntity>

/// Where a measure stands as kept by the school. An item tied to an indicator
/// is not kept: it is `done` while the indicator meets its threshold.
public enum RoadmapStatus: String, CaseIterable, Sendable {
    case open, done

    public init(parsing text: String) throws {
        switch text.trimmingSpaces.lowercased() {
        case "open", "открыто", "в работе": self = .open
        case "done", "выполнено": self = .done
        default:
            throw JournalError.other(Phrase(ru: "неизвестное состояние «\(text)»: допустимы open (в работе), done (выполнено)",
                                            en: "unknown status \"\(text)\": allowed are open, done"))
        }
    }

    public var title: Phrase {
        switch self {
        case .open: Phrase(ru: "в работе", en: "open")
        case .done: Phrase(ru: "выполнено", en: "done")
        }
    }
}

/// One measure of the school's roadmap.
public struct RoadmapItem: Hashable, Sendable {
    public var id: RoadmapItemID
    public var position: Int
    public var stage: String
    public var title: String
    public var deadline: SchoolDate?
    public var responsible: String
    /// The kind of document the measure ends with (an order, a protocol...).
    public var result: String
    public var documentNumber: String?
    public var documentDate: SchoolDate?
    public var status: RoadmapStatus
    public var comment: String?
    /// An indicator key of readiness.md and its threshold in percent.
    public var indicator: String?
    public var threshold: Int?

    public init(id: RoadmapItemID, position: Int, stage: String, title: String, deadline: SchoolDate?, responsible: String,
                result: String, documentNumber: String? = nil, documentDate: SchoolDate? = nil, status: RoadmapStatus = .open,
                comment: String? = nil, indicator: String? = nil, threshold: Int? = nil) {
        self.id = id
        self.position = position
        self.stage = stage
        self.title = title
        self.deadline = deadline
        self.responsible = responsible
        self.result = result
        self.documentNumber = documentNumber
        self.documentDate = documentDate
        self.status = status
        self.comment = comment
        self.indicator = indicator
        self.threshold = threshold
    }

    public var closesItself: Bool { indicator != nil }

    /// The result document as written on a report: `Приказ № 12 от 30.08.2024`.
    public var documentText: String? {
        guard let documentNumber else { return nil }
        return "№ \(documentNumber)" + (documentDate.map { " от \($0.russian)" } ?? "")
    }
}

/// What an edit of a measure changes; nil leaves a field as it is, an empty
/// text clears it.
public struct RoadmapItemEdit: Hashable, Sendable {
    public var title: String?
    public var result: String?
    public var deadline: SchoolDate??
    public var responsible: String?
    public var documentNumber: String?
    public var documentDate: SchoolDate??
    public var status: RoadmapStatus?
    public var comment: String?

    public init(title: String? = nil, result: String? = nil, deadline: SchoolDate?? = nil, responsible: String? = nil,
                documentNumber: String? = nil, documentDate: SchoolDate?? = nil, status: RoadmapStatus? = nil, comment: String? = nil) {
        self.title = title
        self.result = result
        self.deadline = deadline
        self.responsible = responsible
        self.documentNumber = documentNumber
        self.documentDate = documentDate
        self.status = status
        self.comment = comment
    }

    /// `item` with the edit applied, checked: an item tied to an indicator
    /// closes itself, and a measure with a result document is done only with
    /// that document's number and date.
    public func applied(to item: RoadmapItem) throws -> RoadmapItem {
        var edited = item
        if let title {
            guard !title.trimmingSpaces.isEmpty else { throw JournalError.emptyValue(field: Phrase(ru: "мероприятие", en: "measure")) }
            edited.title = title.trimmingSpaces
        }
        if let result { edited.result = result.trimmingSpaces }
        if let deadline { edited.deadline = deadline }
        if let responsible { edited.responsible = responsible.trimmingSpaces }
        if let documentNumber { edited.documentNumber = documentNumber.trimmingSpaces.isEmpty ? nil : documentNumber.trimmingSpaces }
        if let documentDate { edited.documentDate = documentDate }
        if let comment { edited.comment = comment.trimmingSpaces.isEmpty ? nil : comment.trimmingSpaces }
        if let status {
            if item.closesItself, status != item.status {
                throw JournalError.other(Phrase(
                    ru: "пункт «\(item.title)» закрывается сам, когда показатель достигает порога",
                    en: "item \"\(item.title)\" closes itself when its indicator meets the threshold"))
            }
            edited.status = status
        }
        if edited.status == .done, !edited.closesItself, !edited.result.isEmpty {
            if edited.documentNumber == nil {
                throw JournalError.emptyValue(field: Phrase(ru: "номер документа «\(edited.result)»", en: "number of the document \"\(edited.result)\""))
            }
            if edited.documentDate == nil {
                throw JournalError.emptyValue(field: Phrase(ru: "дата документа «\(edited.result)»", en: "date of the document \"\(edited.result)\""))
            }
        }
        return edited
    }
}
