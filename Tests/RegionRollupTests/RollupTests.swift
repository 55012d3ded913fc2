import Foundation
import JournalCore
@testable import RegionRollup
@testable import RegionScreens
import TerminalUI
import Testing

/// The region's roll-up over a folder of sample schools: ranked by shortfall,
/// a tampered file set apart and not counted, the screen at 80×24.
@Suite struct RollupTests {
    @Test func schoolsRankByShortfallLargestFirst() throws {
        let folder = try RegionSample.folder(schools: 12, weeks: 3)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rollup = try RegionRollup.read(folder: folder, signers: try RegionSample.signers(folder))
        #expect(rollup.fileCount == 36 && rollup.untrusted.isEmpty && rollup.schools.count == 12)
        let shortfalls = rollup.schools.map(\.shortfall)
        #expect(shortfalls == shortfalls.sorted(by: >))
        #expect(shortfalls.first! > shortfalls.last!)
        #expect(rollup.week == "2024-W45" && rollup.schools.allSatisfy { $0.latest?.header.week == "2024-W45" && $0.files.count == 3 })
        // a school whose figures all met has no shortfall and its verdict says ready
        let best = try #require(rollup.schools.last)
        #expect(best.shortfall == 0 && best.latest?.verdict.ready == true && best.light(.planning) == .met)
    }

    @Test func theRankingPutsSilentThenStaleSchoolsFirst() throws {
        let folder = try RegionSample.folder(schools: 3, weeks: 2)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // the third school's newest week is gone: it is a week behind the region
        try FileManager.default.removeItem(atPath: folder + "/S0003/S0003-2024-W45.zhw")
        // a fourth school is listed but has sent nothing
        let key = SampleRegion.key(3)
        let line = "S0004 \(key.publicKey.openSSH) Школа № 4\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/allowed_signers"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
        try handle.close()
        let rollup = try RegionRollup.read(folder: folder, signers: try RegionSample.signers(folder))
        #expect(rollup.schools.map(\.code).prefix(2) == ["S0004", "S0003"])
        #expect(rollup.schools[0].latest == nil && rollup.schools[1].isStale)
    }

    @Test func aTamperedFileIsListedAsUntrustedAndNotCounted() throws {
        let folder = try RegionSample.folder(schools: 5, weeks: 2)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/S0002/S0002-2024-W45.zhw"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"numerator\":", with: "\"numerator\": ")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let rollup = try RegionRollup.read(folder: folder, signers: try RegionSample.signers(folder))
        #expect(rollup.untrusted == [.init(path: "S0002/S0002-2024-W45.zhw", reason: .changed)])
        let school = try #require(rollup.schools.first { $0.code == "S0002" })
        // its week before is what counts now, and the school is behind the region
        #expect(school.latest?.header.week == "2024-W44" && school.isStale && school.files.count == 1)

        var state = RegionState(rollup: rollup, language: .ru)
        let lines = RegionView.frame(&state, size: Size(width: 80, height: 24)).lines()
        #expect(lines[1].contains("Школы по недобору"))
        #expect(lines.contains { $0.contains("Не засчитан: S0002/S0002-2024-W45.zhw — файл изменён после подписи") }, "\(lines.joined(separator: "\n"))")
        #expect(lines[3].contains("Школа № 2"), "the stale school is ranked first: \(lines.joined(separator: "\n"))")
        #expect(lines[23].contains("4НеЗасч") && lines[23].contains("10Выход"))
    }

    @Test func enterOpensTheSchoolsWeeksAndF4TheUntrustedFiles() throws {
        let folder = try RegionSample.folder(schools: 2, weeks: 3)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rollup = try RegionRollup.read(folder: folder, signers: try RegionSample.signers(folder))
        var state = RegionState(rollup: rollup, language: .ru)
        #expect(press(.enter, &state))
        var lines = RegionView.frame(&state, size: Size(width: 80, height: 24)).lines()
        #expect(lines[1].contains("Недели школы · " + rollup.schools[0].name))
        #expect(lines[3].hasPrefix("│2024-W45") && lines[4].hasPrefix("│2024-W44") && lines[5].hasPrefix("│2024-W43"))
        #expect(press(.escape, &state))
        #expect(press(.function(4), &state))
        lines = RegionView.frame(&state, size: Size(width: 80, height: 24)).lines()
        #expect(lines.contains { $0.contains("Все файлы подписаны ключами школ и не изменены.") })
        #expect(press(.function(10), &state))
        #expect(state.page == .schools)
        #expect(!press(.function(10), &state))
    }

    @Test func theExportCarriesTheScreensRowsAndTheUntrusted() throws {
        let folder = try RegionSample.folder(schools: 3, weeks: 1)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("not a report".utf8).write(to: URL(fileURLWithPath: folder + "/stray.zhw"))
        let rollup = try RegionRollup.read(folder: folder, signers: try RegionSample.signers(folder))
        let csv = RegionExport(rollup).csv(language: .ru).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(csv[0].hasPrefix("rank,school_code,school_name,week,profile,planning,planning_met,journal,journal_met,shortfall,ready"))
        #expect(csv[1].hasPrefix("1,\(rollup.schools[0].code),\(rollup.schools[0].name),2024-W45,kchr,"))
        #expect(csv[5] == "file,reason" && csv[6] == "stray.zhw,нет подписи")
    }

    @Test func aWeekLabelReadsBackToItsMonday() {
        #expect(SchoolDate(isoWeekLabel: "2024-W45") == SchoolDate(iso: "2024-11-04"))
        #expect(SchoolDate(isoWeekLabel: "2025-W01") == SchoolDate(iso: "2024-12-30"))
        #expect(SchoolDate(isoWeekLabel: "2025-W53") == nil && SchoolDate(isoWeekLabel: "2024-45") == nil)
    }

    private func press(_ key: Key, _ state: inout RegionState) -> Bool {
        state.handle(key, tables: RegionTables(state))
    }
}

/// The first look places files by their names and checks only each school's
/// newest; the whole check finds the rest.
@Suite struct FirstLookTests {
    @Test func theFirstLookRanksAsTheWholeCheckAndLeavesOlderFilesForIt() throws {
        let folder = try RegionSample.folder(schools: 6, weeks: 3)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = folder + "/S0004/S0004-2024-W43.zhw"
        let text = try String(contentsOfFile: old, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"numerator\":", with: "\"numerator\": ").utf8).write(to: URL(fileURLWithPath: old))
        let signers = try RegionSample.signers(folder)
        let first = try RegionRollup.read(folder: folder, signers: signers, firstLook: true)
        let full = try RegionRollup.read(folder: folder, signers: signers)
        #expect(!first.checkedAll && full.checkedAll)
        #expect(first.schools.map(\.code) == full.schools.map(\.code))
        #expect(first.schools.map(\.shortfall) == full.schools.map(\.shortfall))
        #expect(first.untrusted.isEmpty && full.untrusted == [.init(path: "S0004/S0004-2024-W43.zhw", reason: .changed)])

        var state = RegionState(rollup: first, language: .ru)
        state.schoolsTable.select(row: 2, column: 0)
        let selected = state.selectedSchool?.code
        #expect(RegionView.status(state).contains("проверяются подписи остальных файлов"))
        state.replace(with: full)
        #expect(state.selectedSchool?.code == selected)
        #expect(RegionView.status(state).hasSuffix("файлов 18, не засчитано 1"))
    }

    @Test func aReportFileNameGivesItsSchoolAndWeek() {
        #expect(WeeklyFile.parseName("0901-007-2024-W45.zhw")! == ("0901-007", "2024-W45"))
        #expect(WeeklyFile.parseName("отчёт.zhw") == nil && WeeklyFile.parseName("-2024-W45.zhw") == nil)
        #expect(WeeklyFile.parseName("0901-007-2024-W45.json") == nil)
    }
}

@Suite struct RegionKeyTests {
    @Test(arguments: [Language.ru, .en])
    func noKeyDoesTwoThingsAndEveryBindingHasHelp(language: Language) {
        let keys = RegionAction.keyMap(language)
        #expect(keys.conflictingKeys.isEmpty)
        #expect(keys.helpEntries.count == 5 && keys.helpEntries.allSatisfy { !$0.text.isEmpty })
        #expect(keys.functionBarItems.map(\.slot) == [1, 4, 10])
    }
}
