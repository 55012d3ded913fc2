import Documents
import Foundation
import JournalCore
import JournalStore
@testable import PaperJournal
import TestFixtures
import Testing

/// The paper journal and the summary sheet of `ReportSchool`, written as PDF
/// and read back with poppler's `pdftotext`: the text holds the students, the
/// marks and the totals the database holds.
@Suite struct PaperDocumentTests {
    static let footer = DocumentFooter(school: "МБОУ СОШ № 7", printedAt: "30.09.2024 12:00", printedBy: "Завучева Зоя")

    static func journal(_ db: AppDatabase, group: String? = nil, subject: String = "math",
                        by requester: Requester = .serverOperator) throws -> Document {
        try PaperMaker.journal(db, classCode: "5a", groupCode: group, subjectCode: subject, periodCode: "q1", by: requester,
                               footer: footer)
    }

    static func pdfText(_ document: Document) throws -> String {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("страницы.pdf")
        try DocumentFile.write(document, as: .pdf, to: path)
        return try DocumentReaders.pdfText(path)
    }

    static func user(_ db: AppDatabase, _ login: String) throws -> Requester {
        .user(try #require(try db.actingUser(login: login)))
    }

    @Test func aClassCellHoldsItsMarksThenTheCodeAndADashOffTheRoll() throws {
        let db = try ReportSchool.database()
        let grid = try db.journalPages(.wholeClass(ClassID(1)), of: nil, subject: SubjectID(1), period: PeriodID(1),
                                       by: .serverOperator)
        let byName = Dictionary(uniqueKeysWithValues: grid.students.map { ($0.fullName, $0) })
        let lesson = { (day: String) in grid.lessons.first { $0.date == ReportSchool.date(day) }! }
        #expect(JournalPages.cell(grid, lesson: lesson("2024-09-06"), student: byName["Борисова Ольга"]!) == "2 н")
        #expect(JournalPages.cell(grid, lesson: lesson("2024-09-02"), student: byName["Громова Дарья"]!) == "н")
        // Волков moved to 5Б on 09.09 and Громова left after 10.09: not on the roll.
        #expect(JournalPages.cell(grid, lesson: lesson("2024-09-09"), student: byName["Волков Максим"]!) == "—")
        #expect(JournalPages.cell(grid, lesson: lesson("2024-09-13"), student: byName["Громова Дарья"]!) == "—")
        #expect(JournalPages.cell(grid, lesson: lesson("2024-09-13"), student: byName["Андреев Илья"]!) == "оп")
    }

    @Test(.enabled(if: DocumentReaders.available, "нет pdftotext: установите пакет poppler-utils"))
    func theClassJournalHoldsStudentsMarksTopicsAndTeachers() throws {
        let db = try ReportSchool.database()
        let text = try Self.pdfText(try Self.journal(db))
        for name in ["Андреев Илья", "Борисова Ольга", "Волков Максим", "Громова Дарья"] {
            #expect(text.contains(name), "\(name)")
        }
        #expect(!text.contains("Дмитриев Олег"))
        #expect(text.contains("Классный журнал: 5А · Математика"))
        #expect(text.contains("1 четверть · учитель: Иванова Анна; замены: Петров Пётр"))
        for topic in ["Числа", "Сложение", "Вычитание", "Умножение", "Петров Пётр (замена)", "02.09.2024", "№1"] {
            #expect(text.contains(topic), "\(topic)")
        }
        // The cancelled lesson of 11.09 is not a column of the paper journal.
        #expect(!text.contains("11.09"))
        // Андреев: marks 5 4 5 3, average 4,25, final 5.
        let andreev = try #require(text.split(separator: "\n").first { $0.contains("Андреев Илья") })
        #expect(andreev.split(separator: " ").suffix(7) == ["5", "4", "5", "3", "оп", "4,25", "5"], "\(andreev)")
        #expect(text.contains("стр. 1 из 2"))
        #expect(text.contains("МБОУ СОШ № 7 · напечатано 30.09.2024 12:00 · Завучева Зоя"))
    }

    @Test(.enabled(if: DocumentReaders.available, "нет pdftotext: установите пакет poppler-utils"))
    func aGroupsJournalListsItsMembersOnly() throws {
        let db = try ReportSchool.database()
        let text = try Self.pdfText(try Self.journal(db, group: "en1", subject: "eng"))
        #expect(text.contains("5А · Английский язык · гр. 1"))
        #expect(text.contains("Андреев Илья") && text.contains("Борисова Ольга"))
        #expect(!text.contains("Волков Максим") && !text.contains("Громова Дарья"))
        let borisova = try #require(text.split(separator: "\n").first { $0.contains("Борисова Ольга") })
        // 03.09: «4»; 10.09: no longer in the group; final н/а.
        #expect(borisova.split(separator: " ").suffix(4) == ["4", "—", "4,00", "н/а"], "\(borisova)")
    }

    @Test(.enabled(if: DocumentReaders.available, "нет pdftotext: установите пакет poppler-utils"))
    func theSummarySheetHoldsFinalMarksMissedLessonsAndSignatures() throws {
        let db = try ReportSchool.database()
        let document = try PaperMaker.summary(db, classCode: "5a", by: .serverOperator, footer: Self.footer)
        let text = try Self.pdfText(document)
        #expect(text.contains("МБОУ СОШ № 7 · класс 5А · 2024/2025 учебный год"))
        #expect(text.contains("Классный руководитель: Петров Пётр"))
        #expect(text.contains("Волков Максим (выбыл(а) 08.09.2024)"))
        #expect(text.contains("Громова Дарья (выбыл(а) 10.09.2024)"))
        let lines = text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("1 Андреев Илья Английский язык 5"), "\(lines)")
        #expect(lines.contains("Математика 5"))
        #expect(lines.contains("Математика 4"))
        #expect(lines.contains("2 Борисова Ольга Английский язык н/а"))
        // Missed: Борисова н + б on 04.09 and 06.09, Громова н on 02.09; «оп» is present.
        #expect(lines.contains("1 Андреев Илья 0 0"))
        #expect(lines.contains("2 Борисова Ольга 2 1"))
        #expect(lines.contains("4 Громова Дарья (выбыл(а) 10.09.2024) 1 0"))
        #expect(lines.contains("Всего по классу 3 1"))
        #expect(text.contains("Классный руководитель") && text.contains("Директор"))
    }

    @Test func unknownIdsAreNamedAndAGroupMustBeTheClasss() throws {
        let db = try ReportSchool.database()
        #expect(throws: JournalError.notFound(Phrase(ru: "предмет «hist»", en: "subject \"hist\""))) {
            try Self.journal(db, subject: "hist")
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "период «q9»", en: "period \"q9\""))) {
            try PaperMaker.journal(db, classCode: "5a", groupCode: nil, subjectCode: "math", periodCode: "q9",
                                   by: .serverOperator, footer: Self.footer)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "класс «9z»", en: "class \"9z\""))) {
            try PaperMaker.summary(db, classCode: "9z", by: .serverOperator, footer: Self.footer)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "эта группа в этом классе", en: "this group in this class"))) {
            try PaperMaker.journal(db, classCode: "5b", groupCode: "en1", subjectCode: "eng", periodCode: "q1",
                                   by: .serverOperator, footer: Self.footer)
        }
    }

    @Test func aPeriodWithNoLessonsHasNothingToPrint() throws {
        let db = try ReportSchool.database()
        #expect(throws: JournalError.self) {
            try PaperMaker.journal(db, classCode: "5a", groupCode: nil, subjectCode: "math", periodCode: "q2",
                                   by: .serverOperator, footer: Self.footer)
        }
        do {
            _ = try PaperMaker.journal(db, classCode: "5a", groupCode: nil, subjectCode: "math", periodCode: "q2",
                                       by: .serverOperator, footer: Self.footer)
        } catch JournalError.other(let phrase) {
            #expect(phrase.ru == "у «5А · Математика» за период «2 четверть» нет уроков: печатать нечего")
        }
    }

    @Test func onlyTheClasssReadersPrintIt() throws {
        let db = try ReportSchool.database()
        #expect(throws: JournalError.forbidden(Phrase(ru: "журнал этого класса вам недоступен",
                                                      en: "this class's journal is not yours to read"))) {
            try Self.journal(db, group: "en1", subject: "eng", by: try Self.user(db, "mama"))
        }
        _ = try Self.journal(db, by: try Self.user(db, "deputy"))
        _ = try PaperMaker.summary(db, classCode: "5a", by: try Self.user(db, "petrov"), footer: Self.footer)
        #expect(throws: JournalError.forbidden(Phrase(
            ru: "сводную ведомость класса печатают его классный руководитель, заместитель директора и администратор",
            en: "a class's summary sheet is printed by its homeroom teacher, the deputy and the administrator"))) {
            try PaperMaker.summary(db, classCode: "5a", by: try Self.user(db, "ivanova"), footer: Self.footer)
        }
    }
}
