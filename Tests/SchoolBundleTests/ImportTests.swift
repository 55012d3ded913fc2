import Foundation
import JournalCore
import JournalStore
import Testing
@testable import SchoolBundle

/// Import is all or nothing: a bundle with any error leaves the database exactly
/// as it was, whatever the error.
@Suite struct ImportTests {
    /// A database holding the sample school, as a school would have it.
    func loadedDatabase() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.load(SampleSchool.snapshot(), options: LoadOptions(source: "test"))
        return database
    }

    /// The bad inputs of the issue, each as a change to a copy of the valid bundle.
    static let badBundles: [String: @Sendable (TempFolder) -> Void] = [
        "mark 6": { $0.write("marks.csv", ValidBundle.file("marks.csv", replacing: "1,s1,5,lesson", with: "1,s1,6,lesson")) },
        "lesson of an unknown class": {
            $0.write("lessons.csv", ValidBundle.file("lessons.csv", replacing: "3,6b,math", with: "3,9z,math"))
        },
        "date 2024-13-01": {
            $0.write("lessons.csv", ValidBundle.file("lessons.csv", replacing: "4,5a,math,ivanova,2024-09-09",
                                                     with: "4,5a,math,ivanova,2024-13-01"))
        },
        "student not enrolled in the lesson's class": {
            $0.write("marks.csv", ValidBundle.files["marks.csv"]! + "3,s1,4,,2024-09-03T09:00,ivanova,\n")
        },
        "unknown column": {
            $0.write("subjects.csv", "id,name,teacher\nmath,Математика,ivanova\nrus,Русский язык,petrov\neng,Английский,orlova\n")
        },
        "missing required file": { $0.remove("students.csv") },
        "mark of a student outside the lesson's group": {
            $0.write("marks.csv", ValidBundle.files["marks.csv"]! + "5,s3,4,,2024-09-02T11:00,orlova,\n")
        },
        "overlapping stays": {
            $0.write("enrollments.csv", ValidBundle.file("enrollments.csv", replacing: "s5,6b,2024-09-03", with: "s5,6b,2024-09-02"))
        },
        "workday without a weekday": {
            $0.write("calendar.csv", ValidBundle.file("calendar.csv", replacing: "workday,1,", with: "workday,,"))
        },
        "part group without a class": {
            $0.write("groups.csv", ValidBundle.file("groups.csv", replacing: "гр. 2,part,5a,", with: "гр. 2,part,,"))
        },
        "holiday outside the academic year": {
            $0.write("calendar.csv", ValidBundle.file("calendar.csv", replacing: "2024-11-04,holiday", with: "2025-11-04,holiday"))
        },
        "mixed group's lesson with a class": {
            $0.write("lessons.csv", ValidBundle.file("lessons.csv", replacing: "6,,math", with: "6,5a,math"))
        },
        "unknown group": {
            $0.write("schedule.csv", ValidBundle.file("schedule.csv", replacing: ",,robo", with: ",,chess"))
        },
        "file not in UTF-8": { $0.write("subjects.csv", bytes: Array("id,name\nmath,".utf8) + [0xCC, 0xE0, 0xF2, 10]) },
        "NUL in a lesson id": {
            $0.write("lessons.csv", ValidBundle.file("lessons.csv", replacing: "\n4,5a,math", with: "\n4\u{0}x,5a,math"))
        },
        "escape in a quoted topic": {
            $0.write("lessons.csv", ValidBundle.file("lessons.csv", replacing: "Натуральные числа,", with: "\"Натуральные \u{1B}]0;x\u{07}числа\","))
        },
        "Cyrillic letter in a login": {
            $0.write("users.csv", ValidBundle.files["users.csv"]! + "\u{430}dmin,Самозванец,admin,2024-08-20T09:00,,0\n")
        },
        "message in an unknown thread": {
            $0.write("messages.csv", "id,thread_id,sender,body,sent_at\n1,9,ivanova,\"Текст,\nв две строки\",2024-09-02T10:00\n")
        },
        "excuse note without its attendance record": {
            $0.write("attendance_notes.csv", "lesson_id,student_id,note\n1,s1,справка № 1\n")
        },
        "login that differs only in case": {
            $0.write("users.csv", ValidBundle.files["users.csv"]! + "ADMIN,Самозванец,admin,2024-08-20T09:00,,0\n")
        },
    ]

    @Test(arguments: badBundles.keys.sorted())
    func badBundleLeavesTheDatabaseAsItWas(_ name: String) throws {
        let folder = ValidBundle.folder()
        Self.badBundles[name]!(folder)
        let database = try loadedDatabase()
        let before = try database.snapshot(by: .serverOperator)
        let error = #expect(throws: BundleError.self, "\(name)") {
            try BundleImport.run(from: folder.url, replace: true) { database }
        }
        #expect(error?.issues.count == 1, "\(name): \(error?.text(in: .ru) ?? "")")
        #expect(try database.snapshot(by: .serverOperator) == before, "\(name)")
    }

    @Test func badBundleNeverOpensTheDatabase() throws {
        let folder = ValidBundle.folder(changing: ["bells.csv": nil])
        var opened = false
        #expect(throws: BundleError(issues: [BundleIssue(.bells, .missingFile)])) {
            try BundleImport.run(from: folder.url, replace: false) {
                opened = true
                return try AppDatabase.inMemory()
            }
        }
        #expect(!opened)
    }

    @Test func validBundleImportsIntoAnEmptyDatabase() throws {
        let folder = ValidBundle.folder()
        let database = try AppDatabase.inMemory()
        let summary = try BundleImport.run(from: folder.url, replace: false) { database }
        let loaded = try database.snapshot(by: .serverOperator)
        #expect(loaded.marks.count == 6)
        #expect(loaded.lessons.count == 8)
        #expect(summary.counts.first { $0.what.en == "marks" }?.number == 6)
        #expect(summary.text(in: .ru).contains("отметок: 6"))
    }

    @Test func secondImportNeedsReplaceAndThenChangesNothingOnRefusal() throws {
        let database = try loadedDatabase()
        let before = try database.snapshot(by: .serverOperator)
        let folder = ValidBundle.folder()
        #expect(throws: StoreError.notEmpty) {
            try BundleImport.run(from: folder.url, replace: false) { database }
        }
        #expect(try database.snapshot(by: .serverOperator) == before)
        _ = try BundleImport.run(from: folder.url, replace: true) { database }
        #expect(try database.snapshot(by: .serverOperator).school.name == "МБОУ СОШ № 1")
    }

    @Test func summaryGroupsThousands() {
        #expect(BundleSummary.grouped(300_000) == "300 000")
        #expect(BundleSummary.grouped(1_234_567) == "1 234 567")
        #expect(BundleSummary.grouped(999) == "999")
    }
}
