import GRDB
import JournalCore

/// The topic the calendar-thematic plan (КТП) has next for a lesson.
public struct PlanSuggestion: Hashable, Sendable {
    /// The item's number in the plan.
    public var seq: Int
    public var topic: String
    /// Lessons the plan gives the topic.
    public var hours: Int
    /// Which of those lessons this one would be (1 for a topic not begun).
    public var hour: Int
    /// Items in the whole plan, for "14 of 68".
    public var itemCount: Int
}

extension AppDatabase {
    /// The plan's next topic for `lesson`: after the furthest plan topic that an
    /// earlier lesson of the class (or group) and subject was given, or that topic again
    /// while it has hours left; the first topic when none was used yet. Nil
    /// when the class has no plan for the subject or the plan is used up.
    ///
    /// A lesson's topic counts as a plan topic when it is the topic or begins
    /// with it ("Дроби (урок 2)", "Дроби. Обобщение"): teachers write the
    /// continuation of a topic that way.
    public func planSuggestion(for lesson: LessonID, by user: ActingUser) throws -> PlanSuggestion? {
        try read { db in
            let facts = try LessonFacts.fetch(db, lesson)
            try JournalReadGuard(db: db, user: user).checkMayRead(facts.audience)
            let owner = facts.groupID == nil ? "class_id = ? AND group_id IS NULL" : "group_id = ?"
            let plan = try Row.fetchAll(db, sql: """
                SELECT seq, topic, hours FROM plan_item WHERE \(owner) AND subject_id = ? ORDER BY seq
                """, arguments: [LessonRoster.source(facts.audience).id, facts.subjectID]).map {
                PlanItemRow(seq: $0["seq"], topic: $0["topic"], hours: $0["hours"])
            }
            guard !plan.isEmpty else { return nil }
            let earlierTopics = try String.fetchAll(db, sql: """
                SELECT l.topic FROM lesson l, lesson this
                WHERE this.id = ? AND l.class_id IS this.class_id AND l.group_id IS this.group_id
                  AND l.subject_id = this.subject_id AND l.topic IS NOT NULL
                  AND l.cancelled = 0 AND (l.day < this.day OR (l.day = this.day AND l.lesson_number < this.lesson_number))
                ORDER BY l.day, l.lesson_number
                """, arguments: [lesson])
            return PlanProgress(plan: plan, topics: earlierTopics).next
        }
    }
}

struct PlanItemRow {
    var seq: Int
    var topic: String
    var hours: Int
}

/// How far a class has gone through a plan, from the topics its lessons were given.
struct PlanProgress {
    let plan: [PlanItemRow]
    /// The earlier lessons' topics, oldest first.
    let topics: [String]

    var next: PlanSuggestion? {
        var uses = [Int](repeating: 0, count: plan.count)
        var reached = 0
        for topic in topics {
            let matching = plan.indices.filter { Self.topic(topic, belongsTo: plan[$0].topic) }
            // A topic that appears twice in the plan is the occurrence not yet used up.
            guard let index = matching.first(where: { $0 >= reached && uses[$0] < plan[$0].hours }) ?? matching.last else { continue }
            uses[index] += 1
            reached = max(reached, index)
        }
        guard let furthest = uses.indices.last(where: { uses[$0] > 0 }) else { return suggestion(0, hour: 1) }
        if uses[furthest] < plan[furthest].hours { return suggestion(furthest, hour: uses[furthest] + 1) }
        return furthest + 1 < plan.count ? suggestion(furthest + 1, hour: 1) : nil
    }

    private func suggestion(_ index: Int, hour: Int) -> PlanSuggestion {
        PlanSuggestion(seq: plan[index].seq, topic: plan[index].topic, hours: plan[index].hours, hour: hour, itemCount: plan.count)
    }

    /// The plan topic itself, or it followed by something that is not a letter
    /// or digit (so "Дроби" does not claim "Дробные выражения").
    static func topic(_ topic: String, belongsTo planTopic: String) -> Bool {
        guard topic.hasPrefix(planTopic) else { return false }
        guard let next = topic.dropFirst(planTopic.count).first else { return true }
        return !(next.isLetter || next.isNumber)
    }
}
