import Foundation
import JournalCore
import JournalStore
import SchoolGenerator
import Testing
@testable import SchoolBundle

/// Bundles as a school prepares them, through the database and out again:
/// format 2 comes back byte for byte, format 1 comes back as format 2 with
/// nothing lost, and a bundle without a calendar gets the official one.
@Suite struct FormatRoundTripTests {
    /// Imports `folder` into a new database and exports it into a new folder.
    func throughTheDatabase(_ folder: TempFolder) throws -> (summary: BundleSummary, export: TempFolder, database: AppDatabase) {
        let database = try AppDatabase.inMemory()
        let summary = try BundleImport.run(from: folder.url, replace: false) { database }
        let export = TempFolder()
        try BundleWriter().write(try database.snapshot(by: .serverOperator), to: export.url)
        return (summary, export, database)
    }

    func files(_ folder: TempFolder) -> [String: String] {
        Dictionary(uniqueKeysWithValues: folder.names().map { ($0, String(decoding: folder.bytes($0), as: UTF8.self)) })
    }

    @Test func formatTwoBundleComesBackByteForByte() throws {
        let first = try throughTheDatabase(ValidBundle.folder()).export
        let second = try throughTheDatabase(first).export
        #expect(files(first) == files(second))
        #expect(first.names() == BundleFile.allCases.map(\.name).sorted())
    }

    /// What the bundle said is what the export says, row for row (the export
    /// sorts rows and writes every column, so compare sets of records).
    @Test func formatTwoExportSaysWhatTheBundleSaid() throws {
        let bundle = ValidBundle.folder()
        let original = try BundleReader(folder: bundle.url).read()
        let export = try throughTheDatabase(bundle).export
        let exported = try BundleReader(folder: export.url).read()
        #expect(sameContent(exported, original))
        #expect(exported.groups.first { $0.code == "robo" }?.grading == GroupGrading.none)
        #expect(exported.lessons.first { $0.code == "5" }?.substituteFor == "smirnova")
        #expect(exported.lessons.first { $0.code == "8" }?.cancelReason == "Болезнь учителя")
        #expect(exported.periods.first { $0.code == "q1" }?.locked == true)
        #expect(exported.enrollments.filter { $0.studentCode == "s5" }.map(\.classCode) == ["5a", "6b"])
    }

    @Test func formatOneBundleImportsAsBeforeAndComesBackAsFormatTwo() throws {
        let (summary, first, _) = try throughTheDatabase(ValidBundle.folder(formatOne: true))
        let second = try throughTheDatabase(first).export
        #expect(files(first) == files(second))
        #expect(files(first)["school.csv"] == "name,timezone,academic_year,format\nМБОУ СОШ № 1,Europe/Moscow,2024/2025,2\n")
        #expect(files(first)["students.csv"]?.hasPrefix("id,full_name,login\ns1,Андреев Илья,ilya\n") == true)
        #expect(files(first)["enrollments.csv"] == """
            student_id,class_id,from,to,order
            s1,5a,2024-09-01,,
            s2,5a,2024-09-01,,
            s3,5a,2024-09-01,2024-09-03,
            s4,6b,2024-09-01,,

            """)
        #expect(summary.notes.first?.ru.hasPrefix("выгрузка формата 1") == true)
    }

    /// Nothing of format 1 is lost: the export reads back to the same school,
    /// plus the official calendar the import added.
    @Test func formatOneLosesNothing() throws {
        let bundle = ValidBundle.folder(formatOne: true)
        let original = try BundleReader(folder: bundle.url).read()
        let export = try throughTheDatabase(bundle).export
        let exported = try BundleReader(folder: export.url).read()
        #expect(sameContent(exported, original))
        #expect(original.lessons.first { $0.code == "4" }?.cancelled == true)
        #expect(original.timetable.allSatisfy { $0.groupCode == nil && $0.classCode != nil })
    }

    @Test func bundleWithoutCalendarGetsTheOfficialDaysOfItsYear() throws {
        let folder = ValidBundle.folder(changing: ["calendar.csv": nil])
        let (summary, export, _) = try throughTheDatabase(folder)
        let calendar = try BundleReader(folder: export.url).read().calendar
        let official = OfficialCalendar.days(from: SchoolDate(iso: "2024-09-01")!, to: SchoolDate(iso: "2025-08-31")!)
        #expect(!official.isEmpty)
        #expect(Set(calendar) == Set(official))
        #expect(calendar.contains(CalendarDay(date: SchoolDate(iso: "2025-05-09")!, kind: .holiday, note: "День Победы")))
        #expect(summary.text(in: .ru).contains(
            "calendar.csv нет: внесён официальный календарь праздников и переносов на 01.09.2024–31.08.2025, дней: \(official.count) "
                + "(zhurnal знает официальный календарь только на 2025–2027 годы: праздники остальных дней внесите сами)"))
    }

    @Test func aCalendarOfItsOwnIsTakenAsItIs() throws {
        let header = ValidBundle.file("calendar.csv", replacing: "2024-11-04,holiday,,,День народного единства\n", with: "")
        let own = ValidBundle.folder(changing: ["calendar.csv": header])
        let s = try BundleReader(folder: own.url).readBundle()
        #expect(s.officialCalendar == nil)
        #expect(s.snapshot.calendar.count == 3)
        let emptyFolder = ValidBundle.folder(changing: ["calendar.csv": "date,kind\n"])
        let empty = try BundleReader(folder: emptyFolder.url).read()
        #expect(empty.calendar.isEmpty)
    }

    @Test func summaryCountsWhatFormatTwoAdded() throws {
        let summary = try throughTheDatabase(ValidBundle.folder()).summary
        let text = summary.text(in: .ru)
        #expect(text.contains("пребываний в классах: 6; групп: 4; записей о членстве в группах: 7"))
        #expect(text.contains("дней календаря: 4"))
        #expect(text.contains("строк учебного плана: 4"))
        #expect(summary.notes.isEmpty)
    }

    /// A generated school as the issue describes it (groups, moves between
    /// classes by order, the official calendar's holidays, substitutions and
    /// cancellations, a curriculum, a closed first quarter): exported from the
    /// database it was generated into, imported, exported again, byte for byte.
    @Test func generatedSchoolSurvivesExportImportExport() throws {
        let school = SchoolGenerator(size: .medium, seed: 3, start: SchoolDate(iso: "2026-11-02")!, weeks: 2).generate()
        #expect(school.groups.contains { $0.kind == .part } && school.groups.contains { $0.kind == .mixed })
        #expect(school.groups.contains { $0.kind == .extra })
        #expect(school.enrollments.count > school.students.count, "someone moved between classes")
        #expect(school.enrollments.contains { $0.order != nil })
        #expect(school.calendar.contains { $0.kind == .holiday && $0.date == SchoolDate(iso: "2026-11-04")! })
        #expect(school.lessons.contains { $0.substituteFor != nil })
        #expect(school.lessons.contains { $0.groupCode != nil && $0.classCode == nil })
        #expect(school.periods.contains { $0.locked })
        #expect(!school.curriculum.isEmpty)
        let database = try AppDatabase.inMemory()
        try database.load(school, options: LoadOptions(source: "generate"))
        let first = TempFolder()
        try BundleWriter().write(try database.snapshot(by: .serverOperator), to: first.url)
        let second = try throughTheDatabase(first).export
        #expect(first.names() == BundleFile.allCases.map(\.name).sorted())
        for name in first.names() {
            #expect(first.bytes(name) == second.bytes(name), "\(name)")
        }
        let marks = files(second)["marks.csv"]?.split(separator: "\n").count ?? 0
        #expect(marks == school.marks.count + 1)
    }
}
