import CSV
import Foundation
import JournalCore
import JournalStore
import Testing
@testable import SchoolBundle

/// Export writes what import reads back, and the same data always gives the
/// same bytes.
@Suite struct RoundTripTests {
    func write(_ snapshot: SchoolSnapshot, excel: Bool = false) throws -> TempFolder {
        let folder = TempFolder()
        try BundleWriter(options: BundleWriter.Options(excel: excel)).write(snapshot, to: folder.url)
        return folder
    }

    func files(_ folder: TempFolder) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: BundleFile.allCases.map { ($0.name, folder.bytes($0.name)) })
    }

    @Test func exportWritesEveryFileOfTheFormat() throws {
        let folder = try write(SampleSchool.snapshot())
        #expect(folder.names() == BundleFile.allCases.map(\.name).sorted())
    }

    @Test func writtenBundleReadsBackToTheSameSchool() throws {
        let folder = try write(SampleSchool.snapshot())
        let back = try BundleReader(folder: folder.url).read()
        #expect(sameContent(back, SampleSchool.snapshot()))
    }

    /// The director (zhurnal's own role) goes out and comes back with the account.
    @Test func theDirectorRoleRoundTrips() throws {
        var school = SampleSchool.snapshot()
        school.accounts.append(Account(login: "direktor", fullName: "Директорова Дина", roles: [.director, .teacher],
                                       createdAt: school.accounts[0].createdAt))
        let folder = try write(school)
        #expect(String(decoding: folder.bytes("users.csv"), as: UTF8.self).contains("direktor,Директорова Дина,director;teacher,"))
        let back = try BundleReader(folder: folder.url).read()
        #expect(back.accounts.first { $0.login == "direktor" }?.roles == [.director, .teacher])
    }

    @Test func twoExportsOfTheSameDataAreByteIdentical() throws {
        var shuffled = SampleSchool.snapshot()
        shuffled.marks.reverse()
        shuffled.lessons.reverse()
        shuffled.accounts.reverse()
        shuffled.timetable.reverse()
        shuffled.signIns.reverse()
        let first = try write(SampleSchool.snapshot())
        let second = try write(shuffled)
        #expect(files(first) == files(second))
    }

    @Test func importExportImportExportGivesIdenticalFiles() throws {
        let first = try write(SampleSchool.snapshot())
        let database = try AppDatabase.inMemory()
        _ = try BundleImport.run(from: first.url, replace: false) { database }
        let second = try write(try database.snapshot(by: .serverOperator))
        #expect(files(first) == files(second))
        let again = try AppDatabase.inMemory()
        _ = try BundleImport.run(from: second.url, replace: false) { again }
        let third = try write(try again.snapshot(by: .serverOperator))
        #expect(files(second) == files(third))
    }

    @Test func rowsAreInNaturalIdOrderThenByReference() throws {
        let folder = try write(SampleSchool.snapshot())
        let lessons = String(decoding: folder.bytes("lessons.csv"), as: UTF8.self)
        let ids = lessons.split(separator: "\n").dropFirst().compactMap { line -> Substring? in
            line.first?.isNumber == true || line.hasPrefix("L") ? line.split(separator: ",").first : nil
        }
        #expect(ids == ["1", "2", "10", "017", "20", "21", "22", "L-rus"])
        let marks = String(decoding: folder.bytes("marks.csv"), as: UTF8.self).split(separator: "\n").map { $0.prefix(9) }
        #expect(marks == ["lesson_id", "1,s2,4,le", "1,s2,5,te", "1,s10,3,l", "017,s3,5,", "20,s10,4,", "L-rus,s10"])
    }

    @Test func quotingOfCommasQuotesAndLineBreaks() throws {
        let folder = try write(SampleSchool.snapshot())
        let school = String(decoding: folder.bytes("school.csv"), as: UTF8.self)
        #expect(school == "name,timezone,academic_year,format\n\"МБОУ \"\"Лицей № 2\"\", г. Тула\",Europe/Moscow,2024/2025,2\n")
        let lessons = String(decoding: folder.bytes("lessons.csv"), as: UTF8.self)
        #expect(lessons.contains("\"Числа,\nнатуральные\",\"№ 1, 2, 3 \"\"со звёздочкой\"\"\",2024-09-02T09:15:42,,,0,,,\n"))
        #expect(lessons.contains(",\"Диктант\r\nс разбором\",,,\"Класс «шумный», \"\"очень\"\"\",2024-09-04T11:00:00,0,,,\n"))
    }

    /// An independent reader (CSV.swift) sees the same fields our reader sees.
    @Test func anotherCSVReaderAgreesOnEveryExportedFile() throws {
        let folder = try write(SampleSchool.snapshot())
        for file in BundleFile.allCases {
            let bytes = folder.bytes(file.name)
            let reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self))
            var theirs: [[String]] = []
            while let row = reader.next() { theirs.append(row) }
            var ours: [[String]] = []
            CSVTokenizer.forEachRecord(in: bytes, onRecord: { _, fields in ours.append(fields) }, onError: { _ in })
            #expect(ours == theirs, "\(file.name)")
        }
    }

    @Test func excelExportHasBOMAndCRLFAndReadsBack() throws {
        let folder = try write(SampleSchool.snapshot(), excel: true)
        for file in BundleFile.allCases {
            let bytes = folder.bytes(file.name)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(file.name)")
            let header = Array(file.columnNames.joined(separator: ",").utf8) + [13, 10]
            #expect(Array(bytes.dropFirst(3).prefix(header.count)) == header, "\(file.name)")
            #expect(bytes.suffix(2) == [13, 10], "\(file.name)")
        }
        let back = try BundleReader(folder: folder.url).read()
        #expect(sameContent(back, SampleSchool.snapshot()))
    }

    @Test func defaultExportHasNoBOMAndOnlyLF() throws {
        let folder = try write(SampleSchool.snapshot())
        let marks = folder.bytes("marks.csv")
        #expect(!marks.starts(with: [0xEF]))
        #expect(!marks.contains(13))
    }

    @Test func timestampsAreWrittenAsLocalTimeWithSeconds() throws {
        var snapshot = SampleSchool.snapshot()
        snapshot.signIns = [SignIn(login: "admin", at: SchoolTime.parse("2024-09-02T10:15:00+05:00",
                                                                        timeZone: SampleSchool.timeZone)!)]
        let folder = try write(snapshot)
        #expect(String(decoding: folder.bytes("logins.csv"), as: UTF8.self) == "login,at\nadmin,2024-09-02T08:15:00\n")
    }
}
