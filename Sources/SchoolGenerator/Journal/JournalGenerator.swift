import JournalCore

/// Writes the journal day by day: the timetable's lessons on every school day of
/// the range (a moved working Saturday follows the weekday it names), each
/// taught by its teacher or a substitute (or cancelled), its topic from the
/// plan, homework, attendance, marks, the "held" mark and a comment now and
/// then, all timed by the teacher's habit. A lesson's students are those of its
/// class, of its half of the class or of its group on the day, and nothing is
/// entered after `asOf`.
struct JournalGenerator {
    let model: SchoolModel
    let courses: Courses
    let pupilCodes: [String]
    let teacherLogins: [String]
    private let classCodes: [String]
    /// The group code of each course taught in groups.
    private let groupCodes: [String?]
    var random: SeededRandom
    private var pupilDays: PupilDays
    /// Each student's state on the day, from when their class's day is written
    /// (the groups meet after the classes' lessons).
    private var todayStatus: [PupilDays.Status]
    private var statusDay: [Int]
    private var absences: TeacherAbsences
    var picker: MarkPicker
    /// Next plan hour per course.
    private var planHour: [Int]
    var output: JournalOutput
    private var nextLessonCode = 1

    init(model: SchoolModel, pupilCodes: [String], teacherLogins: [String]) {
        self.model = model
        courses = model.courses
        self.pupilCodes = pupilCodes
        self.teacherLogins = teacherLogins
        classCodes = model.classes.map(\.code)
        groupCodes = Self.groupCodes(model)
        random = SeededRandom(seed: model.seed, stream: "journal")
        pupilDays = PupilDays(pupilCount: model.body.pupils.count)
        todayStatus = Array(repeating: .present, count: model.body.pupils.count)
        statusDay = Array(repeating: Int.min, count: model.body.pupils.count)
        let demoPeople = Set(model.staff.teachers.filter(\.isDeputy).map(\.index) + [model.classes[model.demo.classIndex].homeroom])
        absences = TeacherAbsences(teacherCount: model.staff.teachers.count, neverIll: demoPeople)
        picker = MarkPicker(pupilCount: model.body.pupils.count, seed: model.seed)
        planHour = Array(repeating: 0, count: courses.count(groups: model.groups.count))
        output = JournalOutput(teacherCount: model.staff.teachers.count, pupilCount: model.body.pupils.count)
    }

    private static func groupCodes(_ model: SchoolModel) -> [String?] {
        let courses = model.courses
        var codes = [String?](repeating: nil, count: courses.count(groups: model.groups.count))
        for plan in model.classes {
            for hours in plan.hours {
                for group in hours.groups {
                    codes[courses.index(classIndex: plan.index, subject: hours.subject, group: group)] =
                        model.partGroupCode(classIndex: plan.index, subject: hours.subject, group: group)
                }
            }
        }
        for group in model.groups { codes[courses.index(group: group.index)] = group.code }
        return codes
    }

    mutating func run() -> JournalOutput {
        skipPlanHoursBeforeRange()
        let range = model.range
        guard range.first <= range.last else { return output }
        for dayNumber in range.first.dayNumber...range.last.dayNumber {
            let date = SchoolDate(dayNumber: dayNumber)
            guard model.calendar.isSchoolDay(date, saturday: true) else { continue }
            absences.begin(date, &random)
            for classIndex in model.classes.indices {
                guard let weekday = model.calendar.timetableWeekday(of: date, saturday: model.classes[classIndex].sixDays) else {
                    continue
                }
                writeClassDay(classIndex, day(date, weekday: weekday))
            }
            if let weekday = model.calendar.timetableWeekday(of: date, saturday: false) {
                writeGroupDay(day(date, weekday: weekday))
            }
        }
        return output
    }

    private func day(_ date: SchoolDate, weekday: Int) -> Day {
        Day(date: date, weekday: weekday, week: date.weekIndex - model.range.first.weekIndex, quarter: model.quarter(of: date))
    }

    /// A range starting after 1 September continues the plans where the lessons
    /// before it would have left them.
    private mutating func skipPlanHoursBeforeRange() {
        var date = model.calendar.yearStart
        while date < model.range.first {
            for plan in model.classes {
                guard let weekday = model.calendar.timetableWeekday(of: date, saturday: plan.sixDays) else { continue }
                for (_, cell) in model.timetable.lessons(classIndex: plan.index, weekday: weekday) {
                    for group in cell.groups {
                        planHour[courses.index(classIndex: plan.index, subject: cell.subject, group: group)] += 1
                    }
                }
            }
            if let weekday = model.calendar.timetableWeekday(of: date, saturday: false) {
                for lesson in model.timetable.groupLessons(weekday: weekday) { planHour[courses.index(group: lesson.group)] += 1 }
            }
            date = date.adding(days: 1)
        }
    }

    private mutating func writeClassDay(_ classIndex: Int, _ day: Day) {
        let lessons = model.timetable.lessons(classIndex: classIndex, weekday: day.weekday)
        guard !lessons.isEmpty else { return }
        let plan = model.classes[classIndex]
        var whole = Audience(), halves = [Audience(), Audience()]
        for pupil in plan.pupils {
            guard let stay = model.body.pupils[pupil].stay(on: day.date), stay.classIndex == classIndex else { continue }
            let status = pupilDays.status(of: model.body.pupils[pupil], on: day.date, &random)
            todayStatus[pupil] = status
            statusDay[pupil] = day.date.dayNumber
            whole.add(pupil, status)
            halves[stay.group - 1].add(pupil, status)
        }
        for (position, lesson) in lessons.enumerated() {
            let cell = lesson.cell
            let marked = plan.isMarked && SubjectCatalog.all[cell.subject].graded
            for group in cell.groups {
                let scheduled = ScheduledLesson(course: courses.index(classIndex: classIndex, subject: cell.subject, group: group),
                                                classIndex: classIndex, subject: cell.subject,
                                                teacher: group == 2 ? cell.partner : cell.teacher, number: lesson.lesson,
                                                first: position == 0, marked: marked, homework: plan.isMarked, grade: plan.grade)
                writeLesson(scheduled, audience: group == 0 ? whole : halves[group - 1], day)
            }
        }
    }

    /// The electives and clubs of the day, for their members at school that day.
    private mutating func writeGroupDay(_ day: Day) {
        for lesson in model.timetable.groupLessons(weekday: day.weekday) {
            let group = model.groups[lesson.group]
            var audience = Audience()
            for member in group.members where member.contains(day.date) && statusDay[member.pupil] == day.date.dayNumber {
                audience.add(member.pupil, todayStatus[member.pupil])
            }
            let scheduled = ScheduledLesson(course: courses.index(group: group.index), classIndex: nil, subject: group.subject,
                                            teacher: lesson.teacher, number: lesson.lesson, first: false,
                                            marked: group.grading == .marks && group.info.graded,
                                            homework: group.grading == .marks, grade: group.grade)
            writeLesson(scheduled, audience: audience, day)
        }
    }

    /// The lesson as it went: taught by its teacher, by a substitute (who is
    /// recorded as replacing them), or cancelled with the reason.
    private mutating func writeLesson(_ scheduled: ScheduledLesson, audience: Audience, _ day: Day) {
        var teacher = scheduled.teacher
        var cancelReason: String?
        if absences.isAbsent(teacher) {
            if let substitute = absences.substitute(for: teacher, weekday: day.weekday, lesson: scheduled.number,
                                                    staff: model.staff, timetable: model.timetable, &random) {
                teacher = substitute
            } else {
                cancelReason = absences.reason(teacher)
            }
        }
        var lesson = Lesson(code: String(nextLessonCode), classCode: scheduled.classIndex.map { classCodes[$0] },
                            groupCode: groupCodes[scheduled.course], subjectCode: SubjectCatalog.all[scheduled.subject].code,
                            teacherLogin: teacherLogins[teacher],
                            substituteFor: teacher == scheduled.teacher ? nil : teacherLogins[scheduled.teacher],
                            date: day.date, lessonNumber: scheduled.number, cancelled: cancelReason != nil,
                            cancelReason: cancelReason)
        nextLessonCode += 1
        if cancelReason == nil {
            fill(&lesson, scheduled, teacher: teacher, audience: audience, day: day)
        }
        output.lessons.append(lesson)
    }

    private mutating func fill(_ lesson: inout Lesson, _ scheduled: ScheduledLesson, teacher: Int, audience: Audience, day: Day) {
        let hour = planHour[scheduled.course]
        planHour[scheduled.course] += 1
        let plan = model.plans[scheduled.course]!
        let planned = plan.lesson(atHour: hour)
        let lessonStart = day.date.dayNumber * 86_400 + BellSchedule.startSecond(lesson.lessonNumber)
        guard lessonStart <= model.asOf else {
            // Teachers fill the coming lessons' topics from the plan ahead of time.
            if random.chance(0.3) { lesson.topic = planned.topic }
            return
        }
        let habits = model.staff.teachers[teacher].habits
        let style = habits.style(atWeek: day.week)
        let sitting = Sitting.make(style: style, date: day.date, lesson: lesson.lessonNumber,
                                   lastLesson: model.timetable.lastLesson(teacher: teacher, weekday: day.weekday), &random)
        guard sitting.start <= model.asOf, !random.chance(habits.forgetRate) else { return }
        output.sittings[teacher].append(sitting.start)
        let taught = Taught(scheduled: scheduled, teacher: teacher, audience: audience, day: day, planHour: hour,
                            planned: planned, annualHours: plan.annualHours, style: style, sitting: sitting)
        writeEntries(&lesson, taught, habits: habits)
    }
}

/// A school day as the journal sees it.
struct Day {
    let date: SchoolDate
    /// Whose timetable the day follows.
    let weekday: Int
    /// Weeks since the first generated one.
    let week: Int
    let quarter: Int?
}

/// The students a lesson is for on its day, with whether each is at school.
struct Audience {
    var pupils: [Int] = []
    var statuses: [PupilDays.Status] = []

    mutating func add(_ pupil: Int, _ status: PupilDays.Status) {
        pupils.append(pupil)
        statuses.append(status)
    }
}

/// A lesson the timetable has on a day, before anyone teaches it.
struct ScheduledLesson {
    let course: Int
    /// The class of a whole-class or half-class lesson; nil for a mixed or extra group.
    let classIndex: Int?
    let subject: Int
    /// The scheduled teacher.
    let teacher: Int
    let number: Int
    /// The class's first lesson of the day (late arrivals show there).
    let first: Bool
    /// Marks 1–5 are given.
    let marked: Bool
    let homework: Bool
    let grade: Int
}

/// One lesson being written: where it is in the plan and how its teacher sat
/// down to fill it in.
struct Taught {
    let scheduled: ScheduledLesson
    /// Who teaches it: the scheduled teacher or a substitute.
    let teacher: Int
    let audience: Audience
    let day: Day
    let planHour: Int
    let planned: (topic: String, kind: LessonKind)
    let annualHours: Int
    let style: EntryStyle
    let sitting: Sitting

    var subject: Int { scheduled.subject }
    var info: SubjectInfo { SubjectCatalog.all[scheduled.subject] }
}
