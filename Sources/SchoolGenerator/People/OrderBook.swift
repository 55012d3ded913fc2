import JournalCore

/// The director's orders (приказы) behind the class history: one at the end of
/// August forming the classes, then one for each arrival, departure and
/// transfer, numbered on through the year as a school's order book is. A stay
/// carries the latest order that set its dates: the forming order, the order
/// that brought the student, or the one that moved them on.
enum OrderBook {
    private enum Event {
        case arrival, departure, transfer
    }

    static func write(_ body: inout StudentBody, yearStart: SchoolDate, _ random: inout SeededRandom) {
        let forming = weekdayOnOrBefore(yearStart.adding(days: -1))
        var number = random.int(in: 90...140)
        let formingText = text(number, forming)
        var events: [(date: SchoolDate, pupil: Int, event: Event)] = []
        for pupil in body.pupils {
            if pupil.enrolledFrom > yearStart {
                events.append((weekdayOnOrBefore(pupil.enrolledFrom.adding(days: -random.int(in: 0...2))), pupil.index, .arrival))
            }
            for stay in pupil.stays.dropFirst() {
                events.append((weekdayOnOrBefore(stay.from.adding(days: -random.int(in: 0...2))), pupil.index, .transfer))
            }
            if let last = pupil.enrolledTo {
                events.append((weekdayOnOrBefore(last.adding(days: -random.int(in: 0...1))), pupil.index, .departure))
            }
        }
        events.sort { ($0.date, $0.pupil) < ($1.date, $1.pupil) }
        for index in body.pupils.indices {
            for stay in body.pupils[index].stays.indices where body.pupils[index].stays[stay].from == yearStart {
                body.pupils[index].stays[stay].order = formingText
            }
        }
        var previous = forming
        var transfers: [Int: Int] = [:]
        for (date, pupil, event) in events {
            number += 1 + random.below(3) + (date.dayNumber - previous.dayNumber) / 5
            previous = date
            let order = text(number, date)
            let stays = body.pupils[pupil].stays.count
            switch event {
            case .arrival:
                body.pupils[pupil].stays[0].order = order
            case .departure:
                body.pupils[pupil].stays[stays - 1].order = order
            case .transfer:
                let next = transfers[pupil, default: 1]
                transfers[pupil] = next + 1
                body.pupils[pupil].stays[next - 1].order = order
                body.pupils[pupil].stays[next].order = order
            }
        }
    }

    /// «№ 57 от 14.10.2026»
    static func text(_ number: Int, _ date: SchoolDate) -> String {
        "№ \(number) от \(date.russian)"
    }

    private static func weekdayOnOrBefore(_ date: SchoolDate) -> SchoolDate {
        date.weekday <= 5 ? date : date.adding(days: 5 - date.weekday)
    }
}
