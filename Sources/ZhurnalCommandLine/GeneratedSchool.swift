import ArgumentParser
import Foundation
import JournalCore
import JournalStore
import SchoolGenerator

/// Generates a school and writes it into a database, timing both halves; shared
/// by `generate`, `demo` and `zhurnal-bench`.
public struct GeneratedSchool {
    public let snapshot: SchoolSnapshot
    public let generator: SchoolGenerator
    public let generation: Duration
    public let writing: Duration

    public static func make(_ generator: SchoolGenerator, into path: String, replace: Bool) throws -> GeneratedSchool {
        let clock = ContinuousClock()
        var snapshot: SchoolSnapshot?
        let generation = clock.measure { snapshot = generator.generate() }
        let writing = try clock.measure {
            let database = try AppDatabase.open(path: path, create: true)
            try database.load(snapshot!, options: LoadOptions(replace: replace, demo: true, source: generator.sourceDescription,
                                                         demoLogins: SchoolGenerator.demoLogins.map(\.login)))
        }
        return GeneratedSchool(snapshot: snapshot!, generator: generator, generation: generation, writing: writing)
    }

    /// Groups, moves between classes, substitutions and closed periods: what
    /// makes the generated school more than whole classes.
    private var structure: String {
        let s = snapshot
        let others = s.groups.filter { $0.kind != .part }.count
        let transfers = s.enrollments.count - s.students.count
        let substituted = s.lessons.filter { $0.substituteFor != nil }.count
        let closed = s.periods.filter(\.locked).map(\.name)
        return "  групп: \(Figures.count(s.groups.count)) (факультативов и кружков: \(others)), "
            + "переводов между классами: \(Figures.count(transfers)), замен: \(Figures.count(substituted))"
            + (closed.isEmpty ? "" : ", закрыто: " + closed.joined(separator: ", "))
    }

    /// The Russian summary printed after generating.
    public var summary: [String] {
        let s = snapshot
        let teachers = s.accounts.filter { $0.has(.teacher) && !$0.disabled }.count
        let range = generator.range
        let cancelled = s.lessons.filter(\.cancelled).count
        return [
            "Школа «\(s.school.name)», \(s.school.academicYear) учебный год, размер \(generator.size.rawValue) (\(generator.size.title))",
            "  классов: \(Figures.count(s.classes.count)), учеников: \(Figures.count(s.students.count)), учителей: \(Figures.count(teachers)), "
                + "учётных записей: \(Figures.count(s.accounts.count))",
            "  \(Figures.plural(range.weeks, "учебная неделя", "учебные недели", "учебных недель")) "
                + "(\(range.first.russian) – \(range.last.russian))",
            "  уроков: \(Figures.count(s.lessons.count)) (отменено \(Figures.count(cancelled))), отметок: \(Figures.count(s.marks.count)), "
                + "посещаемость: \(Figures.count(s.attendance.count)), итоговых отметок: \(Figures.count(s.finalMarks.count)), "
                + "входов: \(Figures.count(s.signIns.count))",
            structure,
            "  время: \(Figures.seconds(generation + writing)) (генерация \(Figures.seconds(generation)), "
                + "запись в базу \(Figures.seconds(writing)))",
        ]
    }
}

extension SchoolGenerator {
    /// What the audit log records as the origin of the data.
    public var sourceDescription: String {
        "generate --size \(size.rawValue) --seed \(seed) --start \(start.iso) --weeks \(weeks)"
    }
}

/// Numbers as Russian texts write them: `79 412`, `2,4 с`, `85,3 МБ`.
public enum Figures {
    public static func count(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (i, character) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0, value >= 10_000 { result += "\u{00A0}" }
            result.append(character)
        }
        return result
    }

    /// `1 неделя`, `3 недели`, `34 недели`, `12 недель`.
    public static func plural(_ value: Int, _ one: String, _ few: String, _ many: String) -> String {
        let lastTwo = value % 100, last = value % 10
        let word = (11...14).contains(lastTwo) ? many : (last == 1 ? one : ((2...4).contains(last) ? few : many))
        return "\(count(value)) \(word)"
    }

    public static func decimal(_ value: Double, places: Int = 1) -> String {
        String(format: "%.\(places)f", value).withDecimalComma
    }

    public static func seconds(_ duration: Duration) -> String {
        decimal(duration.seconds, places: duration.seconds < 10 ? 2 : 1) + " с"
    }

    public static func megabytes(_ bytes: Int) -> String {
        decimal(Double(bytes) / 1_048_576) + " МБ"
    }
}

extension Duration {
    public var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}

/// Today and now on the school's clock (Moscow), for the defaults of `--start`
/// and `--weeks`.
public enum SchoolNow {
    public static var timeZone: TimeZone { TimeZone(identifier: SchoolGenerator.timeZoneID)! }
    public static var now: SchoolTime { SystemClock().now(in: timeZone) }
}

extension SchoolSize: ExpressibleByArgument {}
