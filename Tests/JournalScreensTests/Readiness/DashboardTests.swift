import Foundation
import JournalCore
import JournalScreens
import JournalStore
import ReadinessMetrics
import TerminalUI
import TestFixtures
import Testing

/// The tiny school as of Tuesday 3 September 2024, 10:00, profile kchr, window
/// «1 четверть» (2–3 September): timetable 1/1, planning 1/2, journal 1/2,
/// parents 1/3 (coverage 1/3), on time 1/1 (the late attendance is entered
/// after 10:00, so not yet).
@Suite(.serialized) struct DashboardTests {
    @Test func administratorLandsOnTheDashboard() throws {
        let h = try DashboardHarness()
        #expect(h.lines[1].contains("Готовность к ББЖ"))
        #expect(h.text.contains("Профиль kchr — Карачаево-Черкесская Республика"))
        #expect(h.text.contains("Окно 1 четверть: 02.09.2024 – 03.09.2024 · на 03.09.2024 10:00"))
        let planning = try #require(h.line(containing: "Ведение планирования"))
        #expect(planning.contains("✗ Ведение планирования"))
        #expect(planning.contains("50,0 %"))
        #expect(planning.contains("1 / 2"))
        #expect(planning.contains("95 %"))
        let timetable = try #require(h.line(containing: "Степень наполненности расписания"))
        #expect(timetable.contains("✓") && timetable.contains("100,0 %") && timetable.contains("1 / 1"))
        #expect(h.line(containing: "Доля родителей")?.contains("33,3 %") == true)
        #expect(h.line(containing: "Своевременное ведение журнала")?.contains("✓") == true)
        #expect(h.text.contains("охват: родитель в журнале есть у 33,3 % учеников (1 из 3)"))
        #expect(h.text.contains("✗ Школа пока не готова к ББЖ (профиль kchr)."))
        #expect(h.text.contains("в окне нет ни одной"))
    }

    @Test func teacherDoesNotGetTheDashboard() throws {
        let h = try DashboardHarness(login: "ivanova")
        #expect(!h.text.contains("Готовность к ББЖ"))
        #expect(h.text.contains("Сегодня"))
    }

    @Test func everythingFitsIn80x24AndTheBarShowsTheKeys() throws {
        let h = try DashboardHarness()
        #expect(h.lines.count == 24)
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) == 80 })
        for label in ["2Обновить", "3Окно", "4Даты", "5Профиль", "6Отчёт", "9Пароль", "10Выход"] {
            #expect(h.lines[23].contains(label), "\(label) in \(h.lines[23])")
        }
        // the verdict and all five indicators in one look
        #expect(h.text.contains("Своевременное ведение журнала"))
        #expect(h.text.contains("Школа пока не готова"))
    }

    @Test func metAndMissedAreMarkedInColourAndWithoutIt() throws {
        for colors in [ColorCapability.colors(8), .monochrome] {
            let h = try DashboardHarness(colors: colors)
            #expect(h.style(of: "✗ Ведение планирования") == .error)
            #expect(h.style(of: "✓ Степень") == .selected)   // under the cursor
            h.press(.down)
            #expect(h.style(of: "✓ Степень") == .success)
            // in monochrome the two look different too
            let theme = h.backend.theme
            #expect(theme[.success] != theme[.error])
            #expect(theme[.error] != theme[.normal])
        }
    }

    @Test func helpComesFromTheSameKeys() throws {
        let h = try DashboardHarness()
        h.press(.function(1))
        #expect(h.text.contains("окно: эта неделя → прошлая → текущий период →"))
        #expect(h.text.contains("записать отчёт за окно в файлы"))
        h.press(.escape)
        #expect(!h.text.contains("Справка — F1"))
    }

    @Test func windowKeyGoesRoundTheWindows() throws {
        let h = try DashboardHarness()
        h.press(.function(3))
        #expect(h.text.contains("Окно учебный год: 02.09.2024 – 25.10.2024"))
        h.press(.function(3))
        #expect(h.text.contains("Окно эта неделя: 02.09.2024 – 03.09.2024"))
        h.press(.function(3))
        #expect(h.text.contains("Окно прошлая неделя: 26.08.2024 – 01.09.2024"))
        #expect(h.line(containing: "Ведение планирования")?.contains("нет данных") == true)
        h.press(.function(3))
        #expect(h.text.contains("Окно 1 четверть"))
    }

    @Test func customDatesInASmallForm() throws {
        let h = try DashboardHarness()
        h.press(.function(4))
        #expect(h.text.contains("Свои даты"))
        #expect(h.text.contains("02.09.2024"))
        // clear the first field and type a date that does not exist
        h.press(.control("u"))
        h.type("31.02.2024")
        h.press(.enter)
        #expect(h.text.contains("Не понял дату «с»"))
        h.press(.control("u"))
        h.type("04.09.2024")
        h.press(.tab, .control("u"))
        h.type("02.09.2024")
        h.press(.enter)
        #expect(h.text.contains("Начало окна позже его конца."))
        h.press(.backTab, .control("u"))
        h.type("2.9.24")
        h.press(.enter)
        #expect(!h.text.contains("Свои даты"))
        #expect(h.text.contains("Окно свои даты: 02.09.2024 – 02.09.2024"))
        h.press(.function(4))
        h.press(.escape)
        #expect(!h.text.contains("Свои даты"))
        #expect(h.app.topScreen is ReadinessDashboardScreen)
    }

    @Test func profileKeyShowsTheOtherProfilesIndicators() throws {
        let h = try DashboardHarness()
        h.press(.function(5))
        #expect(h.text.contains("Профиль mo — Московская область"))
        #expect(h.text.contains("Активированные аккаунты"))
        #expect(h.text.contains("Уникальные входы"))
        #expect(!h.text.contains("Доля родителей"))
        h.press(.function(5))
        #expect(h.text.contains("Профиль crimea"))
        h.press(.function(5))
        #expect(h.text.contains("Профиль kchr"))
    }

    @Test func sparklineThresholdSitsAtHalfHeight() {
        #expect(IndicatorSparkline.range(95) == 90...100)
        #expect(IndicatorSparkline.range(80) == 60...100)
        #expect(IndicatorSparkline.range(10) == 0...20)
        #expect(IndicatorSparkline.range(100) == 95...105)
        // 189 of 199 shows as 95,0 % but is below a 95 % threshold: a low bar
        let below = IndicatorSparkline.bar(Ratio(189, of: 199), threshold: 95)
        let at = IndicatorSparkline.bar(Ratio(19, of: 20), threshold: 95)
        #expect(Sparkline.levels.firstIndex(of: below)! < 4)
        #expect(Sparkline.levels.firstIndex(of: at)! >= 4)
    }

    @Test func aSchoolWithoutPeriodsIsToldSoAndOtherWindowsStillWork() throws {
        var school = TinySchool.snapshot()
        school.periods = []
        let h = try DashboardHarness(school: school)
        #expect(h.text.contains("Показатели не посчитаны:"))
        #expect(h.style(of: "Показатели не посчитаны") == .warning)
        h.press(.enter, .down, .function(6))   // nothing to open or write, and no crash
        #expect(h.status.contains("Отчёт не записан: "), "\(h.status)")
        #expect(!h.status.contains("/"), "no folder is blamed: \(h.status)")
        h.press(.function(3))                  // the year needs periods too
        #expect(h.text.contains("Показатели не посчитаны:"))
        h.press(.function(3))                  // this week does not
        #expect(h.text.contains("Окно эта неделя: 02.09.2024 – 03.09.2024"))
        #expect(h.line(containing: "Ведение планирования")?.contains("1 / 2") == true)
    }

    @Test func unknownKeysChangeNothingAndNeverCrash() throws {
        let h = try DashboardHarness()
        let before = h.lines.prefix(22)
        let keys: [Key] = [.character("x"), .character("щ"), .character("1"), .left, .right, .insert, .delete, .backspace,
                           .tab, .backTab, .control("c"), .control("z"), .unknown(999), .function(7), .function(8), .function(11)]
        for key in keys { h.press(key) }
        // the screen above the status line is as it was (Ctrl-C only puts a hint there)
        #expect(h.lines.prefix(22) == before)
        // and the same on every drill level, with empty lists too
        h.press(.enter)
        for key in keys + [.up, .down, .pageDown, .home, .end, .enter] { h.press(key) }
        h.press(.function(3))
        h.press(.escape, .escape, .escape)
        #expect(h.app.isRunning)
    }
}

/// The sparkline arithmetic the dashboard uses, seen from a test.
enum IndicatorSparkline {
    static func range(_ percent: Int) -> ClosedRange<Double> {
        ReadinessDashboardScreen.sparklineRange(Threshold(percent: percent))
    }

    static func bar(_ ratio: Ratio, threshold: Int) -> Character {
        let value = IndicatorValue(key: .planning, ratio: ratio, threshold: Threshold(percent: threshold))
        return ReadinessDashboardScreen.sparklineBars([value]).first!
    }
}
