import Testing
@testable import ControlReports

/// The fast text and JSON writers against the tree and `String.count`
/// they replaced: the same bytes for every report of `ReportSchool`, and for
/// cells that need escaping or have characters of several scalars.
@Suite struct ReportWriterTests {
    @Test(arguments: ReportKind.allCases.filter { $0 != .activity })
    func everyReportIsWrittenAsBefore(kind: ReportKind) throws {
        let report = try ReportHarness().report(kind)
        #expect(ControlReportFormats.json(report) == ControlReportFormats.treeJSON(report))
        #expect(ControlReportFormats.text(report) == ControlReportFormats.plainText(report))
    }

    /// Handed over in small chunks (a row or two each), the text and JSON put
    /// together are the whole ones; every chunk but the last is full.
    @Test(arguments: ReportKind.allCases.filter { $0 != .activity })
    func chunksMakeTheWholeText(kind: ReportKind) throws {
        let report = try ReportHarness().report(kind)
        var text: [String] = [], json: [String] = []
        #expect(ReportTextWriter.text(report, chunks: .init(size: 200) { text.append($0) }).isEmpty)
        #expect(ReportTextWriter.json(report, chunks: .init(size: 200) { json.append($0) }).isEmpty)
        #expect(text.joined() == ControlReportFormats.text(report))
        #expect(json.joined() + "\n" == ControlReportFormats.json(report))
        #expect(text.count >= 2 && json.count >= 2)
        #expect(text.dropLast().allSatisfy { $0.utf8.count >= 200 })
        var handed: [String] = []
        ControlReportFormats.json(report) { handed.append($0) }
        #expect(handed.joined() == ControlReportFormats.json(report))
    }

    /// A table long enough for its second half to be measured and written
    /// on another thread (its widest cells lie there): the same text and JSON
    /// as the plain writers', whole and in chunks.
    @Test func aLongTableIsWrittenAsBefore() {
        let rows: [[ReportValue]] = (0..<25_001).map { index in
            [.text(index % 7 == 0 ? "Ёлкина «№ \(index)»" : "ученик \(index)"), .integer(index * 37 % 1000),
             index % 5 == 0 ? .none : .fixed(index % 300, places: 1)]
        }
        let table = ReportTable(name: "rows", title: "Длинная", columns: [ReportColumn("a", "Ученик"), ReportColumn("b", "Б"),
                                                                          ReportColumn("c", "В")], rows: rows)
        let report = ControlReport(kind: .anomalies, subtitle: "проверка", parameters: [], tables: [table, table])
        let whole = ControlReportFormats.text(report)
        #expect(whole == ControlReportFormats.plainText(report))
        var chunks: [String] = []
        ControlReportFormats.text(report) { chunks.append($0) }
        #expect(chunks.count >= 2)
        #expect(chunks.joined() == whole)
        let json = ControlReportFormats.json(report)
        #expect(json == ControlReportFormats.treeJSON(report))
        var jsonChunks: [String] = []
        ControlReportFormats.json(report) { jsonChunks.append($0) }
        #expect(jsonChunks.count >= 2)
        #expect(jsonChunks.joined() == json)
    }

    @Test func oddCellsAreWrittenAsBefore() {
        let odd = ["кавычка \" и \\ слеш", "строка\nперевод", "таб\tи\u{1}", "é и e\u{301}", "й и и\u{306}", "🇷🇺 флаг",
                   "Ёлкин «№ 5» — 1–2", "\r\n", "", "итоговая 5, средневзвешенный 4,25 → 4", "ж\u{483} и ж\u{489}", "ѣ\u{482}",
                   "Ӿ ӿ Ѐ", "\u{7F}", "← ↑"]
        let table = ReportTable(name: "rows", title: "Странные", columns: [ReportColumn("a", "А"), ReportColumn("b", "Б")],
                                rows: odd.map { [.text($0), .fixed(125, places: 1)] } + [[.none, .integer(-3)]])
        let empty = ReportTable(name: "empty", title: "Пусто", columns: [ReportColumn("x", "X")])
        let report = ControlReport(kind: .attendance, subtitle: "подзаголовок \"x\"", parameters: [("from", "2024-09-02")],
                                   tables: [table, empty])
        #expect(ControlReportFormats.json(report) == ControlReportFormats.treeJSON(report))
        #expect(ControlReportFormats.text(report) == ControlReportFormats.plainText(report))
        for text in odd { #expect(ReportTextWriter.characterCount(text) == text.count) }
        let none = ControlReport(kind: .attendance, subtitle: "", parameters: [], tables: [empty])
        #expect(ControlReportFormats.json(none) == ControlReportFormats.treeJSON(none))
    }
}
