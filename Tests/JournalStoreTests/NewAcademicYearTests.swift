import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// The new academic year in the same database: started from a closed and
/// promoted year, with its periods, the timetable, curriculum and КТП copied
/// as drafts, while the past year stays whole and read-only.
@Suite struct NewAcademicYearTests {
    static let today = YearEndTests.today

    let db: AppDatabase
    let admin: ActingUser
    let secretary: ActingUser
    let deputy: ActingUser
    let teacher: ActingUser

    /// YearEndTests' school (2024/2025, 5А mathematics) with a deputy and a
    /// Monday timetable line.
    static func snapshot() -> SchoolSnapshot {
        var s = YearEndTests.snapshot()
        let created = SchoolTime(date: today.adding(days: -70), time: TimeOfDay(text: "09:00")!)
        s.accounts.append(Account(login: "zavuch", fullName: "Завучева Зоя", roles: [.deputy], createdAt: created, activatedAt: created))
        s.timetable = [TimetableEntry(classCode: "5a", weekday: 1, lessonNumber: 1, subjectCode: "math", teacherLogin: "ivanova",
                                      room: "12", validFrom: today.adding(days: -60), validTo: nil)]
        return s
    }

    init() throws {
        db = try AppDatabase.inMemory(clock: JournalSchool.clock(Self.today, "12:00"))
        try db.load(Self.snapshot(), options: LoadOptions(source: "test"))
        admin = try #require(try db.actingUser(login: "admin"))
        secretary = try #require(try db.actingUser(login: "secretary"))
        deputy = try #require(try db.actingUser(login: "zavuch"))
        teacher = try #require(try db.actingUser(login: "ivanova"))
    }

    func closeAndPromote() throws {
        _ = try db.closeYear(force: true, by: .serverOperator)
        try db.applyPromotion(order: try PromotionOrder(number: "12", date: Self.today), by: .serverOperator)
    }

    var math: PlanUnit { PlanUnit(.wholeClass(ClassID(1)), subject: SubjectID(1)) }

    @Test func refusedWhileTheYearIsOpenForAWrongYearAndTwice() throws {
        let open = try #require(#expect(throws: JournalError.self) { try db.startNewYear("2025/2026", by: .user(secretary)) })
        #expect(open.text(in: .ru).hasPrefix("учебный год 2024/2025 не закрыт"))
        try closeAndPromote()
        let skipped = try #require(#expect(throws: JournalError.self) { try db.startNewYear("2026/2027", by: .user(secretary)) })
        #expect(skipped.text(in: .ru) == "новым может быть только год, следующий за текущим 2024/2025: 2025/2026, а не 2026/2027")
        let malformed = try #require(#expect(throws: JournalError.self) { try db.startNewYear("2025", by: .user(secretary)) })
        #expect(malformed.text(in: .ru).hasPrefix("учебный год «2025» записан неверно"))
        #expect(throws: JournalError.self) { try db.startNewYear("2024/2025", by: .user(secretary)) }
        #expect(try db.auditCount(table: "year_start") == 0)
        _ = try db.startNewYear("2025/2026", by: .user(secretary))
        let twice = try #require(#expect(throws: JournalError.self) { try db.startNewYear("2025/2026", by: .user(admin)) })
        #expect(twice.text(in: .ru).hasPrefix("учебный год 2025/2026 уже есть в базе"))
    }

    @Test func withoutAPromotionOnlyTheAdministratorForcesItAudited() throws {
        _ = try db.closeYear(force: true, by: .serverOperator)
        let refusal = try #require(#expect(throws: JournalError.self) { try db.startNewYear("2025/2026", by: .user(secretary)) })
        #expect(refusal.text(in: .ru).hasPrefix("за 2024/2025 не проведён перевод учащихся по приказу"))
        #expect(throws: JournalError.forbidden(Phrase(ru: "начать год без перевода учащихся может только администратор",
                                                      en: "only the administrator starts a year without the promotion"))) {
            try db.startNewYear("2025/2026", force: true, by: .user(secretary))
        }
        let outcome = try db.startNewYear("2025/2026", force: true, by: .user(admin))
        #expect(outcome.forced)
        let audit = try db.read { try String.fetchOne($0, sql: "SELECT new_value FROM audit WHERE table_name = 'year_start'") }
        #expect(audit?.contains("\"forced\":\"1\"") == true, "\(audit ?? "")")
    }

    @Test func onlyTheSecretaryAndTheAdministratorStartIt() throws {
        try closeAndPromote()
        for user in [deputy, teacher, try #require(try db.actingUser(login: "director"))] {
            #expect(throws: JournalError.forbidden(NewYearStart.refusal)) { try db.startNewYear("2025/2026", by: .user(user)) }
        }
        #expect(try db.auditCount(table: "year_start") == 0)
        _ = try db.startNewYear("2025/2026", by: .user(admin))
    }

    @Test func theNewYearHasPeriodsDraftsAndCarriedPlans() throws {
        try closeAndPromote()
        let outcome = try db.startNewYear("2025/2026", by: .user(secretary))
        // The old quarters ran 24.03–23.04 and 03.05–23.05.2025; a year on, off the weekends.
        #expect(outcome.periods.map(\.code) == ["year-2025", "q1-2025", "q2-2025"])
        let q1 = try #require(outcome.periods.first { $0.code == "q1-2025" })
        #expect(q1.start == SchoolDate(year: 2026, month: 3, day: 24) && q1.end == SchoolDate(year: 2026, month: 4, day: 23))
        #expect(outcome.periods.allSatisfy { $0.start.weekday <= 5 && $0.end.weekday <= 5 })
        #expect(try db.school().academicYear == "2025/2026")
        #expect(try db.academicYears().map(\.code) == ["2024/2025", "2025/2026"])
        #expect(try db.academicYears().map(\.isCurrent) == [false, true])
        #expect(try db.periods().map(\.period.code) == ["year-2025", "q1-2025", "q2-2025"])
        #expect(outcome.timetableRows == 1 && outcome.curriculumRows == 1 && outcome.plans == 1 && outcome.planTopics == 1)

        let rows = try db.read { try Row.fetchAll($0, sql: "SELECT valid_from, valid_to FROM timetable ORDER BY id") }
        #expect(rows.map { $0["valid_to"] as SchoolDate? } == [Self.today, nil])
        #expect(rows.last?["valid_from"] == outcome.periods.map(\.start).min())
        #expect(try db.yearDrafts().map(\.part) == [.timetable, .curriculum])
        #expect(try db.yearDrafts().allSatisfy { $0.isDraft && $0.copiedFrom == "2024/2025" })
        #expect(try db.planCarryover(math)?.isWaiting == true)
        #expect(try db.waitingPlanCarryovers().count == 1)
        #expect(try db.yearEndChecklist(by: .user(secretary)).academicYear == "2025/2026")
        #expect(try db.yearEndChecklist(by: .user(secretary)).closing == nil)
        let audited = try db.read { try String.fetchAll($0, sql: "SELECT DISTINCT table_name FROM audit ORDER BY 1") }
        for table in ["year_start", "year_draft", "plan_carryover", "curriculum_year", "timetable", "period", "school", "calendar_day"] {
            #expect(audited.contains(table), "no audit row for \(table)")
        }
        let accounts = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM account WHERE disabled = 0") }
        #expect(accounts == 5, "accounts are kept")
    }

    @Test func theDeputyConfirmsTheCopiesAndTheTeacherTheirPlan() throws {
        try closeAndPromote()
        _ = try db.startNewYear("2025/2026", by: .user(secretary))
        #expect(throws: JournalError.self) { try db.confirmYearDraft(.timetable, by: .user(teacher)) }
        #expect(throws: JournalError.self) { try db.confirmYearDraft(.timetable, by: .user(secretary)) }
        let confirmed = try db.confirmYearDraft(.timetable, by: .user(deputy))
        #expect(!confirmed.isDraft && confirmed.confirmedBy == "Завучева Зоя")
        #expect(try db.yearDraft(.timetable)?.isDraft == false && db.yearDraft(.curriculum)?.isDraft == true)
        #expect(throws: JournalError.self) { try db.confirmYearDraft(.timetable, by: .user(deputy)) }
        try db.confirmYearDraft(.curriculum, by: .user(admin))

        let secretaryRefused = #expect(throws: JournalError.self) { try db.confirmPlanCarryover(math, by: .user(secretary)) }
        guard case .forbidden? = secretaryRefused else { Issue.record("not forbidden: \(String(describing: secretaryRefused))"); return }
        let plan = try db.confirmPlanCarryover(math, by: .user(teacher))
        #expect(!plan.isWaiting && plan.confirmedBy == "Иванова Анна")
        #expect(try db.waitingPlanCarryovers().isEmpty)
        #expect(throws: JournalError.self) { try db.confirmPlanCarryover(math, by: .user(teacher)) }
        #expect(try db.auditCount(table: "plan_carryover") == 2, "the carry-over and its confirmation")
    }

    /// Every kind of the past year's data is refused after the new year
    /// starts: its periods were locked by the closing.
    @Test func thePastYearStaysReadOnly() throws {
        try closeAndPromote()
        _ = try db.startNewYear("2025/2026", by: .user(secretary))
        let locked = JournalError.periodLocked("Учебный год")
        #expect(throws: locked) { try db.addMark(lesson: LessonID(3), student: StudentID(1), value: try MarkValue(5), by: teacher) }
        #expect(throws: locked) { try db.setAttendance(lesson: LessonID(3), student: StudentID(1), code: .absent, by: teacher) }
        #expect(throws: locked) { try db.setTopic(lesson: LessonID(3), "Повторение", by: teacher) }
        #expect(throws: locked) { try db.setCancelled(lesson: LessonID(3), true, by: .user(admin)) }
        #expect(throws: locked) {
            try db.setFinalMark(student: StudentID(1), subject: SubjectID(1), period: PeriodID(3), value: .mark(5), by: admin)
        }
        #expect(throws: locked) {
            try db.setGraduationMark(student: StudentID(1), subject: SubjectID(1), yearPeriod: PeriodID(3), kind: .exam,
                                     value: .mark(5), by: admin)
        }
        let edit = TimetableCellEdit(classCode: "5a", groupCode: nil, weekday: 2, number: 1, subjectCode: "math",
                                     teacherLogin: "ivanova", room: nil, from: Self.today.adding(days: -10))
        let timetable = #expect(throws: JournalError.self) { try db.setTimetableCell(edit, acceptingConflicts: true, by: .user(admin)) }
        guard case .outsideAcademicYear? = timetable else { Issue.record("\(String(describing: timetable))"); return }
        #expect(throws: JournalError.self) { try db.setPeriodLocked("q1", false, by: .user(admin)) }
    }

    @Test func theAdministratorReopensAndClosesAPastYearAudited() throws {
        try closeAndPromote()
        _ = try db.startNewYear("2025/2026", by: .user(secretary))
        #expect(throws: JournalError.self) { try db.reopenYear(year: "2024/2025", by: .user(secretary)) }
        #expect(throws: JournalError.self) { try db.reopenYear(year: "1999/2000", by: .user(admin)) }
        #expect(try db.reopenYear(year: "2024/2025", by: .user(admin)) == 3)
        #expect(try db.academicYears().first?.isClosed == false)
        try db.addMark(lesson: LessonID(3), student: StudentID(1), value: try MarkValue(5), by: teacher)
        let refused = #expect(throws: JournalError.self) { try db.closeYear(year: "2024/2025", force: false, by: .user(secretary)) }
        guard case .forbidden? = refused else { Issue.record("\(String(describing: refused))"); return }
        let closed = try db.closeYear(year: "2024/2025", force: false, by: .user(admin))
        #expect(closed.academicYear == "2024/2025" && closed.lockedPeriods == 3)
        #expect(throws: JournalError.periodLocked("Учебный год")) {
            try db.addMark(lesson: LessonID(3), student: StudentID(1), value: try MarkValue(4), by: teacher)
        }
        #expect(try db.academicYears().map(\.isClosed) == [true, false])
        #expect(try db.auditCount(table: "year_closing") == 3)
    }

    /// The programme report of the old year gives the same figures before the
    /// new year, after it starts and after its curriculum and КТП are edited.
    @Test func thePastYearsProgrammeReportDoesNotMove() throws {
        let yearStart = Self.today.adding(days: -60)
        let scope = ReportScope(from: yearStart, to: Self.today, asOf: SchoolTime(date: Self.today, time: TimeOfDay(text: "18:00")!))
        func report() throws -> [String] {
            let data = try db.programmeFacts(scope, window: Phrase(ru: "год", en: "year"), by: .serverOperator)
            return data.units.map { "\($0.unit): \($0.held)/\($0.heldInYear) plan \($0.planHours)h \($0.planTopics)" }
                + data.hours.curriculum.map { "\($0.key): \($0.value.hundredths)" }.sorted()
        }
        let before = try report()
        #expect(before.contains { $0.contains("plan 34h 1") })
        try closeAndPromote()
        _ = try db.startNewYear("2025/2026", by: .user(secretary))
        #expect(try report() == before)
        try db.editPlan(math, .add(after: 1, topic: "Дроби", hours: 20), by: .user(teacher))
        #expect(try db.setCurriculumHours(math, WeeklyHours(hundredths: 500), by: .user(admin)))
        #expect(try report() == before)
        #expect(try db.planTopics(math).count == 2, "the new year's КТП changed")
    }
}
