import Foundation
import GRDB
import JournalCore
import TestFixtures
import Testing
@testable import JournalStore

/// `SchoolSettings` owns every setting's default and range; the store refuses
/// a value outside it with a message that names the setting and the range.
@Suite struct SchoolSettingsTests {
    /// Each whole-number setting: its ends are taken, one past either end and
    /// words are refused, and nothing is stored then.
    @Test(arguments: SettingKey.allCases.filter { $0.range != nil })
    func wholeNumberSettingsKeepToTheirRange(_ key: SettingKey) throws {
        let db = try TinySchool.database()
        let range = try #require(key.range)
        for good in [range.lowerBound, range.upperBound] {
            #expect(try db.setSetting(key, " \(good) ", by: .serverOperator) == String(good))
            #expect(try db.settings().text(of: key) == String(good))
        }
        let stored = try db.setting(key)
        for bad in [String(range.lowerBound - 1), String(range.upperBound + 1), "пять", "", "1.5"] {
            let refusal = JournalError.invalidSetting(key: key.rawValue, value: bad, allowed: key.allowed)
            #expect(throws: refusal) { try db.setSetting(key, bad, by: .serverOperator) }
            let text = refusal.text(in: .ru)
            #expect(text.contains(key.rawValue) && text.contains("от \(range.lowerBound) до \(range.upperBound)"), "\(text)")
            #expect(try db.setting(key) == stored)
        }
    }

    @Test func theProfileAndTheRoundingRuleAreChecked() throws {
        let db = try TinySchool.database()
        #expect(try db.setSetting(.defaultProfile, " mo ", by: .serverOperator) == "mo")
        #expect(try db.setSetting(.rounding, "0,6", by: .serverOperator) == "0.6")
        #expect(try db.settings().rounding == RoundingRule(thresholdHundredths: 60))
        for (key, bad) in [(SettingKey.defaultProfile, "spb"), (.defaultProfile, ""), (.rounding, "1.5"), (.rounding, "0"),
                           (.rounding, "0.999"), (.rounding, "половина")] {
            #expect(throws: JournalError.invalidSetting(key: key.rawValue, value: bad, allowed: key.allowed)) {
                try db.setSetting(key, bad, by: .serverOperator)
            }
        }
        #expect(JournalError.invalidSetting(key: "default_profile", value: "spb", allowed: SettingKey.defaultProfile.allowed)
            .text(in: .ru) == "недопустимое значение «spb» настройки default_profile: нужен один из встроенных профилей: kchr, mo, crimea")
        #expect(throws: Refusals.demoFlagIsTheProgramsOwn) { try db.setSetting(.demo, "1", by: .serverOperator) }
    }

    @Test func defaultsAreTheSettingsOwn() {
        let settings = SchoolSettings()
        let numbers: [Int] = [settings.lockoutAttempts, settings.lockoutMinutes, settings.idleLockMinutes,
                              settings.writeWaitSeconds, settings.verdictWeeks]
        #expect(numbers == [5, 5, 5, 15, 4])
        #expect(settings.defaultProfile == "kchr" && settings.rounding == .halfUp && !settings.demo)
        #expect(SettingKey.allCases.allSatisfy { (try? SchoolSettings.validated($0, settings.text(of: $0))) != nil })
    }

    /// A value written around zhurnal (sqlite3) that it would not accept counts
    /// as the default: a lockout of 0 attempts would lock everyone out.
    @Test func aStoredValueOutsideTheRangeReadsAsTheDefault() throws {
        let db = try TinySchool.database()
        try db.writer.write { db in
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('lockout_attempts', '0'), ('verdict_weeks', 'много')")
        }
        #expect(try db.settings().lockoutAttempts == 5)
        #expect(try db.settings().verdictWeeks == 4)
        for _ in 1...4 { #expect(try db.signIn(login: "petrov", password: "x") == .refused) }
        guard case .locked = try db.signIn(login: "petrov", password: "x") else { Issue.record("not locked"); return }
    }

    /// The lockout reads its numbers from the settings, as they are now.
    @Test func theLockoutFollowsItsSettings() throws {
        let db = try TinySchool.database()
        try db.setSetting(.lockoutAttempts, "3", by: .serverOperator)
        try db.setSetting(.lockoutMinutes, "20", by: .serverOperator)
        for _ in 1...2 { #expect(try db.signIn(login: "petrov", password: "x") == .refused) }
        #expect(try db.signIn(login: "petrov", password: "x") == .locked(until: TinySchool.time("2024-09-03T10:20")))
    }

    /// The wait setting reaches this process's writes at once.
    @Test func theWriteWaitSettingTakesEffectInTheProcessThatSetsIt() throws {
        let db = try TinySchool.database()
        #expect(db.waits.seconds == 15)
        try db.setSetting(.writeWaitSeconds, "3", by: .serverOperator)
        #expect(db.waits.seconds == 3)
    }
}
