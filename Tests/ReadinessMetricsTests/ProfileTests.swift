import Foundation
import JournalCore
import Testing
@testable import ReadinessMetrics

@Suite struct ProfileTests {
    @Test func builtInProfilesFollowTheTableOfReadinessMD() throws {
        let kchr = try ReadinessProfile.builtIn(named: "kchr")
        #expect(kchr.indicators == [.scheduleFill, .planning, .journal, .parentAccounts, .onTime])
        #expect(kchr.thresholds.mapValues(\.text) == ["schedule_fill": "100", "planning": "95", "journal": "90",
                                                       "parent_accounts": "80", "on_time": "90"].mapKeys())
        #expect(kchr.journalEntryKinds.kinds == [.mark, .attendance, .held, .comment])
        #expect(kchr.onTimeEntryKinds.kinds == [.markInClass, .attendance, .comment])
        #expect(kchr.deadline == .nextDayAt(secondOfDay: 12 * 3600))

        let mo = try ReadinessProfile.builtIn(named: "mo")
        #expect(mo.indicators == [.scheduleFill, .planning, .journal, .activatedAccounts, .uniqueLogins, .onTime])
        #expect(mo.thresholds.mapValues(\.text) == ["schedule_fill": "100", "planning": "70", "journal": "70",
                                                     "activated_accounts": "50", "unique_logins": "10", "on_time": "20"].mapKeys())
        #expect(mo.onTimeEntryKinds.kinds == [.mark, .attendance, .held, .comment])
        #expect(mo.deadline == .afterStart(seconds: 24 * 3600))

        let crimea = try ReadinessProfile.builtIn(named: "crimea")
        #expect(crimea.thresholds == kchr.thresholds)
        #expect(crimea.onTimeEntryKinds.kinds == [.mark, .attendance, .held, .comment])
        #expect(crimea.deadline == .afterDayEnd(seconds: 3600))
        #expect([kchr, mo, crimea].allSatisfy { $0.usesLessonSummaries })
    }

    /// The embedded texts are the files in Resources/, so the templates a school
    /// copies are the rules the program applies.
    @Test func embeddedProfilesAreTheResourceFiles() throws {
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/readiness-profiles")
        for id in ReadinessProfile.builtInIDs {
            let file = try String(contentsOf: resources.appendingPathComponent("\(id).json"), encoding: .utf8)
            #expect(file == BuiltInProfiles.text(id) + "\n", "Resources/readiness-profiles/\(id).json differs from BuiltInProfiles")
            #expect(try ReadinessProfile.load(file: resources.appendingPathComponent("\(id).json").path)
                    == ReadinessProfile.builtIn(named: id))
        }
    }

    @Test func unknownProfileNameIsRefusedWithTheKnownOnes() {
        #expect(throws: ReadinessError.unknownProfile("spb", known: ["kchr", "mo", "crimea"])) {
            try ReadinessProfile.builtIn(named: "spb")
        }
        let message = ReadinessError.unknownProfile("spb", known: ["kchr", "mo", "crimea"]).text(in: .ru)
        #expect(message.contains("неизвестный профиль «spb»"))
    }

    @Test func customProfileLoadsFromAFile() throws {
        let path = try write("""
            {"id": "school7", "name": "Наша школа",
             "indicators": [{"key": "planning", "threshold": 92.5}, {"key": "on_time", "threshold": 80}],
             "on_time_entry_kinds": ["mark", "attendance"],
             "deadline": {"rule": "next_day_at", "time": "18:30"}}
            """)
        let profile = try ReadinessProfile.load(file: path)
        #expect(profile.id == "school7")
        #expect(profile.indicators == [.planning, .onTime])
        #expect(profile.threshold(for: .planning) == Threshold(hundredths: 9250))
        #expect(profile.deadline == .nextDayAt(secondOfDay: 18 * 3600 + 30 * 60))
        #expect(!profile.usesLessonSummaries)
    }

    @Test func missingThresholdIsRefused() throws {
        let message = try problem("""
            {"indicators": [{"key": "planning", "threshold": 95}, {"key": "journal"}], "journal_entry_kinds": ["mark"]}
            """)
        #expect(message.contains("у показателя «journal» не указан порог"))
    }

    @Test func unknownIndicatorIsRefused() throws {
        let message = try problem(#"{"indicators": [{"key": "homework_done", "threshold": 50}]}"#)
        #expect(message.contains("неизвестный показатель «homework_done»"))
        #expect(message.contains("schedule_fill, planning"))
    }

    @Test func otherProblemsOfAProfileFileAreNamed() throws {
        #expect(try problem("{ not json").contains("это не JSON"))
        #expect(try problem(#"{"tresholds": []}"#).contains("неизвестное поле «tresholds»"))
        #expect(try problem(#"{"name": "x"}"#).contains("нет списка показателей"))
        #expect(try problem(#"{"indicators": [{"key": "planning", "threshold": "95"}]}"#).contains("должен быть числом"))
        #expect(try problem(#"{"indicators": [{"key": "planning", "threshold": 120}]}"#).contains("от 0 до 100"))
        #expect(try problem(#"{"indicators": [{"key": "planning", "threshold": 9}, {"key": "planning", "threshold": 9}]}"#)
                    .contains("указан дважды"))
        #expect(try problem(#"{"indicators": [{"key": "journal", "threshold": 90}], "journal_entry_kinds": ["marks"]}"#)
                    .contains("неизвестный вид записи «marks»"))
        #expect(try problem(#"{"indicators": [{"key": "on_time", "threshold": 90}], "on_time_entry_kinds": ["mark"]}"#)
                    .contains("не указан срок своевременности"))
        #expect(try problem(#"""
            {"indicators": [{"key": "on_time", "threshold": 90}], "on_time_entry_kinds": ["mark"],
             "deadline": {"rule": "end_of_week"}}
            """#).contains("неизвестное правило срока «end_of_week»"))
        #expect(try problem(#"""
            {"indicators": [{"key": "on_time", "threshold": 90}], "on_time_entry_kinds": ["mark"],
             "deadline": {"rule": "next_day_at", "time": "25:00"}}
            """#).contains("нужно время"))
        let missing = ReadinessError.profileUnreadable(path: "/nonexistent/p.json", reason: Phrase(ru: "файл не найден", en: "no such file"))
        #expect(throws: missing) { try ReadinessProfile.load(file: "/nonexistent/p.json") }
    }

    private func problem(_ json: String) throws -> String {
        let path = try write(json)
        do {
            _ = try ReadinessProfile.load(file: path)
        } catch let error as ReadinessError {
            let text = error.text(in: .ru)
            #expect(text.hasPrefix("ошибка в профиле «\(path)»"))
            return text
        }
        Issue.record("profile was accepted: \(json)")
        return ""
    }

    private func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("profile-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

extension Dictionary where Key == String {
    func mapKeys() -> [IndicatorKey: Value] {
        Dictionary<IndicatorKey, Value>(uniqueKeysWithValues: map { (IndicatorKey(rawValue: $0.key)!, $0.value) })
    }
}
