import Foundation
import JournalCore
import JournalStore
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
}
