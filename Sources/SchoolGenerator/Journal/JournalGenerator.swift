import JournalCore

/// Writes the journal day by day: the timetable's lessons on every school day of
/// the range, each taught by its teacher or a substitute (or cancelled), its
/// topic from the plan, homework, attendance, marks, the "held" mark and a
/// comment now and then, all timed by the teacher's habit. Only students enrolled
/// on the day get entries, and nothing is entered after `asOf`.
struct JournalGenerator {
    private let model: SchoolModel
    private let pupilCodes: [String]
    private let teacherLogins: [String]
    private var random: SeededRandom
    private var pupilDays: PupilDays
    private var absences: TeacherAbsences
    private var picker: MarkPicker
    /// Next plan hour per class and subject.
    private var planHour: [Int]
    private var output: JournalOutput
    private var nextLessonCode = 1

    init(model: SchoolModel, pupilCodes: [String], teacherLogins: [String]) {
        self.model = model
        self.pupilCodes = pupilCodes
        self.teacherLogins = teacherLogins
        random = SeededRandom(seed: model.seed, stream: "journal")
        pupilDays = PupilDays(pupilCount: model.body.pupils.count)
        let demoPeople = Set(model.staff.teachers.filter(\.isDeputy).map(\.index) + [model.classes[model.demo.classIndex].homeroom])
        absences = TeacherAbsences(teacherCount: model.staff.teachers.count, neverIll: demoPeople)
        picker = MarkPicker(pupilCount: model.body.pupils.count, seed: model.seed)
        planHour = Array(repeating: 0, count: model.classes.count * SchoolModel.subjectCount)
        output = JournalOutput(teacherCount: model.staff.teachers.count, pupilCount: model.body.pupils.count)
    }

    mutating func run() -> JournalOutput {
        skipPlanHoursBeforeRange()
        let range = model.range
        guard range.first <= range.last else { return output }
        for dayNumber in range.first.dayNumber...range.last.dayNumber {
            let date = SchoolDate(dayNumber: dayNumber)
            guard model.calendar.isSchoolDay(date, saturday: true) else { continue }
            absences.begin(date, &random)
            for classIndex in model.classes.indices where model.calendar.isSchoolDay(date, saturday: model.classes[classIndex].sixDays) {
                writeClassDay(classIndex, date)
            }
        }
        return output
    }

    /// A range starting after 1 September continues the plans where the lessons
    /// before it would have left them.
    private mutating func skipPlanHoursBeforeRange() {
        var date = model.calendar.yearStart
        while date < model.range.first {
            for plan in model.classes where model.calendar.isSchoolDay(date, saturday: plan.sixDays) {
                for (_, cell) in model.timetable.lessons(classIndex: plan.index, weekday: date.weekday) {
                    planHour[plan.index * SchoolModel.subjectCount + cell.subject] += 1
                }
            }
            date = date.adding(days: 1)
        }
    }

    /// The students of a class on a day, with whether each is at school.
    private struct ClassDay {
        let date: SchoolDate
        let week: Int
        let quarter: Int?
        var pupils: [Int] = []
        var statuses: [PupilDays.Status] = []
    }

    private mutating func writeClassDay(_ classIndex: Int, _ date: SchoolDate) {
        let lessons = model.timetable.lessons(classIndex: classIndex, weekday: date.weekday)
        guard !lessons.isEmpty else { return }
        var day = ClassDay(date: date, week: date.weekIndex - model.range.first.weekIndex, quarter: model.quarter(of: date))
        for pupil in model.classes[classIndex].pupils where model.body.pupils[pupil].isEnrolled(on: date) {
            day.pupils.append(pupil)
            day.statuses.append(pupilDays.status(of: model.body.pupils[pupil], on: date, &random))
        }
        for (position, lesson) in lessons.enumerated() {
            writeLesson(classIndex: classIndex, number: lesson.lesson, cell: lesson.cell, first: position == 0, day: day)
        }
    }

    private mutating func writeLesson(classIndex: Int, number: Int, cell: WeeklyTimetable.Cell, first: Bool, day: ClassDay) {
        var teacher = cell.teacher
        var cancelled = false
        if absences.isAbsent(teacher) {
            if let substitute = absences.substitute(for: teacher, weekday: day.date.weekday, lesson: number,
                                                    staff: model.staff, timetable: model.timetable, &random) {
                teacher = substitute
            } else {
                cancelled = true
            }
        }
        var lesson = Lesson(code: String(nextLessonCode), classCode: model.classes[classIndex].code,
                            subjectCode: SubjectCatalog.all[cell.subject].code, teacherLogin: teacherLogins[teacher],
                            date: day.date, lessonNumber: number, cancelled: cancelled)
        nextLessonCode += 1
        if !cancelled {
            fill(&lesson, classIndex: classIndex, subject: cell.subject, teacher: teacher, first: first, day: day)
        }
        output.lessons.append(lesson)
    }

    /// One lesson being written: where it is in the plan and how its teacher sat
    /// down to fill it in.
    private struct Taught {
        let classIndex: Int
        let subject: Int
        let teacher: Int
        let first: Bool
        let day: ClassDay
        let planHour: Int
        let planned: (topic: String, kind: LessonKind)
        let annualHours: Int
        let style: EntryStyle
        let sitting: Sitting

        var info: SubjectInfo { SubjectCatalog.all[subject] }
    }

    private mutating func fill(_ lesson: inout Lesson, classIndex: Int, subject: Int, teacher: Int, first: Bool, day: ClassDay) {
        let planKey = classIndex * SchoolModel.subjectCount + subject
        let hour = planHour[planKey]
        planHour[planKey] += 1
        let plan = model.plans[planKey]!
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
                                   lastLesson: model.timetable.lastLesson(teacher: teacher, weekday: day.date.weekday), &random)
        guard sitting.start <= model.asOf, !random.chance(habits.forgetRate) else { return }
        output.sittings[teacher].append(sitting.start)
        let taught = Taught(classIndex: classIndex, subject: subject, teacher: teacher, first: first, day: day, planHour: hour,
                            planned: planned, annualHours: plan.annualHours, style: style, sitting: sitting)
        writeTopicAndHomework(&lesson, taught, habits: habits)
        let present = writeAttendance(lesson.code, taught)
        if model.classes[classIndex].isMarked, taught.info.graded { writeMarks(lesson, taught, present: present) }
        if random.chance(habits.heldRate) {
            let held = sitting.heldTime(&random)
            if held <= model.asOf { lesson.heldAt = SchoolTime(seconds: held) }
        }
        writeComment(&lesson, taught)
    }

    private mutating func writeTopicAndHomework(_ lesson: inout Lesson, _ taught: Taught, habits: TeacherHabits) {
        if random.chance(habits.topicRate) { lesson.topic = taught.planned.topic }
        guard model.classes[taught.classIndex].isMarked, random.chance(taught.info.homeworkRate * habits.homeworkRate) else { return }
        let progress = Double(taught.planHour) / Double(max(1, taught.annualHours))
        lesson.homework = HomeworkWriter.homework(taught.info.homework, progress: progress, &random)
    }

    /// Records the absences (when the teacher takes attendance this time) and
    /// returns the students present, the late ones included.
    private mutating func writeAttendance(_ lessonCode: String, _ taught: Taught) -> [Int] {
        let day = taught.day
        var present: [Int] = []
        present.reserveCapacity(day.pupils.count)
        let records = random.chance(model.staff.teachers[taught.teacher].habits.attendanceRate)
        for (i, pupil) in day.pupils.enumerated() {
            let code = PupilDays.code(day.statuses[i], pupil: model.body.pupils[pupil], firstLesson: taught.first, &random)
            if let quarter = day.quarter {
                output.tally.addLesson(pupil: pupil, subject: taught.subject, quarter: quarter, missed: code?.isMissed ?? false)
            }
            if code == nil || code == .late { present.append(pupil) }
            guard let code, records else { continue }
            let time = taught.sitting.attendanceTime(&random)
            guard time <= model.asOf else { continue }
            output.attendance.append(Attendance(lessonCode: lessonCode, studentCode: pupilCodes[pupil], code: code,
                                                enteredAt: SchoolTime(seconds: time), enteredBy: teacherLogins[taught.teacher]))
        }
        return present
    }

    /// A test, dictation or lab: every present student gets a mark, entered when
    /// the papers are checked; an ordinary lesson: a few students, in the sitting.
    private mutating func writeMarks(_ lesson: Lesson, _ taught: Taught, present: [Int]) {
        let info = taught.info
        let markable = info.code == "pe" ? present.filter { !model.body.pupils[$0].exemptFromPE } : present
        if let workType = taught.planned.kind.wholeClassWorkType {
            let inLesson = taught.planned.kind == .lab && taught.style == .punctual && random.chance(0.5)
            var time = inLesson ? taught.sitting.markTime(&random)
                : Sitting.checking(style: taught.style, date: taught.day.date, &random)
            if !inLesson, time <= model.asOf { output.sittings[taught.teacher].append(time) }
            for pupil in markable {
                addMark(lesson.code, pupil: pupil, workType: workType, time: time, taught)
                time += random.int(in: 15...80)
            }
        } else {
            let rate = model.staff.teachers[taught.teacher].habits.markRate
            let count = MarkPicker.ordinaryCount(subject: info, teacherRate: rate, present: markable.count, &random)
            let grade = model.classes[taught.classIndex].grade
            for pupil in picker.choose(count, of: markable, subject: taught.subject, &random) {
                let workType = MarkPicker.ordinaryWorkType(subject: info, grade: grade, &random)
                addMark(lesson.code, pupil: pupil, workType: workType, time: taught.sitting.markTime(&random), taught)
            }
        }
    }

    private mutating func addMark(_ lessonCode: String, pupil: Int, workType: String, time: Int, _ taught: Taught) {
        guard time <= model.asOf else { return }
        let weight = MarkPicker.weight(workType)
        let value = picker.value(pupil: model.body.pupils[pupil], subject: taught.subject, test: weight > 100, &random)
        if let quarter = taught.day.quarter {
            output.tally.addMark(value, weight: weight, pupil: pupil, subject: taught.subject, quarter: quarter)
        }
        let comment = random.chance(0.015) ? LessonTexts.markComment(value: value, &random) : nil
        output.marks.append(Mark(lessonCode: lessonCode, studentCode: pupilCodes[pupil], value: try! MarkValue(value),
                                 workTypeCode: workType, enteredAt: SchoolTime(seconds: time),
                                 enteredBy: teacherLogins[taught.teacher], comment: comment))
    }

    /// The safety briefing at the first lesson of a workshop subject, and a
    /// remark on a few lessons in forty.
    private mutating func writeComment(_ lesson: inout Lesson, _ taught: Taught) {
        let text: String?
        if taught.planHour == 0, LessonTexts.briefingSubjects.contains(taught.info.code), random.chance(0.8) {
            text = "Проведён инструктаж по технике безопасности"
        } else if random.chance(0.025) {
            text = random.pick(LessonTexts.lessonComments)
        } else {
            text = nil
        }
        guard let text else { return }
        let time = taught.sitting.commentTime(&random)
        guard time <= model.asOf else { return }
        lesson.comment = text
        lesson.commentAt = SchoolTime(seconds: time)
    }
}
