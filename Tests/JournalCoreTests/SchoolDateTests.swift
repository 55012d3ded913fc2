import Foundation
import Testing
@testable import JournalCore

@Suite struct SchoolDateTests {
    @Test func epochIsDayZeroAndAThursday() {
        let epoch = SchoolDate(year: 1970, month: 1, day: 1)!
        #expect(epoch.dayNumber == 0)
        #expect(epoch.weekday == 4)
    }

    @Test func parsesOnlyRealDays() {
        #expect(SchoolDate(iso: "2024-02-29") != nil)
        #expect(SchoolDate(iso: "2023-02-29") == nil)
        #expect(SchoolDate(iso: "2024-13-01") == nil)
        #expect(SchoolDate(iso: "2024-09-31") == nil)
        #expect(SchoolDate(iso: "2024-9-1") == nil)
        #expect(SchoolDate(iso: "24-09-01") == nil)
        #expect(SchoolDate(iso: "2024/09/01") == nil)
    }

    @Test func roundTripsThroughText() {
        for day in stride(from: -800, through: 30_000, by: 37) {
            let date = SchoolDate(dayNumber: day)
            #expect(SchoolDate(iso: date.iso) == date)
        }
    }

    @Test func weekdaysMatchFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for day in stride(from: 19_000, through: 20_500, by: 11) {
            let date = SchoolDate(dayNumber: day)
            let foundation = calendar.component(.weekday, from: Date(timeIntervalSince1970: Double(day) * 86_400))
            // Foundation: 1 = Sunday ... 7 = Saturday
            #expect(date.weekday == (foundation + 5) % 7 + 1)
        }
    }

    @Test func isoWeeksAtYearBoundaries() {
        #expect(SchoolDate(iso: "2024-09-02")!.isoWeekLabel == "2024-W36")
        #expect(SchoolDate(iso: "2024-12-30")!.isoWeekLabel == "2025-W01")
        #expect(SchoolDate(iso: "2021-01-03")!.isoWeekLabel == "2020-W53")
        #expect(SchoolDate(iso: "2026-01-01")!.isoWeekLabel == "2026-W01")
    }

    @Test func weekIndexGroupsMondayToSunday() {
        let monday = SchoolDate(iso: "2024-09-02")!
        let sunday = SchoolDate(iso: "2024-09-08")!
        #expect(monday.weekIndex == sunday.weekIndex)
        #expect(sunday.adding(days: 1).weekIndex == monday.weekIndex + 1)
        #expect(sunday.mondayOfWeek == monday)
    }

    @Test func russianForms() {
        let date = SchoolDate(iso: "2024-09-02")!
        #expect(date.russian == "02.09.2024")
        #expect(date.russianShort == "02.09")
    }
}

@Suite struct SchoolTimeTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    @Test func localTimestampsAreTakenAsWallClock() {
        let t = SchoolTime.parse("2024-09-02T10:15", timeZone: moscow)!
        #expect(t.iso == "2024-09-02T10:15:00")
        #expect(t.date == SchoolDate(iso: "2024-09-02"))
        #expect(t.timeOfDay == TimeOfDay(text: "10:15"))
        #expect(SchoolTime.parse("2024-09-02T10:15:07", timeZone: moscow)!.secondOfDay == 10 * 3600 + 15 * 60 + 7)
    }

    @Test func explicitOffsetsAreConvertedToTheSchoolZone() {
        #expect(SchoolTime.parse("2024-09-02T10:15:00+05:00", timeZone: moscow)?.iso == "2024-09-02T08:15:00")
        #expect(SchoolTime.parse("2024-09-02T10:15:00+03:00", timeZone: moscow)?.iso == "2024-09-02T10:15:00")
        #expect(SchoolTime.parse("2024-09-02T22:00:00Z", timeZone: moscow)?.iso == "2024-09-03T01:00:00")
        #expect(SchoolTime.parse("2024-09-02T10:15:00-0100", timeZone: moscow)?.iso == "2024-09-02T14:15:00")
        let vladivostok = TimeZone(identifier: "Asia/Vladivostok")!
        #expect(SchoolTime.parse("2024-09-02T10:15:00+03:00", timeZone: vladivostok)?.iso == "2024-09-02T17:15:00")
    }

    @Test func malformedTimestampsAreRejected() {
        for text in ["2024-09-02", "2024-09-02T25:00", "2024-09-02T10:60", "2024-09-02T10:15:61", "2024-09-02T10:15+3",
                     "2024-09-02T10:15:00+03:00x", "2024-13-02T10:15", "сегодня"] {
            #expect(SchoolTime.parse(text, timeZone: moscow) == nil, "\(text)")
        }
    }

    @Test func instantsBecomeSchoolWallClock() {
        // 2024-09-02 07:15 UTC is 10:15 in Moscow
        let instant = Date(timeIntervalSince1970: TimeInterval(SchoolTime.parse("2024-09-02T07:15", timeZone: moscow)!.seconds))
        #expect(SchoolTime(instant: instant, in: moscow).iso == "2024-09-02T10:15:00")
    }

    @Test func timesOfDay() {
        #expect(TimeOfDay(text: "8:30")?.text == "08:30")
        #expect(TimeOfDay(text: "24:00") == nil)
        #expect(TimeOfDay(text: "12:5") == nil)
        #expect(TimeOfDay(text: "ab:cd") == nil)
    }
}

@Suite struct RussianOrderTests {
    @Test func yoComesAfterYeAndCaseIsIgnored() {
        let names = ["Ёлкин", "Егоров", "Жуков", "аксёнов", "Борисов", "Абрамов", "Яковлев"]
        #expect(names.sortedByRussianName { $0 } == ["Абрамов", "аксёнов", "Борисов", "Егоров", "Ёлкин", "Жуков", "Яковлев"])
    }

    @Test func shortNames() {
        #expect(PersonName.short("Иванова Анна Петровна") == "Иванова А. П.")
        #expect(PersonName.short("Smith") == "Smith")
    }
}
