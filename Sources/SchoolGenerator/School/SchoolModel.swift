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
    /// The mixed and extra groups.
    var groups: [GroupPlan]
    /// The calendar's periods, the first quarter closed once the journal has gone past it.
    var periods: [Period]
    /// The plan of each course, by `Courses` index.
    var plans: [SubjectPlan?]
    var demo: DemoChoice

    static var subjectCount: Int { SubjectCatalog.all.count }

    var courses: Courses { Courses(classCount: classes.count) }

    /// Subjects some class or group studies, in catalog order.
    var subjectsInUse: [Int] {
        let used = Set(classes.flatMap { $0.hours.map(\.subject) } + groups.map(\.subject))
        return SubjectCatalog.all.indices.filter(used.contains)
    }

    /// «7a-eng-1»: group 1 or 2 of a class in a subject taught in two groups;
    /// nil for group 0, the whole class.
    func partGroupCode(classIndex: Int, subject: Int, group: Int) -> String? {
        group == 0 ? nil : "\(classes[classIndex].code)-\(SubjectCatalog.all[subject].code)-\(group)"
    }

    /// Index of the quarter holding the date, or nil in a holiday.
    func quarter(of date: SchoolDate) -> Int? {
        calendar.quarters.firstIndex { $0.contains(date) }
    }
}

/// A course is a stream of lessons with one plan and one place in it: a
/// subject of a whole class, of one of a class's two groups, or a mixed or
/// extra group. Its index keys plans and plan progress.
struct Courses {
    let classCount: Int

    /// `group` 0 for the whole class, 1 or 2 for its halves.
    func index(classIndex: Int, subject: Int, group: Int) -> Int {
        (classIndex * SchoolModel.subjectCount + subject) * 3 + group
    }

    func index(group: Int) -> Int { classCount * SchoolModel.subjectCount * 3 + group }

    func count(groups: Int) -> Int { index(group: groups) }
}

/// The people behind the demo accounts: a homeroom teacher of a middle-school
/// class, one of that class's students and a parent of that student.
struct DemoChoice {
    var classIndex = 0
    var pupil = 0
    var parent = 0
}
