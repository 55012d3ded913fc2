import Foundation
import JournalCore
import JournalScreens
import JournalStore
import ReadinessMetrics
import TerminalUI
import TestFixtures
import Testing

/// The numbers on the dashboard are those `zhurnal report readiness` prints
/// for the same window, profile and moment: a generated school, every window
/// the dashboard offers, every built-in profile, the screen read as text and
/// the command's JSON compared indicator by indicator, and the verdict.
@Suite(.serialized) struct DashboardParityTests {
    /// Thursday of the school's fourth week, mid-morning: a day under way.
    static let moment = "2024-09-26T11:30"

    @Test func screenShowsWhatTheReportCommandPrints() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("school.sqlite")
        let generated = try ZhurnalBinary.run(["generate", "--size", "small", "--db", path, "--start", "2024-09-02", "--weeks", "4"])
        try #require(generated.status == 0, "\(generated.stderr)")
        // three weeks for the verdict, so that the school can be judged by the fourth week
        let settings = try ZhurnalBinary.run(["settings", "set", "verdict_weeks", "3", "--db", path])
        try #require(settings.status == 0, "\(settings.stderr)")

        let db = try AppDatabase.open(path: path, clock: try Self.clock())
        let screen = try DashboardOnScreen(db)
        let asOf = try ReportMoment.asOf(Self.moment, timeZone: db.school().timeZone)
        let windows = DashboardWindow.cycle + [.custom(from: SchoolDate(iso: "2024-09-09")!, to: SchoolDate(iso: "2024-09-20")!)]
        var compared = 0
        for profile in ReadinessProfile.builtInIDs {
            for window in windows {
                screen.show(window, profile: profile)
                let json = try Self.report(path, profile: profile, options: window.reportOptions(asOf: asOf))
                compared += try Self.compare(screen, json, what: "\(profile) \(window)")
            }
        }
        #expect(compared >= 5 * (5 + 6 + 5))   // every indicator of every profile in every window
    }

    static func clock() throws -> FixedClock {
        let moment = SchoolTime.parse(moment, timeZone: TimeZone(identifier: "Europe/Moscow")!)!
        return FixedClock(Date(timeIntervalSince1970: TimeInterval(moment.seconds - 3 * 3600)))
    }

    static func report(_ path: String, profile: String, options: [String]) throws -> [String: Any] {
        let result = try ZhurnalBinary.run(["report", "readiness", "--db", path, "--profile", profile, "--as-of", moment,
                                            "--format", "json"] + options)
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Compares one window's screen with the command's JSON; returns the
    /// number of indicators compared.
    static func compare(_ screen: DashboardOnScreen, _ json: [String: Any], what: String) throws -> Int {
        let text = screen.text
        let from = SchoolDate(iso: json["from"] as! String)!, to = SchoolDate(iso: json["to"] as! String)!
        #expect(text.contains(from.russian + " – " + to.russian + " · на 26.09.2024 11:30"), "\(what): window\n\(text)")
        let indicators = try #require(json["indicators"] as? [[String: Any]])
        let rows = screen.indicatorRows
        #expect(rows.count == indicators.count, "\(what)\n\(text)")
        for (indicator, row) in zip(indicators, rows) {
            let key = try #require(IndicatorKey(rawValue: indicator["key"] as! String))
            let ratio = Ratio(indicator["numerator"] as! Int, of: indicator["denominator"] as! Int)
            let met = indicator["met"] as! Bool
            let threshold = Threshold(number: (indicator["threshold"] as! NSNumber).doubleValue)!
            #expect(row.hasPrefix((met ? "✓ " : "✗ ") + key.title.ru), "\(what): \(row)")
            #expect(row.contains(ratio.text(in: .ru)), "\(what): \(key) value in \(row)")
            #expect(row.contains("\(ratio.numerator) / \(ratio.denominator)") || row.contains("\(ratio.numerator)/\(ratio.denominator)"),
                    "\(what): \(key) \(ratio) in \(row)")
            #expect(row.contains(" " + threshold.text.replacingOccurrences(of: ".", with: ",") + " %"), "\(what): \(row)")
        }
        let verdict = try #require(json["verdict"] as? [String: Any])
        let ready = verdict["ready"] as! Bool
        #expect(text.contains(ready ? "✓ Школа готова к ББЖ" : "✗ Школа пока не готова к ББЖ"), "\(what)\n\(text)")
        let blocking = (verdict["blocking"] as! [String]).compactMap(IndicatorKey.init(rawValue:))
        let held = screen.heldBack
        #expect(held == blocking.map(\.title.ru), "\(what): \(held) against \(blocking)\n\(text)")
        return indicators.count
    }
}

/// The dashboard of the administrator in a TestBackend, driven by its keys.
final class DashboardOnScreen {
    let backend = TestBackend()
    let app: App<TestBackend>
    private var window = DashboardWindow.currentPeriod
    private var profile = "kchr"

    init(_ db: AppDatabase) throws {
        let context = try AppContext(db: db, language: .ru)
        app = App(backend: backend, context: context, login: { LoginScreen(context: $0) },
                  home: { Homes.make(context: $0, user: $1) })
        app.apply(screenEffects: [.signedIn(try #require(try db.actingUser(login: "admin")))])
        app.draw()
    }

    /// Presses F3, F4 and F5 until the screen shows `target` and `profileID`.
    func show(_ target: DashboardWindow, profile profileID: String) {
        while profile != profileID {
            press(.function(5))
            let ids = ReadinessProfile.builtInIDs
            profile = ids[(ids.firstIndex(of: profile)! + 1) % ids.count]
        }
        if case .custom(let from, let to) = target {
            press(.function(4), .control("u"))
            for character in from.russian { press(.character(character)) }
            press(.tab, .control("u"))
            for character in to.russian { press(.character(character)) }
            press(.enter)
            window = target
            return
        }
        while window != target {
            press(.function(3))
            window = window.next
        }
    }

    private func press(_ keys: Key...) {
        for key in keys {
            app.handle(key)
            app.draw()
        }
    }

    var text: String { backend.lines().joined(separator: "\n") }

    /// The indicator rows, without the frame: `✓ Степень наполненности …`.
    var indicatorRows: [String] {
        let lines = backend.lines().map { String($0.dropFirst().dropLast()) }
        guard let header = lines.firstIndex(where: { $0.contains("Показатель") && $0.contains("Порог") }) else { return [] }
        return Array(lines[(header + 1)...].prefix { $0.hasPrefix("✓ ") || $0.hasPrefix("✗ ") })
    }

    /// The indicators the verdict names as holding the school back.
    var heldBack: [String] {
        let lines = backend.lines().map { String($0.dropFirst().dropLast()) }
        guard let verdict = lines.firstIndex(where: { $0.contains("Школа") && $0.contains("ББЖ") }) else { return [] }
        return lines[(verdict + 1)...].filter { $0.hasPrefix("  ✗ ") }.map {
            String($0.dropFirst(4).prefix { $0 != "—" }).trimmingCharacters(in: .whitespaces)
        }
    }
}

extension DashboardWindow {
    /// F3's next window (the test follows the screen's round).
    var next: DashboardWindow {
        let cycle = DashboardWindow.cycle
        guard let index = cycle.firstIndex(of: self) else { return cycle[0] }
        return cycle[(index + 1) % cycle.count]
    }
}
