import JournalCore

/// Turns the model and the generated journal into a `SchoolSnapshot`, with
/// external ids: class codes, student codes, logins, subject codes.
struct SnapshotAssembler {
    let model: SchoolModel
    let logins: Logins

    func snapshot(journal: JournalOutput, finalMarks: [FinalMark], accounts: AccountBook) -> SchoolSnapshot {
        var s = SchoolSnapshot(school: School(name: model.schoolName, timeZoneID: SchoolGenerator.timeZoneID,
                                              academicYear: model.calendar.title))
        s.periods = model.calendar.periods
        s.bells = BellSchedule.bells
        s.subjects = model.subjectsInUse.map { Subject(code: SubjectCatalog.all[$0].code, name: SubjectCatalog.all[$0].name) }
        s.accounts = accounts.accounts
        s.classes = model.classes.map { plan in
            SchoolClass(code: plan.code, name: plan.name, grade: plan.grade, homeroomLogin: logins.teachers[plan.homeroom])
        }
        s.students = model.body.pupils.map { pupil in
            Student(code: pupil.code, fullName: pupil.name.full, login: accounts.pupilLogins[pupil.index])
        }
        s.enrollments = model.body.pupils.map { pupil in
            Enrollment(studentCode: pupil.code, classCode: model.classes[pupil.classIndex].code,
                       from: pupil.enrolledFrom, to: pupil.enrolledTo)
        }
        s.guardians = accounts.guardians
        s.timetable = timetable()
        s.plans = plans()
        s.lessons = journal.lessons
        s.marks = journal.marks
        s.attendance = journal.attendance
        s.finalMarks = finalMarks
        s.signIns = accounts.signIns
        return s
    }

    private func timetable() -> [TimetableEntry] {
        model.classes.flatMap { plan in
            (1...6).flatMap { weekday in
                model.timetable.lessons(classIndex: plan.index, weekday: weekday).map { lesson in
                    let teacher = model.staff.teachers[lesson.cell.teacher]
                    return TimetableEntry(classCode: plan.code, weekday: weekday, lessonNumber: lesson.lesson,
                                          subjectCode: SubjectCatalog.all[lesson.cell.subject].code,
                                          teacherLogin: logins.teachers[teacher.index], room: teacher.room,
                                          validFrom: model.calendar.yearStart, validTo: nil)
                }
            }
        }
    }

    private func plans() -> [PlanItem] {
        model.classes.flatMap { plan in
            plan.hours.flatMap { hours in
                (model.plan(classIndex: plan.index, subject: hours.subject)?.items ?? []).enumerated().map { seq, item in
                    PlanItem(classCode: plan.code, subjectCode: SubjectCatalog.all[hours.subject].code, seq: seq + 1,
                             topic: item.topic, hours: item.hours)
                }
            }
        }
    }
}
