import ControlReports
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Who reads which report, and what bad input says.
@Suite struct ReportAccessTests {
    /// The deputy reads the whole school, as the server operator does.
    @Test func theDeputyReadsEverything() throws {
        let harness = try ReportHarness()
        let deputy = try harness.report(.marksCount, by: try harness.user("deputy"))
        #expect(deputy == (try harness.report(.marksCount)))
        #expect(try harness.report(.activity, by: try harness.user("admin")).table("days")?.rows.isEmpty == false)
    }

    /// petrov is 5А's homeroom teacher: 5А's math and its English group, whoever taught them.
    @Test func aHomeroomTeacherReadsTheirClass() throws {
        let harness = try ReportHarness()
        let report = try harness.report(.marksCount, ReportScopeCodes(classCode: "5a"), by: try harness.user("petrov"))
        #expect(report.rows(["class", "group", "subject"]) == [["5А", "", "Математика"], ["5А", "гр. 1", "Английский язык"]])
    }

    /// smirnova asks for 5А, not her class: she gets her own lessons in it, the English group.
    @Test func aTeacherIsNarrowedToTheirOwnLessons() throws {
        let harness = try ReportHarness()
        let smirnova = try harness.user("smirnova")
        let report = try harness.report(.marksCount, ReportScopeCodes(classCode: "5a"), by: smirnova)
        #expect(report.rows(["group", "subject"]) == [["гр. 1", "Английский язык"]])
        let keeping = try harness.report(.journalKeeping, by: smirnova)
        #expect(keeping.rows(["login"]) == [["smirnova"]])
    }

    @Test func aTeacherCannotReadAnotherTeachersLessons() throws {
        let harness = try ReportHarness()
        #expect(throws: JournalError.forbidden(Phrase(
            ru: "отчёт «Ведение журнала»: учитель видит только свои уроки, а классный руководитель — свой класс",
            en: "report \"Journal keeping\": a teacher sees only their own lessons, a homeroom teacher their own class"))) {
            try harness.report(.journalKeeping, ReportScopeCodes(teacherLogin: "ivanova"), by: try harness.user("smirnova"))
        }
    }

    @Test func userActivityIsTheSupervisors() throws {
        let harness = try ReportHarness()
        #expect(throws: JournalError.forbidden(Phrase(
            ru: "отчёт «Активность пользователей»: его читают только заместитель директора, директор и администратор",
            en: "report \"User activity\": only the deputy director, the director and the administrator read it"))) {
            try harness.report(.activity, by: try harness.user("petrov"))
        }
    }

    @Test func aParentReadsNoReport() throws {
        let harness = try ReportHarness()
        #expect(throws: JournalError.forbidden(Phrase(ru: "отчёт «Посещаемость»: отчёты читают администрация и учителя",
                                                      en: "report \"Attendance\": reports are for the administration and teachers"))) {
            try harness.report(.attendance, by: try harness.user("mama"))
        }
    }

    @Test func unknownIdsAreNamed() throws {
        let harness = try ReportHarness()
        #expect(throws: JournalError.notFound(Phrase(ru: "класс «9z»", en: "class \"9z\""))) {
            try harness.report(.marksCount, ReportScopeCodes(classCode: "9z"))
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "предмет «chem»", en: "subject \"chem\""))) {
            try harness.report(.marksCount, ReportScopeCodes(subjectCode: "chem"))
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "учитель «nobody»", en: "teacher \"nobody\""))) {
            try harness.report(.marksCount, ReportScopeCodes(teacherLogin: "nobody"))
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "группа «g9»", en: "group \"g9\""))) {
            try harness.report(.marksCount, ReportScopeCodes(groupCode: "g9"))
        }
    }

    /// q2 (16.09–27.09) has no lessons: refused, naming the window.
    @Test func aWindowWithNoDataIsRefused() throws {
        let harness = try ReportHarness()
        #expect(throws: JournalError.other(Phrase(ru: "за 16.09.2024–27.09.2024 в журнале нет уроков: отчёту не из чего считать",
                                                  en: "the journal has no lessons in 16.09.2024–27.09.2024: nothing to report"))) {
            try harness.report(.substitutions, from: "2024-09-16", to: "2024-09-27")
        }
        #expect(throws: JournalError.notFound(Phrase(ru: "итоговые отметки за период «2 четверть» (их ещё не выставляли)",
                                                     en: "final marks of the period \"2 четверть\" (none set yet)"))) {
            try harness.report(.progress, ReportScopeCodes(periodCode: "q2"), from: "2024-09-16", to: "2024-09-27")
        }
    }
}
