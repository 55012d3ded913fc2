import Foundation
import Testing
@testable import Documents

@Suite(.enabled(if: Readers.available, "нужен poppler-utils (pdftotext): apt-get install poppler-utils"))
struct DocumentWriterTests {
    private func longTable(rows: Int) -> DocumentTable {
        DocumentTable(title: "Успеваемость 7А",
                      columns: [DocumentColumn("№", weight: 0.5, alignment: .trailing), DocumentColumn("Ученик", weight: 4),
                                DocumentColumn("Средний", weight: 1, alignment: .trailing)],
                      rows: (1...rows).map { [.integer($0), .text("Ученица Ёлкина № \($0)"), .decimal(4.0 + Double($0 % 10) / 10, places: 2)] })
    }

    @Test func aPDFHoldsTheCyrillicTextPageNumbersAndFooterOnEveryPage() throws {
        let path = temporaryPath("report.pdf")
        defer { unlink(path) }
        let document = Document(title: "Сводная ведомость", subtitle: "7А · 2026/2027", footer: sampleFooter,
                                blocks: [.paragraph("Проверка переноса строк и кириллицы: ёжик, щука, Ъ."), .table(longTable(rows: 120)),
                                         .signatures(["Классный руководитель", "Директор"])])
        try DocumentFile.write(document, as: .pdf, to: path)
        let text = try Readers.pdfText(path)
        let pages = try Readers.pdfPages(path)
        #expect(pages >= 3)
        #expect(text.contains("Сводная ведомость"))
        #expect(text.contains("Ученица Ёлкина № 1 "))
        #expect(text.contains("Ученица Ёлкина № 120"))
        #expect(text.contains("4,50"))
        #expect(text.contains("стр. 1 из \(pages)"))
        #expect(text.contains("стр. \(pages) из \(pages)"))
        #expect(text.components(separatedBy: "МБОУ СОШ № 47 · напечатано 02.12.2026 14:05 · Орлова Д. А.").count - 1 == pages)
        #expect(text.contains("Классный руководитель"))
        // the header row repeats on each page of the table
        #expect(text.components(separatedBy: "Средний").count - 1 >= pages - 1)
    }

    @Test func landscapePagesAreA4Landscape() throws {
        let path = temporaryPath("wide.pdf")
        defer { unlink(path) }
        try DocumentFile.write(Document(title: "Журнал", footer: sampleFooter, orientation: .landscape,
                                        blocks: [.table(longTable(rows: 5))]), as: .pdf, to: path)
        let info = try Readers.run("pdfinfo", [path])
        #expect(info.contains("841.89 x 595.28") || info.contains("842 x 595"))
    }

    @Test func cardsAreCutOutSlipsWithEveryLine() throws {
        let path = temporaryPath("slips.pdf")
        defer { unlink(path) }
        let cards = (1...9).map { DocumentCard(lines: ["Родитель № \($0)", "Логин: parent\($0)", "Код: ABCD-\($0)"]) }
        try DocumentFile.write(Document(title: "Реквизиты доступа", footer: sampleFooter, blocks: [.cards(cards)]),
                               as: .pdf, to: path)
        let text = try Readers.pdfText(path)
        for n in 1...9 { #expect(text.contains("Код: ABCD-\(n)")) }
    }

    @Test func aSpreadsheetKeepsNumbersAsNumbersAndFreezesTheHeader() throws {
        let path = temporaryPath("report.xlsx")
        defer { unlink(path) }
        let document = Document(title: "Сводная ведомость", subtitle: "7А", footer: sampleFooter,
                                blocks: [.paragraph("Примечание"), .table(longTable(rows: 3))])
        try DocumentFile.write(document, as: .xlsx, to: path)
        let strings = try Readers.xlsxPart(path, "xl/sharedStrings.xml")
        let sheet = try Readers.xlsxPart(path, "xl/worksheets/sheet1.xml")
        let book = try Readers.xlsxPart(path, "xl/workbook.xml")
        #expect(strings.contains("Ученица Ёлкина № 2"))
        #expect(strings.contains("Сводная ведомость"))
        #expect(book.contains("name=\"Успеваемость 7А\""))
        #expect(sheet.contains("<v>4.1</v>"))          // a number, not text
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("<col "))
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoPartialFile() throws {
        let directory = temporaryPath("ro")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/old.pdf"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        chmod(directory, 0o500)
        defer { chmod(directory, 0o700) }
        let document = Document(title: "Т", footer: sampleFooter, blocks: [])
        if getuid() != 0 {
            #expect(throws: DocumentError.self) { try DocumentFile.write(document, as: .pdf, to: path) }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        }
        chmod(directory, 0o700)
        try DocumentFile.write(document, as: .pdf, to: path)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(names == ["old.pdf"])
        #expect(try Readers.pdfText(path).contains("Т"))
    }

    @Test func decimalsRoundHalfUpWithAComma() {
        #expect(DocumentCell.decimal(4.125, places: 2).printed == "4,13")
        #expect(DocumentCell.decimal(4.5, places: 0).printed == "5")
        #expect(DocumentCell.decimal(3, places: 1).printed == "3,0")
        #expect(DocumentCell.decimal(-0.04, places: 1).printed == "-0,0" || DocumentCell.decimal(-0.04, places: 1).printed == "0,0")
    }

    @Test func sheetNamesAreValidAndUnique() {
        var names = SheetNames()
        #expect(names.unique("Отчёт: 7А/8Б") == "Отчёт_ 7А_8Б")
        #expect(names.unique("Отчёт: 7А/8Б") == "Отчёт_ 7А_8Б (2)")
        #expect(names.unique(String(repeating: "Ж", count: 40)).count == 31)
    }
}
