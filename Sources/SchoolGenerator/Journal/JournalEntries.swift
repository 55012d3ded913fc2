import JournalCore

/// What a teacher enters for a lesson in one sitting: topic and homework,
/// attendance, marks, the "held" mark and now and then a comment.
extension JournalGenerator {
    mutating func writeEntries(_ lesson: inout Lesson, _ taught: Taught, habits: TeacherHabits) {
        writeTopicAndHomework(&lesson, taught, habits: habits)
        let present = writeAttendance(lesson.code, taught)
        if taught.scheduled.marked { writeMarks(lesson, taught, present: present) }
        if random.chance(habits.heldRate) {
            let held = taught.sitting.heldTime(&random)
            if held <= model.asOf { lesson.heldAt = SchoolTime(seconds: held) }
        }
        writeComment(&lesson, taught)
    }

    private mutating func writeTopicAndHomework(_ lesson: inout Lesson, _ taught: Taught, habits: TeacherHabits) {
        if random.chance(habits.topicRate) { lesson.topic = taught.planned.topic }
        guard taught.scheduled.homework, random.chance(taught.info.homeworkRate * habits.homeworkRate) else { return }
        let progress = Double(taught.planHour) / Double(max(1, taught.annualHours))
        lesson.homework = HomeworkWriter.homework(taught.info.homework, progress: progress, &random)
    }

    /// Records the absences (when the teacher takes attendance this time) and
    /// returns the students present, the late ones included.
    private mutating func writeAttendance(_ lessonCode: String, _ taught: Taught) -> [Int] {
        let audience = taught.audience
        var present: [Int] = []
        present.reserveCapacity(audience.pupils.count)
        let records = random.chance(model.staff.teachers[taught.teacher].habits.attendanceRate)
        for (i, pupil) in audience.pupils.enumerated() {
            let code = PupilDays.code(audience.statuses[i], pupil: model.body.pupils[pupil], firstLesson: taught.scheduled.first,
                                      &random)
            if let quarter = taught.day.quarter {
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
            for pupil in picker.choose(count, of: markable, subject: taught.subject, &random) {
                let workType = MarkPicker.ordinaryWorkType(subject: info, grade: taught.scheduled.grade, &random)
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
