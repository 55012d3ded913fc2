import ControlReports
import JournalCore
import JournalStore
import TestFixtures
import Testing

/// Each report over `ReportSchool` (its table is in Tests/TestFixtures/ReportSchool.swift),
/// window q1 = 02.09–13.09.2024, as of 30.09.2024 12:00; the figures worked by hand.
@Suite struct ReportFigureTests {
    /// Last days in q1: a1, a2 13.09 in 5А; a3 13.09 in 5Б (moved); a4 10.09 in 5А (left); b1 13.09 in 5Б.
    /// 5А math: roll a1, a2, a4 (a3 finished q1 in 5Б). Marks in 5А math lessons: a1 L1 L2 L3 L4 = 4,
    /// a2 L1 L3 L6 = 3, a4 L2 = 1. Curriculum 4 h > 2 → norm 5: 0 marks 0, one 1, two 0, 3+ 2, below 3 →
    /// 0,0 %, 33,3 %, 100,0 %.
    /// 5А en1 English: a2 left the group on 05.09 but stayed at school → not counted; a1 has G1 = 1 mark.
    /// No row of en1 in the curriculum → 5А's English row, 3 h → norm 5; below 1 → 100,0 %.
    /// 5Б math: roll a3 (B1 B2 = 2 marks; his L1 mark is 5А's), b1 (B1 = 1). No curriculum → timetable
    /// slots Mon 2 and Thu 2 = 2 h → norm 3: one 1, two 1, below 2 → 50,0 %, 100,0 %.
    @Test func marksCount() throws {
        let report = try ReportHarness().report(.marksCount)
        #expect(report.rows(["class", "group", "subject", "hours", "norm", "students", "marks_0", "marks_1", "marks_2",
                             "marks_3_plus", "below_norm", "percent_0", "percent_1", "percent_below_norm"]) == [
            ["5А", "", "Математика", "4.00", "5", "3", "0", "1", "0", "2", "3", "0.0", "33.3", "100.0"],
            ["5А", "гр. 1", "Английский язык", "3.00", "5", "1", "0", "1", "0", "0", "1", "0.0", "100.0", "100.0"],
            ["5Б", "", "Математика", "2.00", "3", "2", "0", "1", "1", "0", "2", "0.0", "50.0", "100.0"],
        ])
        #expect(report.rows(["class", "student", "marks", "norm"], in: "below_norm").first == ["5А", "Андреев Илья", "4", "5"])
    }

    /// The low norm is a setting: at 2 marks, 5Б's a3 (2 marks) is no longer below it, b1 (1) still is.
    @Test func marksCountNormIsASetting() throws {
        let harness = try ReportHarness()
        _ = try harness.database.setSetting(.marksNormLow, "2", by: .serverOperator)
        let report = try harness.report(.marksCount, ReportScopeCodes(classCode: "5b"))
        #expect(report.rows(["class", "norm", "below_norm", "percent_below_norm"]) == [["5Б", "2", "1", "50.0"]])
    }

    /// ivanova: counted L1 L2 L3 L6 B1 B2 = 6 (L4 is petrov's, L5 cancelled); topics 5 (not L3) = 83,3 %;
    /// homework 1 (L1) = 16,7 %; attendance rows on L1 L2 L3 L6 = 4 = 66,7 %; last entry: petrov's
    /// excuse on L2 at 20.09 12:00. petrov: L4 as substitute, topic 1, last entry his mark 09.09 10:00.
    /// smirnova: G1 G2, topics 2, homework 1 = 50,0 %; last entry G2 held 10.09 09:30.
    @Test func journalKeeping() throws {
        let report = try ReportHarness().report(.journalKeeping)
        #expect(report.rows(["login", "lessons", "with_topic", "percent_topic", "with_homework", "percent_homework",
                             "with_attendance", "percent_attendance", "as_substitute", "last_entry_at", "last_entry_by"]) == [
            ["ivanova", "6", "5", "83.3", "1", "16.7", "4", "66.7", "0", "2024-09-20T12:00:00", "Петров Пётр"],
            ["petrov", "1", "1", "100.0", "0", "0.0", "0", "0.0", "1", "2024-09-09T10:00:00", "Петров Пётр"],
            ["smirnova", "2", "2", "100.0", "1", "50.0", "0", "0.0", "0", "2024-09-10T09:30:00", "Смирнова Софья"],
        ])
    }

    /// On time under the default profile (kchr: in-class marks, attendance and comments by 12:00 of the next day), by
    /// the lesson's teacher. ivanova: L1 3 marks + н (4/4), L2 2 marks (2/2) + б entered 20.09 by petrov (late),
    /// L3 2 marks + н (3/3), B1 2 (2/2), B2 12.09 15:00 before 13.09 12:00 (1/1), L6 mark + оп (2/2): 14 of 15 = 93,3 %.
    /// petrov: L4 1/1. smirnova: G1 2/2 (G2's «held» is not a kchr on-time kind).
    /// Final marks of q1, by the owner of the lessons (L4 is ivanova's): rolls on 13.09 — 5А a1 a2 (a3 moved, a4 left),
    /// en1 a1 (a2 left the group), 5Б a3 b1 (осв counts as set): ivanova 4 of 4, smirnova 1 of 1, petrov none.
    @Test func journalKeepingOnTimeAndFinals() throws {
        let report = try ReportHarness().report(.journalKeeping)
        #expect(report.rows(["login", "entries", "on_time", "percent_on_time", "finals_needed", "finals_set", "percent_finals"]) == [
            ["ivanova", "15", "14", "93.3", "4", "4", "100.0"],
            ["petrov", "1", "1", "100.0", "0", "0", ""],
            ["smirnova", "2", "2", "100.0", "1", "1", "100.0"],
        ])
        #expect(report.rows(["login", "class", "group", "subject", "lessons", "with_topic", "on_time", "finals_needed", "finals_set"],
                            in: "units") == [
            ["ivanova", "5А", "", "Математика", "4", "3", "11", "2", "2"],   // L1 4 + L2 2 + L3 3 + L6 2
            ["ivanova", "5Б", "", "Математика", "2", "2", "3", "2", "2"],
            ["petrov", "5А", "", "Математика", "1", "1", "1", "0", "0"],
            ["smirnova", "5А", "гр. 1", "Английский язык", "2", "2", "2", "1", "1"],
        ])
        // Before the final marks were entered (13.09 12:00), none is set yet; on-time counts only what was in.
        let early = try ReportHarness().report(.journalKeeping, asOf: "2024-09-13T11:00")
        #expect(early.rows(["login", "entries", "on_time", "finals_needed", "finals_set", "percent_finals"]) == [
            ["ivanova", "14", "14", "4", "0", "0.0"],
            ["petrov", "1", "1", "0", "0", ""],
            ["smirnova", "2", "2", "1", "0", "0.0"],
        ])
    }

    /// 12 days (02.09–13.09) = 1,7 weeks. 5А math: 4 h × 12 / 7 = 6,857 → 6,9 expected; held L1 L2 L3 L4 L6
    /// = 5 (L4 by substitution), L5 cancelled; 5 − 6,9 = −1,9 → behind; КТП 4 + 6 = 10 h, 5 held, 5 left.
    /// en1: the class row 3 h → 5,1 expected, 2 held, −3,1. 5Б math: 2 timetable slots → 3,4, 2 held, −1,4.
    @Test func programme() throws {
        let report = try ReportHarness().report(.programme)
        #expect(report.rows(["class", "group", "hours", "weeks", "expected", "held", "difference", "status", "substituted",
                             "cancelled", "plan_hours", "held_in_year", "plan_left"]) == [
            ["5А", "", "4.00", "1.7", "6.9", "5", "-1.9", "отставание", "1", "1", "10", "5", "5"],
            ["5А", "гр. 1", "3.00", "1.7", "5.1", "2", "-3.1", "отставание", "0", "0", "", "2", ""],
            ["5Б", "", "2.00", "1.7", "3.4", "2", "-1.4", "отставание", "0", "0", "", "2", ""],
        ])
    }

    /// 5А math: a1 5, a2 4, a4 2 (left) → total 3, left 1, N 2; success 2/2, quality 2/2, СОУ (100 + 64) / 2
    /// = 82,0, average 4,50. 5А English: a1 5, a2 н/а → N 2, success 1/2, quality 1/2, СОУ (100 + 7) / 2 =
    /// 53,5, average of the numbers 5,00. 5Б math (a3 finished q1 in 5Б): a3 3, b1 осв → N 1, success 100,
    /// quality 0, СОУ 36,0, average 3,00. Lists: a1 {5, 5} отличник; a2 {4, н/а} неуспевающая and н/а;
    /// a3 {3} с одной 3; b1 only осв → none; a4 left → none.
    @Test func progress() throws {
        let report = try ReportHarness().report(.progress)
        #expect(report.rows(["class", "subject", "total", "left", "exempt", "n", "marks_5", "marks_4", "marks_3", "marks_2",
                             "not_assessed", "success", "quality", "sou", "average"]) == [
            ["5А", "Английский язык", "2", "0", "0", "2", "1", "0", "0", "0", "1", "50.0", "50.0", "53.5", "5.00"],
            ["5А", "Математика", "3", "1", "0", "2", "1", "1", "0", "0", "0", "100.0", "100.0", "82.0", "4.50"],
            ["5Б", "Математика", "2", "0", "1", "1", "0", "0", "1", "0", "0", "100.0", "0.0", "36.0", "3.00"],
        ])
        #expect(report.rows(["class", "category", "student"], in: "students") == [
            ["5А", "excellent", "Андреев Илья"], ["5А", "failing", "Борисова Ольга"], ["5А", "not_assessed", "Борисова Ольга"],
            ["5Б", "one_3", "Волков Максим"],
        ])
    }

    /// a1: 5А math L1 L2 L3 L4 L6 + en1 G1 G2 = 7, late once (L6). a2: L1 L2 L3 L4 L6 + G1 (member until
    /// 05.09) = 6; б on L2 (04.09, her only lesson that day) and н on L3 (06.09, likewise) → 2 missed, 2 whole
    /// days. a3: 5А L1 L2 L3 until 08.09, then 5Б B1 B2 = 5. a4: L1 L2 L3 L4 (L5 cancelled, then she left) =
    /// 4, н on L1, her only lesson on 02.09 → 1 whole day. b1: B1 B2 = 2.
    @Test func attendance() throws {
        let report = try ReportHarness().report(.attendance)
        #expect(report.rows(["class", "student", "month", "expected", "absent", "ill", "excused", "late", "missed",
                             "whole_days_missed"]) == [
            ["5А", "Андреев Илья", "2024-09", "7", "0", "0", "0", "1", "0", "0"],
            ["5А", "Борисова Ольга", "2024-09", "6", "1", "1", "0", "0", "2", "2"],
            ["5А", "Громова Дарья", "2024-09", "4", "1", "0", "0", "0", "1", "1"],
            ["5Б", "Волков Максим", "2024-09", "5", "0", "0", "0", "0", "0", "0"],
            ["5Б", "Дмитриев Олег", "2024-09", "2", "0", "0", "0", "0", "0", "0"],
        ])
        // a class: the students who finished the window in it (a4 left from 5А)
        let ofClass = try ReportHarness().report(.attendance, ReportScopeCodes(classCode: "5a"))
        #expect(ofClass.rows(["student"], in: "totals") == [["Андреев Илья"], ["Борисова Ольга"], ["Громова Дарья"]])
    }

    /// Lessons: a2 has н and a «2» on L3; a3's «2» on L1 has no mark of his in 5А math's next 3 lessons
    /// (L2 L3 L4), while a2's «2» on L3 has only 2 lessons after it (L4 L6): not yet; L3 has 2 marks and no
    /// topic. Final marks of q1 (wholly in the window), rounding 0.5: a1 math 5 against L1 L2 L3 L4 = 17/4 =
    /// 4,25 → 4; a2 math 4 against 11/3 → 4, fine; a3 math 3 against 2, 4, 5 = 3,67 → 4; a4 math 2 against 3.
    /// Below the norm: a1 math 4 < 5, a2 math 3 < 5, a4 math 1 < 5, a1 English 1 < 5; a3 has 3 marks at 5Б's
    /// norm 3.
    @Test func anomalies() throws {
        let report = try ReportHarness().report(.anomalies)
        #expect(report.rows(["week", "teacher", "kind", "date", "student"]) == [
            ["2024-09-02", "Иванова Анна", "absent_with_mark", "2024-09-06", "Борисова Ольга"],
            ["2024-09-02", "Иванова Анна", "two_not_followed", "2024-09-02", "Волков Максим"],
            ["2024-09-02", "Иванова Анна", "marks_without_topic", "2024-09-06", ""],
            ["2024-09-09", "Иванова Анна", "final_vs_average", "", "Андреев Илья"],
            ["2024-09-09", "Иванова Анна", "final_few_marks", "", "Андреев Илья"],
            ["2024-09-09", "Иванова Анна", "final_few_marks", "", "Борисова Ольга"],
            ["2024-09-09", "Иванова Анна", "final_vs_average", "", "Волков Максим"],
            ["2024-09-09", "Иванова Анна", "final_vs_average", "", "Громова Дарья"],
            ["2024-09-09", "Иванова Анна", "final_few_marks", "", "Громова Дарья"],
            ["2024-09-09", "Смирнова Софья", "final_few_marks", "", "Андреев Илья"],
        ])
        #expect(report.rows(["week", "teacher", "total"], in: "summary") == [
            ["2024-09-02", "Иванова Анна", "3"], ["2024-09-09", "Иванова Анна", "6"], ["2024-09-09", "Смирнова Софья", "1"],
        ])
    }

    /// 02.09: ivanova (twice) and petrov, teachers → 2; 03.09: deputy and ivanova. September: ivanova, petrov,
    /// deputy = 3. Never signed in: admin, mama, smirnova (old is disabled).
    @Test func activity() throws {
        let report = try ReportHarness().report(.activity, from: "2024-09-02", to: "2024-09-08", asOf: "2024-09-08T23:00")
        #expect(report.rows(["date", "deputy", "teacher", "total"], in: "days").prefix(3) == [
            ["2024-09-02", "0", "2", "2"], ["2024-09-03", "1", "1", "2"], ["2024-09-04", "0", "0", "0"],
        ])
        #expect(report.table("days")?.rows.count == 7)
        #expect(report.rows(["month", "deputy", "teacher", "total"], in: "months") == [["2024-09", "1", "2", "3"]])
        #expect(report.rows(["login"], in: "never_signed_in") == [["admin"], ["mama"], ["smirnova"]])
    }

    /// ivanova: held L1 L2 L3 L6 B1 B2 = 6, replaced on L4, L5 cancelled → by timetable 8, missed 2.
    /// petrov: held L4 as her substitute → by timetable 0. smirnova: G1 G2.
    @Test func substitutions() throws {
        let report = try ReportHarness().report(.substitutions)
        #expect(report.rows(["login", "month", "by_timetable", "held", "as_substitute", "substituted_away", "cancelled", "summary"]) == [
            ["ivanova", "2024-09", "8", "6", "0", "1", "1", "Пропущено 2 / Замещено 0"],
            ["petrov", "2024-09", "0", "1", "1", "0", "0", "Пропущено 0 / Замещено 1"],
            ["smirnova", "2024-09", "2", "2", "0", "0", "0", "Пропущено 0 / Замещено 0"],
        ])
    }
}
