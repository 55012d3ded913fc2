import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// `zhurnal print journal|summary` as a script calls it: a whole PDF whose
/// text (pdftotext) holds the database's figures, or a Russian message naming
/// the unknown id and no file at all.
@Suite struct PrintCommandTests {
    @Test(.enabled(if: DocumentReaders.available, "нет pdftotext: установите пакет poppler-utils"))
    func theJournalPagesAndTheSummarySheetAreWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try ControlReportCommandTests.school(dir)
        let journal = dir.path("журнал.pdf")
        let run = try ZhurnalBinary.run(["print", "journal", "--db", db, "--class", "5a", "--group", "en1", "--subject", "eng",
                                         "--period", "q1", "--out", journal])
        #expect(run.status == 0, "\(run.stderr)")
        let pages = try DocumentReaders.pdfText(journal)
        for expected in ["Классный журнал: 5А · Английский язык · гр. 1", "Андреев Илья", "Цвета", "Слова", "Смирнова Софья",
                         "оператор сервера", "стр. 2 из 2"] {
            #expect(pages.contains(expected), "\(expected) not in \(pages)")
        }
        let summary = dir.path("ведомость.pdf")
        let sheet = try ZhurnalBinary.run(["print", "summary", "--db", db, "--class", "5a", "--out", summary])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        let text = try DocumentReaders.pdfText(summary)
        #expect(text.contains("Сводная ведомость учёта успеваемости и посещаемости"))
        #expect(text.split(separator: "\n").contains { $0.split(separator: " ").joined(separator: " ") == "Всего по классу 3 1" })
    }

    /// `--all`: a file per class or group and subject with lessons in the period (q1 of the report school: 5А math,
    /// 5А гр. 1 English, 5Б math), each a whole journal.
    @Test(.enabled(if: DocumentReaders.available, "нет pdftotext: установите пакет poppler-utils"))
    func everyJournalOfAPeriodGoesToAFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try ControlReportCommandTests.school(dir)
        let out = dir.path("журналы")
        let run = try ZhurnalBinary.run(["print", "journal", "--all", "--db", db, "--period", "q1", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Журналов напечатано: 3"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["5a-en1-eng-q1.pdf", "5a-math-q1.pdf", "5b-math-q1.pdf"])
        #expect(try DocumentReaders.pdfText(out + "/5b-math-q1.pdf").contains("Дмитриев Олег"))
        let mixed = try ZhurnalBinary.run(["print", "journal", "--all", "--class", "5a", "--db", db, "--period", "q1", "--out", out])
        #expect(mixed.status != 0 && mixed.stderr.contains("--all печатает все журналы"))
    }

    @Test func unknownIdsAreNamedAndNothingIsWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try ControlReportCommandTests.school(dir)
        let out = dir.path("журнал.pdf")
        let journal = ["print", "journal", "--db", db, "--out", out]
        let cases: [([String], String)] = [
            (journal + ["--class", "9z", "--subject", "math", "--period", "q1"], "zhurnal: не найдено: класс «9z»\n"),
            (journal + ["--class", "5a", "--subject", "chem", "--period", "q1"], "zhurnal: не найдено: предмет «chem»\n"),
            (journal + ["--class", "5a", "--subject", "math", "--period", "q9"], "zhurnal: не найдено: период «q9»\n"),
            (journal + ["--class", "5a", "--subject", "math", "--period", "q2"],
             "zhurnal: у «5А · Математика» за период «2 четверть» нет уроков: печатать нечего\n"),
            (["print", "summary", "--db", db, "--out", out, "--class", "5q"], "zhurnal: не найдено: класс «5q»\n"),
        ]
        for (arguments, message) in cases {
            let run = try ZhurnalBinary.run(arguments)
            #expect(run.status == 1)
            #expect(run.stderr == message)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { !$0.hasPrefix("school.sqlite") } == [])
    }
}
