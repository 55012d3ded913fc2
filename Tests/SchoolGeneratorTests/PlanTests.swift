import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct PlanTests {
    let s = Fixtures.mediumYear

    @Test func everyTaughtSubjectHasAPlanFillingTheYear() {
        var hours: [String: Int] = [:]
        for item in s.plans { hours[SchoolSnapshot.courseKey(item.classCode, item.groupCode, item.subjectCode), default: 0] += item.hours }
        var weekly: [String: Int] = [:]
        var weeks: [String: Int] = [:]
        for entry in s.timetable {
            let key = SchoolSnapshot.courseKey(entry.classCode, entry.groupCode, entry.subjectCode)
            weekly[key, default: 0] += 1
            weeks[key] = s.studyWeeks(entry.classCode, entry.groupCode)
        }
        #expect(Set(hours.keys) == Set(weekly.keys))
        for (key, perWeek) in weekly { #expect(hours[key] == perWeek * (weeks[key] ?? 0), "\(key)") }
    }

    @Test func lessonsFollowThePlanInOrder() {
        let firstTopics = Dictionary(s.plans.filter { $0.seq == 1 }.map { (SchoolSnapshot.courseKey($0.classCode, $0.groupCode, $0.subjectCode), $0.topic) },
                                     uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        var checked = 0
        for lesson in s.lessons where !lesson.cancelled {
            let key = SchoolSnapshot.courseKey(lesson.classCode, lesson.groupCode, lesson.subjectCode)
            guard seen.insert(key).inserted, let topic = lesson.topic else { continue }
            #expect(topic == firstTopics[key])
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test func plansHaveChecksAndLabs() {
        let math = s.plans.filter { $0.subjectCode == "math" || $0.subjectCode == "algebra" }
        #expect(math.contains { $0.topic.hasPrefix("Контрольная работа № ") })
        #expect(s.plans.contains { $0.subjectCode == "rus" && $0.topic.hasPrefix("Контрольный диктант") })
        #expect(s.plans.contains { $0.subjectCode == "phys" && $0.topic.hasPrefix("Лабораторная работа") })
        #expect(s.plans.allSatisfy { $0.hours >= 1 && !$0.topic.isEmpty })
    }

    @Test func homeworkMovesThroughTheTextbook() {
        let september = s.lessons.first { $0.subjectCode == "hist" && $0.homework?.hasPrefix("§") == true }!
        let may = s.lessons.last { $0.subjectCode == "hist" && $0.homework?.hasPrefix("§") == true }!
        let paragraph = { (text: String) in Int(text.dropFirst(2).prefix { $0.isNumber })! }
        #expect(paragraph(may.homework!) > paragraph(september.homework!))
    }
}
