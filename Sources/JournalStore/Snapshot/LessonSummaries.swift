import JournalCore

/// Every lesson's entry summary (the columns `LessonStats` keeps) worked out
/// from a snapshot before it is loaded, so that each lesson row is inserted
/// complete: updating 200,000 lessons after the load rewrote every row and
/// took a quarter of a huge school's import. The rules are JournalCore's
/// `DeadlineRule`s, the ones `LessonStats`' SQL states for single writes; a
/// test holds the two to the same figures.
struct LessonSummaries {
    /// Counts of one kind of entry of one lesson (in-class marks, other marks,
    /// attendance). Small fields: a huge school has 600,000 of these.
    struct Tally {
        var count: Int32 = 0
        var onTimeByNoon: Int32 = 0
        var onTimeByDay: Int32 = 0
        var onTimeByDayEnd: Int32 = 0
        var first = Int.max
        var last = Int.min

        var firstTime: SchoolTime? { count == 0 ? nil : SchoolTime(seconds: first) }
        var lastTime: SchoolTime? { count == 0 ? nil : SchoolTime(seconds: last) }

        fileprivate mutating func add(_ time: SchoolTime, by deadlines: Deadlines) {
            count += 1
            first = min(first, time.seconds)
            last = max(last, time.seconds)
            if time <= deadlines.noon { onTimeByNoon += 1 }
            if time <= deadlines.afterStart { onTimeByDay += 1 }
            if let end = deadlines.afterDayEnd, time <= end { onTimeByDayEnd += 1 }
        }
    }

    struct Summary {
        /// The end of the last lesson, not cancelled, of the lesson's class that
        /// day; nil for a group without a class, or a class-day all cancelled.
        var dayEnd: SchoolTime?
        var inClassMarks = Tally()
        var otherMarks = Tally()
        var attendance = Tally()
    }

    /// A lesson's three built-in deadlines.
    struct Deadlines {
        let noon: SchoolTime
        let afterStart: SchoolTime
        /// Nil when the lesson's class-day has no end: nothing is on time by it.
        let afterDayEnd: SchoolTime?

        init(day: SchoolDate, start: SchoolTime, dayEnd: SchoolTime?) {
            noon = DeadlineRule.nextDayNoon.deadline(day: day, startsAt: start, dayEnd: start)
            afterStart = DeadlineRule.dayAfterStart.deadline(day: day, startsAt: start, dayEnd: start)
            afterDayEnd = dayEnd.map { DeadlineRule.hourAfterDayEnd.deadline(day: day, startsAt: start, dayEnd: $0) }
        }
    }

    /// By the lesson's place in `snapshot.lessons`.
    private(set) var summaries: [Summary]

    /// `times` holds each lesson's start and end, by its place; `placeOfLesson`
    /// finds a lesson's place by its code.
    init(_ snapshot: SchoolSnapshot, times: [(start: SchoolTime, end: SchoolTime)], placeOfLesson: [String: Int]) {
        let dayEnds = Self.dayEnds(snapshot.lessons, times)
        summaries = snapshot.lessons.map { lesson in
            Summary(dayEnd: dayEnds[OwnerDay(lesson)])
        }
        let deadlines = snapshot.lessons.indices.map { place in
            Deadlines(day: snapshot.lessons[place].date, start: times[place].start, dayEnd: summaries[place].dayEnd)
        }
        let inClass = Dictionary(snapshot.workTypes.map { ($0.code, $0.inClass) }, uniquingKeysWith: { first, _ in first })
        for mark in snapshot.marks {
            guard let place = placeOfLesson[mark.lessonCode] else { continue }
            if inClass[mark.workTypeCode] ?? false {
                summaries[place].inClassMarks.add(mark.enteredAt, by: deadlines[place])
            } else {
                summaries[place].otherMarks.add(mark.enteredAt, by: deadlines[place])
            }
        }
        for record in snapshot.attendance {
            guard let place = placeOfLesson[record.lessonCode] else { continue }
            summaries[place].attendance.add(record.enteredAt, by: deadlines[place])
        }
    }

    /// Whose school day a lesson ends: its class's (whole-class and `part`
    /// group lessons), or, for a `mixed` or `extra` group, which has no class,
    /// the group's own (as `LessonStats` sets day_end).
    private struct OwnerDay: Hashable {
        let classCode: String?
        let groupCode: String?
        let date: SchoolDate

        init(_ lesson: Lesson) {
            classCode = lesson.classCode
            groupCode = lesson.classCode == nil ? lesson.groupCode : nil
            date = lesson.date
        }
    }

    private static func dayEnds(_ lessons: [Lesson], _ times: [(start: SchoolTime, end: SchoolTime)]) -> [OwnerDay: SchoolTime] {
        var ends: [OwnerDay: SchoolTime] = [:]
        for (place, lesson) in lessons.enumerated() where !lesson.cancelled {
            let key = OwnerDay(lesson)
            if ends[key].map({ $0 < times[place].end }) ?? true { ends[key] = times[place].end }
        }
        return ends
    }
}
