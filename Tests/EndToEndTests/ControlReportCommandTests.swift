import Foundation
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// `zhurnal report <control report>` as a script calls it: files written whole
/// or not at all, read back by readers that are not ours (pdftotext, Python's
/// zipfile), and bad input named in Russian with nothing written.
@Suite struct ControlReportCommandTests {
    /// A file database holding `ReportSchool`.
    static func school(_ dir: TemporaryDirectory) throws -> String {
        let path = dir.path("school.sqlite")
        let db = try AppDatabase.open(path: path, create: true, clock: ReportSchool.clock)
        try db.load(ReportSchool.snapshot(), options: LoadOptions(source: "test"))
        return path
    }

    static let window = ["--period", "q1", "--as-of", "2024-09-30T12:00"]

    @Test func jsonAndCsvGoToStandardOutput() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try Self.school(dir)
        let json = try ZhurnalBinary.run(["report", "progress", "--db", db, "--format", "json"] + Self.window)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"sou\": 82.0, \"average\": 4.50}"))
        let csv = try ZhurnalBinary.run(["report", "attendance", "--db", db, "--format", "csv", "--class", "5a", "--table", "totals"]
                                        + Self.window)
        #expect(csv.stdout.split(separator: "\n").first == "class,student,expected,absent,ill,excused,late,missed,whole_days_missed")
        #expect(csv.stdout.contains("5А,Борисова Ольга,6,1,1,0,0,2,2\n"))
    }

    @Test(.enabled(if: DocumentReaders.available, "нет pdftotext: установите пакет poppler-utils"))
    func thePdfHoldsTheFiguresTheSchoolAndThePrinter() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try Self.school(dir)
        let out = dir.path("накопляемость.pdf")
        let run = try ZhurnalBinary.run(["report", "marks-count", "--db", db, "--format", "pdf", "--out", out] + Self.window)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try DocumentReaders.pdfText(out)
        for expected in ["Накопляемость отметок", "1 четверть (02.09.2024–13.09.2024)", "Математика", "33,3", "Андреев Илья",
                         "МБОУ СОШ № 7", "оператор сервера"] {
            #expect(text.contains(expected), "\(expected) not in \(text)")
        }
    }

    @Test func theSpreadsheetKeepsNumbersAsNumbers() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try Self.school(dir)
        let out = dir.path("progress.xlsx")
        let run = try ZhurnalBinary.run(["report", "progress", "--db", db, "--format", "xlsx", "--out", out] + Self.window)
        #expect(run.status == 0, "\(run.stderr)")
        let strings = try DocumentReaders.xlsxPart(out, "xl/sharedStrings.xml")
        #expect(strings.contains("Английский язык"))
        #expect(strings.contains("отличники"))
        let sheet = try DocumentReaders.xlsxPart(out, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<v>53.5</v>"))
        #expect(sheet.contains("<pane"))
    }

    @Test func badInputIsNamedAndNothingIsWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let db = try Self.school(dir)
        let out = dir.path("отчёт.pdf")
        let cases: [([String], String)] = [
            (["--class", "9z"], "zhurnal: не найдено: класс «9z»"),
            (["--subject", "chem"], "предмет «chem»"),
            (["--teacher", "nobody"], "учитель «nobody»"),
        ]
        for (options, message) in cases {
            let run = try ZhurnalBinary.run(["report", "marks-count", "--db", db, "--format", "pdf", "--out", out] + Self.window + options)
            #expect(run.status == 1)
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        let period = try ZhurnalBinary.run(["report", "marks-count", "--db", db, "--period", "q9", "--format", "csv", "--out", out])
        #expect(period.status == 1)
        #expect(period.stderr.contains("q9"), "\(period.stderr)")
        let empty = try ZhurnalBinary.run(["report", "journal-keeping", "--db", db, "--period", "q2", "--format", "csv", "--out", out])
        #expect(empty.status == 1)
        #expect(empty.stderr == "zhurnal: за 2 четверть (16.09.2024–27.09.2024) в журнале нет уроков: отчёту не из чего считать\n")
        let noFile = try ZhurnalBinary.run(["report", "activity", "--db", db, "--format", "xlsx"])
        #expect(noFile.status == 1)
        #expect(noFile.stderr == "zhurnal: для формата xlsx нужен файл: --out ФАЙЛ\n")
        let format = try ZhurnalBinary.run(["report", "activity", "--db", db, "--format", "docx"])
        #expect(format.stderr.contains("недопустимое значение «docx» для --format: допустимы text, json, csv, xlsx, pdf"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted().filter { !$0.hasPrefix("school.sqlite") } == [])
    }
}
