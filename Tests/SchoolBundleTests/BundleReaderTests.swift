import Foundation
import JournalCore
import Testing
@testable import SchoolBundle

/// What a valid bundle reads into, and the freedoms the format allows.
@Suite struct BundleReaderTests {
    func read(changing changes: [String: String?] = [:]) throws -> SchoolSnapshot {
        let folder = ValidBundle.folder(changing: changes)
        return try BundleReader(folder: folder.url).read()
    }

    @Test func validBundleReadsEveryFile() throws {
        let s = try read()
        #expect(s.school == School(name: "МБОУ СОШ № 1", timeZoneID: "Europe/Moscow", academicYear: "2024/2025"))
        #expect(s.periods.map(\.code) == ["q1", "q2", "y"])
        #expect(s.periods.map(\.locked) == [true, false, false])
        #expect(s.bells.map(\.lessonNumber) == [1, 2, 3])
        #expect(s.shortBells.map(\.end.text) == ["09:00", "09:40"])
        #expect(s.accounts.first { $0.login == "petrov" }?.roles == [.deputy, .teacher])
        #expect(s.accounts.first { $0.login == "ilya" }?.disabled == true)
        #expect(s.enrollments.first { $0.studentCode == "s3" }?.to == SchoolDate(iso: "2024-09-03"))
        #expect(s.classes.first { $0.code == "6b" }?.homeroomLogin == nil)
        #expect(s.lessons.first?.homework == "№ 1, 2")
        #expect(s.lessons.first?.heldAt == SchoolTime.parse("2024-09-02T09:15", timeZone: TimeZone(identifier: "Europe/Moscow")!))
        #expect(s.marks.count == 6)
        #expect(s.attendance.first?.code == .absent)
        #expect(s.finalMarks.first?.value == .mark(5))
        #expect(s.signIns.count == 1)
        #expect(s.guardians == [Guardian(parentLogin: "mama", studentCode: "s3")])
        #expect(s.plans.count == 2)
        #expect(s.timetable[1].room == nil)
    }

    @Test func withoutWorkTypesFileTheBuiltInListApplies() throws {
        let s = try read()
        #expect(s.workTypes == WorkType.builtIn)
    }

    @Test func workTypesFileReplacesTheBuiltInList() throws {
        let s = try read(changing: [
            "work_types.csv": "code,name,weight,in_class\nlesson,Работа на уроке,1,1\noral,Устно,\"1,5\",1\n",
        ])
        #expect(s.workTypes.map(\.code) == ["lesson", "oral"])
        #expect(s.workTypes[1].weight == (try Weight(hundredths: 150)))
    }

    @Test func emptyWorkTypeCellMeansTheDefault() throws {
        let s = try read()
        #expect(s.marks.last?.workTypeCode == WorkType.defaultCode)
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let folder = ValidBundle.folder()
        folder.write("school.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(ValidBundle.files["school.csv"]!.utf8))
        let s = try BundleReader(folder: folder.url).read()
        #expect(s.school.name == "МБОУ СОШ № 1")
    }

    @Test func explicitOffsetIsConvertedToTheSchoolZone() throws {
        let s = try read(changing: [
            "logins.csv": "login,at\nivanova,2024-09-02T10:15:00+05:00\nadmin,2024-09-02T07:00Z\n",
        ])
        #expect(s.signIns.map(\.at.iso) == ["2024-09-02T08:15:00", "2024-09-02T10:00:00"])
    }

    @Test func columnOrderIsFreeAndOwnColumnsAreIgnored() throws {
        let s = try read(changing: ["subjects.csv": "x_note,name,id\nпрофильный,Математика,math\n,Русский язык,rus\n,Английский,eng\n"])
        #expect(s.subjects == [Subject(code: "math", name: "Математика"), Subject(code: "rus", name: "Русский язык"),
                               Subject(code: "eng", name: "Английский")])
    }

    @Test func columnsThatMayBeEmptyMayBeLeftOut() throws {
        let s = try read(changing: [
            "users.csv": "login,full_name,roles,created_at\nadmin,А,admin,2024-08-20T09:00\nivanova,И,teacher,2024-08-20T09:00\n"
                + "petrov,П,teacher,2024-08-20T09:00\nmama,М,parent,2024-08-20T09:00\nilya,И,student,2024-08-20T09:00\n"
                + "smirnova,С,teacher,2024-08-20T09:00\norlova,О,teacher,2024-08-20T09:00\n",
        ])
        #expect(s.accounts.allSatisfy { $0.activatedAt == nil && !$0.disabled })
    }

    @Test func emptyCellIsNoValueAndTextIsTrimmed() throws {
        let s = try read(changing: [
            "lessons.csv": ValidBundle.file("lessons.csv", replacing: "2,5a,rus,petrov,2024-09-02,2,,,,,,0",
                                            with: "2,5a,rus,petrov,2024-09-02,2,  Тема  ,   ,,,,"),
        ])
        let lesson = s.lessons.first { $0.code == "2" }
        #expect(lesson?.topic == "Тема")
        #expect(lesson?.homework == nil)
        #expect(lesson?.cancelled == false)
    }

    @Test func ownFilesWithThePrefixAreIgnored() throws {
        let folder = ValidBundle.folder()
        folder.write("x_notes.csv", "что угодно\n")
        folder.write("README.txt", "не CSV\n")
        #expect(throws: Never.self) { try BundleReader(folder: folder.url).read() }
    }

    @Test func optionalFilesMayBeAbsent() throws {
        let s = try read(changing: ["guardians.csv": nil, "plans.csv": nil, "final_marks.csv": nil, "logins.csv": nil,
                                    "attendance.csv": nil, "marks.csv": nil, "lessons.csv": nil])
        #expect(s.lessons.isEmpty && s.marks.isEmpty && s.guardians.isEmpty && s.signIns.isEmpty)
    }
}
