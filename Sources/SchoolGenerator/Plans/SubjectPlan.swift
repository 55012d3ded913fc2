import JournalCore

/// What a lesson of the plan is: ordinary, a check with its own work type, or a
/// laboratory or practical work.
enum LessonKind: Equatable {
    case regular
    case control(ControlKind)
    case lab

    /// The work type all present students get a mark of, if any.
    var wholeClassWorkType: String? {
        switch self {
        case .regular: nil
        case .control(let kind): kind.workType
        case .lab: "lab"
        }
    }
}

/// The calendar-thematic plan (КТП) of one subject in one class.
struct SubjectPlan {
    struct Item {
        let topic: String
        let hours: Int
        let kind: LessonKind
    }

    let items: [Item]
    let annualHours: Int

    /// The topic of the lesson that is hour `hour` (from 0) of the plan; past the
    /// end, numbered reserve lessons.
    func lesson(atHour hour: Int) -> (topic: String, kind: LessonKind) {
        var left = hour
        for item in items {
            if left < item.hours {
                return (Self.lessonTopic(item.topic, hour: left, of: item.hours), item.kind)
            }
            left -= item.hours
        }
        return ("Повторение и обобщение (резервный урок \(left + 1))", .regular)
    }

    /// A topic taught over several lessons is written as teachers write it: the
    /// topic, then its continuation, the last one a review.
    static func lessonTopic(_ topic: String, hour: Int, of hours: Int) -> String {
        if hour == 0 { return topic }
        if hour == hours - 1, hours >= 3 { return topic + ". Обобщение и систематизация знаний" }
        return topic + " (урок \(hour + 1))"
    }
}

/// Makes each class's plans from the topic library: the topics in order with
/// hours spread to fill the year, and the subject's checks (контрольные,
/// диктанты, проверочные) placed evenly after topics.
struct PlanBuilder {
    let library = TopicLibrary.shared

    /// `weeks`: the weeks the КТП check multiplies the weekly hours by
    /// (`StudyWeeks`, 33 in the first grade), so the plan agrees with the
    /// curriculum to the hour.
    func plan(subject: Int, perWeek: Int, grade: Int, weeks: Int, _ random: inout SeededRandom) -> SubjectPlan {
        let info = SubjectCatalog.all[subject]
        let annual = perWeek * weeks
        var topics = library.topics(subject: info.code, grade: grade)
        if topics.isEmpty { topics = ["\(info.name): изучение нового материала"] }
        let isLab = { (topic: String) in topic.hasPrefix("Лабораторная работа") || topic.hasPrefix("Практическая работа") }
        let labs = topics.filter(isLab).count
        let controlKind = info.graded && grade >= 2 ? info.control : nil
        let controls = controlKind.map { $0 == .independent ? max(1, annual / 12) : max(2, annual / 14) } ?? 0
        var regular = topics.filter { !isLab($0) }
        let budget = max(1, annual - controls - labs)
        if regular.count > budget { regular = Array(regular.prefix(budget)) }
        let hours = Apportion.split(budget, weights: regular.map { _ in random.double(in: 0.7...1.3) }, minimum: 1)
        var items: [SubjectPlan.Item] = []
        var regularIndex = 0
        var controlNumber = 0
        for topic in topics {
            if isLab(topic) {
                items.append(.init(topic: topic, hours: 1, kind: .lab))
                continue
            }
            guard regularIndex < regular.count else { continue }
            items.append(.init(topic: topic, hours: hours[regularIndex], kind: .regular))
            regularIndex += 1
            if let controlKind, regular.count > 0,
               regularIndex * controls / regular.count > (regularIndex - 1) * controls / regular.count {
                controlNumber += 1
                items.append(Self.control(controlKind, number: controlNumber, after: topic))
            }
        }
        return SubjectPlan(items: items, annualHours: annual)
    }

    private static func control(_ kind: ControlKind, number: Int, after topic: String) -> SubjectPlan.Item {
        switch kind {
        case .test:
            return .init(topic: "Контрольная работа № \(number) по теме «\(topic)»", hours: 1, kind: .control(.test))
        case .dictation where number % 2 == 1:
            return .init(topic: "Контрольный диктант по теме «\(topic)»", hours: 1, kind: .control(.dictation))
        case .dictation:
            return .init(topic: "Контрольная работа по теме «\(topic)»", hours: 1, kind: .control(.test))
        case .independent:
            return .init(topic: "Проверочная работа по теме «\(topic)»", hours: 1, kind: .control(.independent))
        }
    }
}
