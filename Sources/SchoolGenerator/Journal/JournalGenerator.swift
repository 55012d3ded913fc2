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
        absences = TeacherAbsences(teacherCount: model.staff.teachers.count)
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
        let info = SubjectCatalog.all[subject]
        let schoolClass = model.classes[classIndex]
        if random.chance(habits.topicRate) { lesson.topic = planned.topic }
        if schoolClass.isMarked, random.chance(info.homeworkRate * habits.homeworkRate) {
            lesson.homework = HomeworkWriter.homework(info.homework, progress: Double(hour) / Double(max(1, plan.annualHours)), &random)
        }
        let present = writeAttendance(lesson.code, subject: subject, sitting: sitting, teacher: teacher, first: first, day: day)
        if schoolClass.isMarked, info.graded {
            writeMarks(lesson, subject: subject, grade: schoolClass.grade, kind: planned.kind, present: present,
                       sitting: sitting, teacher: teacher, style: style, day: day)
        }
        if random.chance(habits.heldRate) {
            let held = sitting.heldTime(&random)
            if held <= model.asOf { lesson.heldAt = SchoolTime(seconds: held) }
        }
        writeComment(&lesson, subject: info, firstOfPlan: hour == 0, sitting: sitting)
    }

    /// Records the absences (when the teacher takes attendance this time) and
    /// returns the students present, the late ones included.
    private mutating func writeAttendance(_ lessonCode: String, subject: Int, sitting: Sitting, teacher: Int, first: Bool,
                                          day: ClassDay) -> [Int] {
        var present: [Int] = []
        present.reserveCapacity(day.pupils.count)
        let records = random.chance(model.staff.teachers[teacher].habits.attendanceRate)
        for (i, pupil) in day.pupils.enumerated() {
            let code = PupilDays.code(day.statuses[i], pupil: model.body.pupils[pupil], firstLesson: first, &random)
            if let quarter = day.quarter {
                output.tally.addLesson(pupil: pupil, subject: subject, quarter: quarter, missed: code?.isMissed ?? false)
            }
            if code == nil || code == .late { present.append(pupil) }
            guard let code, records else { continue }
            let time = sitting.attendanceTime(&random)
            guard time <= model.asOf else { continue }
            output.attendance.append(Attendance(lessonCode: lessonCode, studentCode: pupilCodes[pupil], code: code,
                                                enteredAt: SchoolTime(seconds: time), enteredBy: teacherLogins[teacher]))
        }
        return present
    }

    private mutating func writeMarks(_ lesson: Lesson, subject: Int, grade: Int, kind: LessonKind, present: [Int],
                                     sitting: Sitting, teacher: Int, style: EntryStyle, day: ClassDay) {
        let info = SubjectCatalog.all[subject]
        let markable = info.code == "pe" ? present.filter { !model.body.pupils[$0].exemptFromPE } : present
        if let workType = kind.wholeClassWorkType {
            let inLesson = kind == .lab && style == .punctual && random.chance(0.5)
            var time = inLesson ? sitting.markTime(&random) : Sitting.checking(style: style, date: day.date, &random)
            if !inLesson, time <= model.asOf { output.sittings[teacher].append(time) }
            for pupil in markable {
                addMark(lesson, pupil: pupil, subject: subject, workType: workType, time: time, teacher: teacher, day: day)
                time += random.int(in: 15...80)
            }
        } else {
            let count = MarkPicker.ordinaryCount(subject: info, teacherRate: model.staff.teachers[teacher].habits.markRate,
                                                 present: markable.count, &random)
            for pupil in picker.choose(count, of: markable, subject: subject, &random) {
                let workType = MarkPicker.ordinaryWorkType(subject: info, grade: grade, &random)
                addMark(lesson, pupil: pupil, subject: subject, workType: workType, time: sitting.markTime(&random),
                        teacher: teacher, day: day)
            }
        }
    }

    private mutating func addMark(_ lesson: Lesson, pupil: Int, subject: Int, workType: String, time: Int, teacher: Int,
                                  day: ClassDay) {
        guard time <= model.asOf else { return }
        let weight = MarkPicker.weight(workType)
        let value = picker.value(pupil: model.body.pupils[pupil], subject: subject, test: weight > 100, &random)
        if let quarter = day.quarter {
            output.tally.addMark(value, weight: weight, pupil: pupil, subject: subject, quarter: quarter)
        }
        let comment = random.chance(0.015) ? LessonTexts.markComment(value: value, &random) : nil
        output.marks.append(Mark(lessonCode: lesson.code, studentCode: pupilCodes[pupil], value: try! MarkValue(value),
                                 workTypeCode: workType, enteredAt: SchoolTime(seconds: time),
                                 enteredBy: teacherLogins[teacher], comment: comment))
    }

    /// The safety briefing at the first lesson of a workshop subject, and a
    /// remark on a few lessons in forty.
    private mutating func writeComment(_ lesson: inout Lesson, subject: SubjectInfo, firstOfPlan: Bool, sitting: Sitting) {
        let text: String?
        if firstOfPlan, LessonTexts.briefingSubjects.contains(subject.code), random.chance(0.8) {
            text = "Проведён инструктаж по технике безопасности"
        } else if random.chance(0.025) {
            text = random.pick(LessonTexts.lessonComments)
        } else {
            text = nil
        }
        guard let text else { return }
        let time = sitting.commentTime(&random)
        guard time <= model.asOf else { return }
        lesson.comment = text
        lesson.commentAt = SchoolTime(seconds: time)
    }
}
