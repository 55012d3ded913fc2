import JournalCore

/// Lessons of 45 minutes from 08:30, with ten-minute breaks and two twenty-minute
/// ones after the second and third lessons (for the canteen).
enum BellSchedule {
    static let lessonMinutes = 45
    static let count = 8

    static let bells: [Bell] = {
        let breaks = [10, 20, 20, 10, 10, 10, 10]
        var start = 8 * 60 + 30
        var result: [Bell] = []
        for number in 1...count {
            result.append(Bell(lessonNumber: number, start: TimeOfDay(minutes: start),
                               end: TimeOfDay(minutes: start + lessonMinutes)))
            if number < count { start += lessonMinutes + breaks[number - 1] }
        }
        return result
    }()

    /// Seconds since midnight when lesson `number` starts.
    static func startSecond(_ number: Int) -> Int { bells[number - 1].start.minutes * 60 }

    static func endSecond(_ number: Int) -> Int { bells[number - 1].end.minutes * 60 }
}
