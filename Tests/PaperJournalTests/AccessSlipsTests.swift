import Documents
import Foundation
import JournalCore
import JournalStore
import PaperJournal
import TestFixtures
import Testing

/// The access slips of a class as a PDF, read back with poppler's pdftotext:
/// every student's and parent's name, login and fresh code is on the paper.
@Suite(.serialized) struct AccessSlipsTests {
    @Test(.enabled(if: DocumentReaders.available)) func theSlipsPDFHoldsEveryNameLoginAndCode() throws {
        let db = try FamilySchool.database()
        let sheet = try db.issueAccessSlips(class: "7b", on: FamilySchool.tuesday, by: .serverOperator)
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("slips.pdf")
        let footer = DocumentFooter(school: sheet.schoolName, printedAt: "03.09.2024 10:00", printedBy: "Семёнова С. И.")
        try DocumentFile.write(AccessSlips.document(sheet, footer: footer), as: .pdf, to: path)
        let text = try DocumentReaders.pdfText(path)
        #expect(sheet.slips.count == 4)
        for slip in sheet.slips {
            #expect(text.contains(slip.fullName), "\(slip.fullName)\n\(text)")
            #expect(text.contains("Логин: \(slip.login)"), "\(slip.login)")
            #expect(text.contains(slip.code))
        }
        #expect(text.contains("Реквизиты доступа") && text.contains("Где войти"))
    }

    @Test func aSlipSaysWhoseItIs() {
        let sheet = AccessSlipSheet(schoolName: "Школа № 1", className: "7Б", slips: [
            IssuedCode(login: "mama", fullName: "Сидорова Мария", code: "abcd-efgh", holder: .parent(children: "Сидорова Анна")),
        ])
        let document = AccessSlips.document(sheet, footer: DocumentFooter(school: "Школа № 1", printedAt: "", printedBy: ""))
        guard case .cards(let cards)? = document.blocks.last else { Issue.record("no cards"); return }
        #expect(cards[0].lines.prefix(5) == ["Школа № 1 · 7Б", "Родитель: Сидорова Мария", "Ребёнок: Сидорова Анна", "Логин: mama",
                                             "Одноразовый код: abcd-efgh"])
    }
}
