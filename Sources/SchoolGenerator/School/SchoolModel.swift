import JournalCore

/// Everything planned about the school before the journal is written, with
/// people and subjects referred to by index.
struct SchoolModel {
    let size: SchoolSize
    let seed: UInt64
    let calendar: AcademicCalendar
    let range: DateRange
    /// Nothing is entered after this moment; `Int.max` when the whole range is past.
    let asOf: Int
    let schoolName: String
    let admin: PersonName
    let secretary: PersonName
    var classes: [ClassPlan]
    var staff: Staff
    var body: StudentBody
    var timetable: WeeklyTimetable
    /// `plans[class * subjects + subject]`
    var plans: [SubjectPlan?]
    var demo: DemoChoice

    static var subjectCount: Int { SubjectCatalog.all.count }

    func plan(classIndex: Int, subject: Int) -> SubjectPlan? { plans[classIndex * Self.subjectCount + subject] }

    /// Subjects some class studies, in catalog order.
    var subjectsInUse: [Int] {
        let used = Set(classes.flatMap { $0.hours.map(\.subject) })
        return SubjectCatalog.all.indices.filter(used.contains)
    }

    /// Index of the quarter holding the date, or nil in a holiday.
    func quarter(of date: SchoolDate) -> Int? {
        calendar.quarters.firstIndex { $0.contains(date) }
    }
}

/// The people behind the demo accounts: a homeroom teacher of a middle-school
/// class, one of that class's students and a parent of that student.
struct DemoChoice {
    var classIndex = 0
    var pupil = 0
    var parent = 0
}
