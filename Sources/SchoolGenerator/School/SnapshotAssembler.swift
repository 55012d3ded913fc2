import JournalCore

/// Turns the model and the generated journal into a `SchoolSnapshot`, with
/// external ids: class codes, student codes, logins, subject codes, group codes.
struct SnapshotAssembler {
    let model: SchoolModel
    let logins: Logins

    func snapshot(journal: JournalOutput, finalMarks: [FinalMark], accounts: AccountBook) -> SchoolSnapshot {
        var s = SchoolSnapshot(school: School(name: model.schoolName, timeZoneID: SchoolGenerator.timeZoneID,
                                              academicYear: model.calendar.title))
        s.periods = model.periods
        s.bells = BellSchedule.bells
        s.calendar = model.calendar.days
        s.subjects = model.subjectsInUse.map { Subject(code: SubjectCatalog.all[$0].code, name: SubjectCatalog.all[$0].name) }
        s.accounts = accounts.accounts
        s.classes = model.classes.map { plan in
            SchoolClass(code: plan.code, name: plan.name, grade: plan.grade, homeroomLogin: logins.teachers[plan.homeroom])
        }
        s.students = model.body.pupils.map { pupil in
            Student(code: pupil.code, fullName: pupil.name.full, login: accounts.pupilLogins[pupil.index])
        }
        s.enrollments = model.body.pupils.flatMap { pupil in
            pupil.stays.map { stay in
                Enrollment(studentCode: pupil.code, classCode: model.classes[stay.classIndex].code, from: stay.from, to: stay.to,
                           order: stay.order)
            }
        }
        let groups = GroupsAssembler(model: model)
        s.groups = groups.groups
        s.groupMembers = groups.memberships
        s.guardians = accounts.guardians
        s.timetable = timetable()
        s.plans = plans()
        s.curriculum = curriculum()
        s.lessons = journal.lessons
        s.marks = journal.marks
        s.attendance = journal.attendance
        s.finalMarks = finalMarks
        s.signIns = accounts.signIns
        return s
    }

    /// A subject taught in two groups has a row for each group, with its own teacher and room.
    private func timetable() -> [TimetableEntry] {
        let classRows = model.classes.flatMap { plan in
            (1...6).flatMap { weekday in
                model.timetable.lessons(classIndex: plan.index, weekday: weekday).flatMap { lesson in
                    let cell = lesson.cell
                    return cell.groups.map { group in
                        entry(classCode: plan.code,
                              groupCode: model.partGroupCode(classIndex: plan.index, subject: cell.subject, group: group),
                              weekday: weekday, lesson: lesson.lesson, subject: cell.subject,
                              teacher: group == 2 ? cell.partner : cell.teacher)
                    }
                }
            }
        }
        let groupRows = model.timetable.groupLessons.map { lesson in
            entry(classCode: nil, groupCode: model.groups[lesson.group].code, weekday: lesson.weekday, lesson: lesson.lesson,
                  subject: model.groups[lesson.group].subject, teacher: lesson.teacher)
        }
        return classRows + groupRows
    }

    private func entry(classCode: String?, groupCode: String?, weekday: Int, lesson: Int, subject: Int, teacher: Int) -> TimetableEntry {
        TimetableEntry(classCode: classCode, groupCode: groupCode, weekday: weekday, lessonNumber: lesson,
                       subjectCode: SubjectCatalog.all[subject].code, teacherLogin: logins.teachers[teacher],
                       room: model.staff.teachers[teacher].room, validFrom: model.calendar.yearStart, validTo: nil)
    }

    private func plans() -> [PlanItem] {
        let courses = model.courses
        let classPlans = model.classes.flatMap { plan in
            plan.hours.flatMap { hours in
                hours.groups.flatMap { group in
                    planItems(model.plans[courses.index(classIndex: plan.index, subject: hours.subject, group: group)],
                              classCode: plan.code,
                              groupCode: model.partGroupCode(classIndex: plan.index, subject: hours.subject, group: group),
                              subject: hours.subject)
                }
            }
        }
        let groupPlans = model.groups.flatMap { group in
            planItems(model.plans[courses.index(group: group.index)], classCode: nil, groupCode: group.code, subject: group.subject)
        }
        return classPlans + groupPlans
    }

    private func planItems(_ plan: SubjectPlan?, classCode: String?, groupCode: String?, subject: Int) -> [PlanItem] {
        (plan?.items ?? []).enumerated().map { seq, item in
            PlanItem(classCode: classCode, groupCode: groupCode, subjectCode: SubjectCatalog.all[subject].code, seq: seq + 1,
                     topic: item.topic, hours: item.hours)
        }
    }

    /// The curriculum the timetable was built from: a class's hours of each
    /// subject, each of its two groups' hours of a subject taught in groups,
    /// and each elective's and club's hours.
    private func curriculum() -> [CurriculumRow] {
        let classRows = model.classes.flatMap { plan in
            plan.hours.flatMap { hours in
                hours.groups.map { group in
                    CurriculumRow(classCode: plan.code,
                                  groupCode: model.partGroupCode(classIndex: plan.index, subject: hours.subject, group: group),
                                  subjectCode: SubjectCatalog.all[hours.subject].code, hours: WeeklyHours(hundredths: hours.perWeek * 100))
                }
            }
        }
        let groupRows = model.groups.map { group in
            CurriculumRow(classCode: nil, groupCode: group.code, subjectCode: group.info.code,
                          hours: WeeklyHours(hundredths: GroupPlan.perWeek * 100))
        }
        return classRows + groupRows
    }
}
