import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// Creating groups and keeping their members: each rule of a group's kind,
/// dated memberships, and a removal that would hide an entered mark refused.
@Suite struct GroupAdministrationTests {
    let db: AppDatabase
    let today = JournalSchool.wednesday
    let start = JournalSchool.wednesday.adding(days: -60)
    let deputy: Requester
    let secretary: Requester

    init() throws {
        db = try GroupSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday, "12:30"))
        deputy = .user(try #require(try db.actingUser(login: "deputy")))
        secretary = .user(try #require(try db.actingUser(login: "secretary")))
    }

    @Test func aGroupIsCreatedAndListed() throws {
        try db.addGroup(code: "inf1", name: "Информатика, гр. 1", kind: .part, classCode: "5a", subjectCode: "math", grading: .marks,
                        by: deputy)
        try db.addGroupMembers(group: "inf1", students: ["s1", "s2"], from: today, to: nil, by: secretary)
        let group = try #require(try db.groups(on: today).first { $0.code == "inf1" })
        #expect(group.name == "Информатика, гр. 1" && group.kind == .part && group.className == "5А" && group.memberCount == 2)
        #expect(try db.groups(on: today).map(\.code) == ["inf1", "chess", "eng1", "eng2", "robot", "fin"])
        #expect(try db.groupMembers("inf1", by: secretary).map(\.fullName) == ["Андреев Илья Сергеевич", "Борисова Ольга Петровна"])
        #expect(try db.auditCount(table: "teaching_group") == 1 && db.auditCount(table: "group_member") == 2)
    }

    @Test func eachKindsRuleIsChecked() throws {
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "класс группы вида part (--class)", en: "the class of a part group (--class)"))) {
            try db.addGroup(code: "g1", name: "гр. 3", kind: .part, classCode: nil, subjectCode: nil, grading: .marks, by: deputy)
        }
        #expect(throws: JournalError.conflict(Phrase(ru: "группа вида mixed объединяет несколько классов: класс не указывается",
                                                     en: "a mixed group spans classes: it has no class"))) {
            try db.addGroup(code: "g1", name: "Электив", kind: .mixed, classCode: "5a", subjectCode: nil, grading: .marks, by: deputy)
        }
        #expect(throws: JournalError.conflict(Phrase(ru: "группа «eng1» уже есть", en: "group \"eng1\" exists already"))) {
            try db.addGroup(code: "eng1", name: "гр. 1", kind: .part, classCode: "5a", subjectCode: "eng", grading: .marks, by: deputy)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "предмет «xx»", en: "subject \"xx\""))) {
            try db.addGroup(code: "g1", name: "Кружок", kind: .extra, classCode: nil, subjectCode: "xx", grading: .none, by: deputy)
        }
        #expect(throws: JournalError.forbidden(Phrase(ru: "группы создаёт завуч или администратор",
                                                      en: "only the deputy or the administrator creates groups"))) {
            try db.addGroup(code: "g1", name: "Кружок", kind: .extra, classCode: nil, subjectCode: nil, grading: .none, by: secretary)
        }
        #expect(try db.auditCount(table: "teaching_group") == 0)
    }

    @Test func membershipsAreCheckedAgainstTheClassAndEachOther() throws {
        #expect(throws: JournalError.conflict(Phrase(
            ru: "ученик Жуков Игорь Олегович не в классе «5А» на \(today.russian): в его группу не записать",
            en: "Жуков Игорь Олегович is not in class \"5А\" on \(today.iso): cannot join its group"))) {
            try db.addGroupMembers(group: "eng1", students: ["s9"], from: today, to: nil, by: secretary)
        }
        #expect(throws: JournalError.conflict(Phrase(ru: "ученик Андреев Илья Сергеевич уже в группе «гр. 1» с \(start.russian)",
                                                     en: "Андреев Илья Сергеевич is already in the group \"гр. 1\" from \(start.iso)"))) {
            try db.addGroupMembers(group: "eng1", students: ["s5", "s1"], from: today, to: nil, by: secretary)
        }
        // all or nothing: Дмитриев, named first, was not added either
        #expect(try db.groupMembers("eng1", by: secretary).filter { $0.studentCode == "s5" }.isEmpty)
        #expect(throws: JournalError.conflict(Phrase(ru: "дата окончания \(start.russian) раньше начала \(today.russian)",
                                                     en: "the end \(start.iso) is before the start \(today.iso)"))) {
            try db.addGroupMembers(group: "robot", students: ["s2"], from: today, to: start, by: secretary)
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "группа «nope»", en: "group \"nope\""))) {
            try db.addGroupMembers(group: "nope", students: ["s2"], from: today, to: nil, by: secretary)
        }
        #expect(try db.auditCount(table: "group_member") == 0)
    }

    @Test func aPartGroupsMembershipEndsWithTheStay() throws {
        // Шилов left three days ago: a membership asked from before that ends with his stay
        try db.removeGroupMembers(group: "eng2", students: ["s7"], from: start, by: secretary)
        try db.addGroupMembers(group: "eng1", students: ["s7"], from: today.adding(days: -10), to: nil, by: secretary)
        #expect(try db.groupMembers("eng1", by: secretary).first { $0.studentCode == "s7" }?.span
            == DaySpan(from: today.adding(days: -10), to: today.adding(days: -3)))
    }

    @Test func aRemovalEndsTheMembershipUnlessItWouldHideAMark() throws {
        try db.removeGroupMembers(group: "robot", students: ["s9"], from: today, by: secretary)
        #expect(try db.groupMembers("robot", by: secretary).first { $0.studentCode == "s9" }?.span.to == today.adding(days: -1))
        #expect(throws: JournalError.conflict(Phrase(
            ru: "у ученика Андреев Илья Сергеевич есть отметки или посещаемость (1) с \(today.adding(days: -7).russian) в уроках, из списка которых он бы исчез; уберите их или выберите другую дату",
            en: "Андреев Илья Сергеевич has marks or attendance (1) from \(today.adding(days: -7).iso) in lessons whose roll would lose them; remove them or choose another date"))) {
            try db.removeGroupMembers(group: "eng1", students: ["s1"], from: today.adding(days: -10), by: secretary)
        }
        #expect(throws: JournalError.conflict(Phrase(ru: "ученик Жуков Игорь Олегович не состоит в группе «5–6 классы» с \(today.adding(days: 1).russian)",
                                                     en: "Жуков Игорь Олегович is not a member of \"robot\" from \(today.adding(days: 1).iso)"))) {
            try db.removeGroupMembers(group: "robot", students: ["s9"], from: today.adding(days: 1), by: secretary)
        }
        // removed from the day they joined: the membership is gone
        try db.removeGroupMembers(group: "fin", students: ["s3"], from: start, by: secretary)
        #expect(try db.groupMembers("fin", by: secretary).map(\.studentCode) == ["s9"])
        #expect(try db.auditCount(table: "group_member") == 2)
    }
}

/// The curriculum, read per class (with its part groups), group and subject.
@Suite struct CurriculumReadTests {
    @Test func byClassGroupAndSubject() throws {
        let db = try GroupSchool.database(clock: JournalSchool.clock(JournalSchool.wednesday))
        let all = try db.curriculum()
        #expect(all.map { "\($0.className ?? "—")/\($0.groupName ?? "—")/\($0.subjectName)/\($0.hours.text)" }
            == ["5А/—/Математика/5", "5А/гр. 1/Английский язык/3", "5А/гр. 2/Английский язык/3", "—/Электив 5–6/Финансовая грамотность/0.5"])
        #expect(try db.curriculum(class: ClassID(1)).count == 3)
        #expect(try db.curriculum(group: GroupID(2)).map(\.hours) == [WeeklyHours(hundredths: 300)])
        #expect(try db.curriculum(subject: SubjectID(3)).map(\.groupName) == ["гр. 1", "гр. 2"])
        #expect(try db.curriculum(class: ClassID(2)).isEmpty)
    }
}
