import Foundation
import GRDB
import JournalCore
@testable import JournalStore
import TestFixtures
import Testing

/// The new academic year on a generated school, at the command line: after
/// the year is closed and its students promoted, `zhurnal year new` starts the
/// next year; `year check` speaks of it; the old year's lessons take no more
/// entries; both years are listed; the export holds the new year only.
@Suite struct NewYearEndToEndTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = try GeneratedSchool.create(in: directory, "--size", "small", "--weeks", "1")
    }

    func zhurnal(_ arguments: String...) throws -> ZhurnalBinary.Result {
        try ZhurnalBinary.run(arguments + ["--db", path])
    }

    @Test func theNewYearStartsAndTheOldOneIsReadOnly() throws {
        defer { directory.remove() }
        let old = try AppDatabase.open(path: path).school().academicYear
        let next = try #require(AcademicYearCode(old)).next.text
        let proposal = try AppDatabase.open(path: path).promotionProposal(by: .serverOperator)

        let early = try zhurnal("year", "new", "--year", next)
        #expect(early.status != 0 && early.stderr.contains("учебный год \(old) не закрыт"), "\(early.stderr)")
        #expect(try zhurnal("year", "close", "--force").status == 0)
        let promoted = try zhurnal("year", "promote", "--order", "12", "--date", proposal.yearEnd.iso, "--apply")
        #expect(promoted.status == 0, "\(promoted.stderr)")

        let started = try zhurnal("year", "new", "--year", next)
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.hasPrefix("Начат учебный год \(next) (по образцу \(old))."), "\(started.stdout)")
        #expect(started.stdout.contains("1 четверть (q1-\(next.prefix(4))):"), "\(started.stdout)")
        #expect(started.stdout.contains("Дальше: завуч утверждает расписание и учебный план"))
        let copied = try #require(started.stdout.split(separator: "\n").first { $0.hasPrefix("Расписание: скопировано строк: ") })
        #expect(!copied.hasPrefix("Расписание: скопировано строк: 0 "), "\(copied)")

        let check = try zhurnal("year", "check")
        #expect(check.stdout.contains("Закрытие учебного года \(next) на "), "\(check.stdout)")

        let db = try AppDatabase.open(path: path)
        #expect(try db.academicYears().map(\.code) == [old, next])
        #expect(try db.academicYears().map(\.isClosed) == [true, false])
        #expect(try db.periods().allSatisfy { $0.academicYear == next })

        let lesson = try #require(try db.read { db in
            try Row.fetchOne(db, sql: """
                SELECT l.id, c.code, l.day, l.lesson_number, a.login, e.student_id FROM lesson l JOIN class c ON c.id = l.class_id
                JOIN account a ON a.id = l.teacher_id
                JOIN enrollment e ON e.class_id = l.class_id AND e.from_day <= l.day AND (e.to_day IS NULL OR e.to_day >= l.day)
                WHERE l.group_id IS NULL AND l.cancelled = 0 ORDER BY l.day LIMIT 1
                """)
        })
        let teacher = try #require(try db.actingUser(login: lesson["login"]))
        let refusal = try #require(#expect(throws: JournalError.self) {
            try db.addMark(lesson: lesson["id"], student: lesson["student_id"], value: try MarkValue(5), by: teacher)
        })
        #expect(refusal.text(in: .ru).contains("закрыт"), "\(refusal.text(in: .ru))")
        let day: SchoolDate = lesson["day"]
        let cancel = try zhurnal("lesson", "cancel", "--class", lesson["code"], "--date", day.iso,
                                 "--number", String(lesson["lesson_number"] as Int), "--reason", "болезнь")
        #expect(cancel.status != 0 && cancel.stderr.contains("закрыт"), "\(cancel.stderr)")

        let again = try zhurnal("year", "new", "--year", next)
        #expect(again.status != 0 && again.stderr.contains("уже есть в базе"), "\(again.stderr)")

        let bundle = directory.path("bundle")
        let export = try zhurnal("export", bundle)
        #expect(export.status == 0, "\(export.stderr)")
        let periods = try String(contentsOfFile: bundle + "/periods.csv", encoding: .utf8)
        #expect(periods.contains("q1-\(next.prefix(4))") && !periods.contains("\nq1,"), "\(periods)")
        let lessons = try String(contentsOfFile: bundle + "/lessons.csv", encoding: .utf8)
        #expect(lessons.split(separator: "\n").count == 1, "the new year has no lessons yet")

        // The past year is still archived as itself: its periods, lessons and documents.
        let archive = directory.path("archive")
        let archived = try zhurnal("archive", "create", archive, "--year", old)
        #expect(archived.status == 0, "\(archived.stderr)")
        let manifest = try String(contentsOfFile: archive + "/manifest.txt", encoding: .utf8)
        #expect(manifest.contains("academic-year: \(old)"), "\(manifest.prefix(300))")
        let oldPeriods = try String(contentsOfFile: archive + "/bundle/periods.csv", encoding: .utf8)
        #expect(oldPeriods.contains("\nq1,") && !oldPeriods.contains("q1-\(next.prefix(4))"), "\(oldPeriods)")
        let oldLessons = try String(contentsOfFile: archive + "/bundle/lessons.csv", encoding: .utf8)
        #expect(oldLessons.split(separator: "\n").count > 1)
        #expect(manifest.contains("summary/") && manifest.contains("journal/"))
    }
}
