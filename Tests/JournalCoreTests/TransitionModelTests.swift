import Foundation
import Testing
@testable import JournalCore

@Suite struct RoadmapTemplateTests {
    /// The embedded texts are the files in Resources/, which schools read.
    @Test(arguments: RoadmapTemplate.builtInIDs)
    func embeddedTextIsTheResourceFile(_ id: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/transition-roadmaps/\(id).tsv")
        #expect(try String(contentsOf: url, encoding: .utf8) == RoadmapTemplateTexts.text(id)! + "\n")
    }

    @Test func everyTemplateParsesWithIndicatorItemsAndDocuments() throws {
        for template in RoadmapTemplate.builtIn {
            #expect(template.items.count >= 20, "\(template.id)")
            #expect(template.items.contains { $0.indicator != nil }, "\(template.id)")
            #expect(template.items.contains { !$0.result.isEmpty && $0.indicator == nil }, "\(template.id)")
        }
        let kchr = try RoadmapTemplate.builtIn(named: "kchr")
        #expect(kchr.items.contains { $0.indicator == "parent_accounts" && $0.threshold == 80 })
        let mo = try RoadmapTemplate.builtIn(named: "mo")
        #expect(mo.items.contains { $0.indicator == "activated_accounts" && $0.threshold == 50 })
    }

    @Test func anUnknownTemplateIsNamedWithTheKnownOnes() {
        #expect(throws: JournalError.notFound(Phrase(ru: "шаблон дорожной карты «spb» (есть: kchr, mo, crimea)",
                                                     en: "roadmap template \"spb\" (known: kchr, mo, crimea)"))) {
            try RoadmapTemplate.builtIn(named: "spb")
        }
    }

    @Test func aBrokenLineIsRefusedWithItsPlace() {
        let text = "stage\ttitle\tdeadline\tresponsible\tresult\tindicator\tthreshold\nЭтап\tМера\t13-40\tДиректор\tПриказ\t\t"
        #expect(throws: JournalError.invalidDate("x.tsv:2: 13-40")) {
            try RoadmapTemplate(id: "x", name: Phrase(ru: "x", en: "x"), tsv: text)
        }
    }

    /// August to December fall in the year the academic year starts; January
    /// to July in the next.
    @Test func deadlinesFallInTheAcademicYear() throws {
        let item = try RoadmapTemplateItem(line: "Э\tМ\t08-31\tД\tП\t\t", at: "t")
        #expect(item.deadline?.date(inAcademicYearStarting: 2024) == SchoolDate(year: 2024, month: 8, day: 31))
        let spring = try RoadmapTemplateItem(line: "Э\tМ\t06-30\tД\tП\t\t", at: "t")
        #expect(spring.deadline?.date(inAcademicYearStarting: 2024) == SchoolDate(year: 2025, month: 6, day: 30))
    }
}

@Suite struct RoadmapItemEditTests {
    static let order = RoadmapItem(id: RoadmapItemID(1), position: 1, stage: "Этап", title: "Издать приказ о переходе",
                                   deadline: nil, responsible: "Директор", result: "Приказ")
    static let parents = RoadmapItem(id: RoadmapItemID(2), position: 2, stage: "Этап", title: "Родителей не меньше 80 %",
                                     deadline: nil, responsible: "Классные руководители", result: "Отчёт",
                                     indicator: "parent_accounts", threshold: 80)

    @Test func doneNeedsTheDocumentsNumberAndDate() throws {
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "номер документа «Приказ»", en: "number of the document \"Приказ\""))) {
            try RoadmapItemEdit(status: .done).applied(to: Self.order)
        }
        #expect(throws: JournalError.emptyValue(field: Phrase(ru: "дата документа «Приказ»", en: "date of the document \"Приказ\""))) {
            try RoadmapItemEdit(documentNumber: "12", status: .done).applied(to: Self.order)
        }
        let done = try RoadmapItemEdit(documentNumber: " 12/ос ", documentDate: .some(SchoolDate(year: 2024, month: 8, day: 30)),
                                       status: .done).applied(to: Self.order)
        #expect(done.status == .done)
        #expect(done.documentText == "№ 12/ос от 30.08.2024")
    }

    @Test func anIndicatorItemIsNotClosedByHand() throws {
        #expect(throws: JournalError.other(Phrase(ru: "пункт «Родителей не меньше 80 %» закрывается сам, когда показатель достигает порога",
                                                  en: "item \"Родителей не меньше 80 %\" closes itself when its indicator meets the threshold"))) {
            try RoadmapItemEdit(status: .done).applied(to: Self.parents)
        }
        #expect(try RoadmapItemEdit(comment: "собрание 12.09").applied(to: Self.parents).comment == "собрание 12.09")
    }
}

@Suite struct StaffPCScheduleTests {
    static func at(_ text: String) -> TimeOfDay { TimeOfDay(text: text)! }
    static let staff = StaffComputer(id: StaffComputerID(1), name: "ПК-1", room: "учительская", place: .staffRoom)
    static let classroom = StaffComputer(id: StaffComputerID(2), name: "ПК-2", room: "12", place: .classroom)

    static func lesson(_ teacher: Int64, ends end: String, weekday: Int = 1, room: String? = nil) -> TeacherLessonTime {
        TeacherLessonTime(teacher: AccountID(teacher), weekday: weekday, start: TimeOfDay(minutes: at(end).minutes - 45), end: at(end), room: room)
    }

    /// The norm «1 ПК на 3–4 учителя»: four teachers per PC at most.
    @Test func theNormIsFourTeachersPerComputer() {
        #expect(ComputerSupply(teachers: 8, computers: 2).meetsNorm)
        #expect(!ComputerSupply(teachers: 9, computers: 2).meetsNorm)
        #expect(ComputerSupply(teachers: 9, computers: 2).shortfall == 1)
        #expect(ComputerSupply(teachers: 7, computers: 2).teachersPerComputerTenths == 35)
        #expect(!ComputerSupply(teachers: 3, computers: 0).meetsNorm)
    }

    /// Each teacher's day gets a turn after their last lesson; the ones who
    /// finish together queue on the PC, 15 minutes each, within the hour.
    @Test func teachersFinishingTogetherQueueWithinTheHour() {
        let lessons = (1...5).map { Self.lesson(Int64($0), ends: "09:15") } + [Self.lesson(1, ends: "08:20")]
        let schedule = StaffPCSchedule(lessons: lessons, computers: [Self.staff])
        #expect(schedule.slots.map(\.start) == ["09:15", "09:30", "09:45", "10:00"].map(Self.at))
        #expect(schedule.slots.map(\.teacher) == (1...4).map { AccountID(Int64($0)) })
        #expect(schedule.slots.allSatisfy { $0.lastLessonEnd == Self.at("09:15") && $0.end.minutes - $0.lastLessonEnd.minutes <= 60 })
        #expect(schedule.unplaced == [UnplacedTeacherDay(teacher: AccountID(5), weekday: 1, lastLessonEnd: Self.at("09:15"))])
        #expect(StaffPCSchedule(lessons: lessons, computers: [Self.staff, StaffComputer(id: StaffComputerID(3), name: "ПК-3",
                                                                                        room: "учительская", place: .staffRoom)])
                    .unplaced.isEmpty)
    }

    /// A classroom PC is busy while a lesson is held in its room: the turn
    /// waits for the lesson to end, and a turn that cannot wait is not given.
    @Test func aClassroomComputerIsBusyDuringItsRoomsLessons() {
        let teacher = Self.lesson(1, ends: "09:15")
        let inRoom = TeacherLessonTime(teacher: AccountID(2), weekday: 1, start: Self.at("09:25"), end: Self.at("10:10"), room: "12")
        let schedule = StaffPCSchedule(lessons: [teacher, inRoom], computers: [Self.classroom])
        #expect(schedule.slots.map(\.teacher) == [AccountID(2)])
        #expect(schedule.slots.first?.start == Self.at("10:10"))
        #expect(schedule.unplaced.map(\.teacher) == [AccountID(1)])
        let early = StaffPCSchedule(lessons: [Self.lesson(1, ends: "09:05"), inRoom], computers: [Self.classroom])
        #expect(early.slots.first { $0.teacher == AccountID(1) }?.start == Self.at("09:05"))
    }

    /// Days are separate: a teacher is served on every weekday they teach.
    @Test func everyTeachingDayGetsItsOwnTurn() {
        let schedule = StaffPCSchedule(lessons: [Self.lesson(1, ends: "12:00", weekday: 1), Self.lesson(1, ends: "13:00", weekday: 3)],
                                       computers: [Self.staff])
        #expect(schedule.slots.map(\.weekday) == [1, 3])
        #expect(StaffPCSchedule(lessons: [Self.lesson(1, ends: "12:00")], computers: []).teachersWithoutSlot == [AccountID(1)])
    }
}

@Suite struct DirectorRoleTests {
    /// Parsed wherever roles are read, after the two writing supervisors, and
    /// named in the refusal of an unknown role.
    @Test func theDirectorIsARoleOfItsOwn() throws {
        #expect(try Role.parseList("teacher;director;admin") == [.admin, .director, .teacher])
        #expect(Role.director.title.ru == "директор")
        #expect(JournalError.invalidRole("boss").text(in: .ru)
            == "неизвестная роль «boss»: допустимы admin, deputy, director, teacher, secretary, parent, student")
    }

    /// The director reads the reports and the transition and writes nothing.
    @Test func theDirectorReadsAndWritesNothing() {
        let director: [Role] = [.director]
        #expect(Permissions.mayReadSchoolReports(director))
        #expect(!Permissions.mayManageTransition(director))
        #expect(!Permissions.isSupervisor(director))
        #expect(!Permissions.mayWriteLesson(roles: director, account: AccountID(1), lessonTeacher: AccountID(2)))
        #expect(!Permissions.mayReadClassJournal(roles: director, teachesClass: false, isHomeroom: false))
        #expect(!Permissions.mayReadSchoolReports([.teacher]) && Permissions.mayManageTransition([.deputy]))
    }
}
