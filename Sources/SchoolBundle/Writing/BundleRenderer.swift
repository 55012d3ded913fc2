import JournalCore

/// Turns a snapshot into the bytes of each file of the bundle, format 2.
struct BundleRenderer {
    let order: ExportOrder
    let excel: Bool

    func render(_ file: BundleFile) -> [UInt8] {
        var out = CSVOutput(header: file.columnNames, excel: excel)
        switch file {
        case .school: writeSchool(&out)
        case .periods: writePeriods(&out)
        case .bells: writeBells(order.bells, &out)
        case .shortBells: writeBells(order.shortBells, &out)
        case .subjects: writeSubjects(&out)
        case .workTypes: writeWorkTypes(&out)
        case .users: writeUsers(&out)
        case .classes: writeClasses(&out)
        case .students: writeStudents(&out)
        case .enrollments: writeEnrollments(&out)
        case .groups: writeGroups(&out)
        case .groupGrading: writeGroupGrading(&out)
        case .groupMembers: writeGroupMembers(&out)
        case .guardians: writeGuardians(&out)
        case .calendar: writeCalendar(&out)
        case .schedule: writeSchedule(&out)
        case .plans: writePlans(&out)
        case .curriculum: writeCurriculum(&out)
        case .lessons: writeLessons(&out)
        case .marks: writeMarks(&out)
        case .attendance: writeAttendance(&out)
        case .finalMarks: writeFinalMarks(&out)
        case .logins: writeLogins(&out)
        case .attendanceNotes: writeAttendanceNotes(&out)
        case .homeworkDue: writeHomeworkDue(&out)
        case .contacts: writeContacts(&out)
        case .classEvents: writeClassEvents(&out)
        case .parentNotices: writeParentNotices(&out)
        case .threads: writeThreads(&out)
        case .messages: writeMessages(&out)
        case .messageReads: writeReads(order.messageReads, &out)
        case .announcements: writeAnnouncements(&out)
        case .announcementReads: writeReads(order.announcementReads, &out)
        }
        return out.bytes
    }

    // Each writer puts the fields in the order of its `…Column` enumeration,
    // which is the header's order; the round-trip tests hold them to it.

    private func writeSchool(_ out: inout CSVOutput) {
        let school = order.snapshot.school
        out.text(school.name)
        out.text(school.timeZoneID)
        out.text(school.academicYear)
        out.number(BundleFormat.newest.rawValue)
        out.endRow()
    }

    private func writePeriods(_ out: inout CSVOutput) {
        for p in order.periods {
            out.text(p.code)
            out.text(p.name)
            out.text(p.kind.rawValue)
            out.date(p.start)
            out.date(p.end)
            out.flag(p.locked)
            out.endRow()
        }
    }

    private func writeBells(_ bells: [Bell], _ out: inout CSVOutput) {
        for b in bells {
            out.number(b.lessonNumber)
            out.time(b.start)
            out.time(b.end)
            out.endRow()
        }
    }

    private func writeSubjects(_ out: inout CSVOutput) {
        for s in order.subjects {
            out.text(s.code)
            out.text(s.name)
            out.endRow()
        }
    }

    private func writeWorkTypes(_ out: inout CSVOutput) {
        for w in order.workTypes {
            out.text(w.code)
            out.text(w.name)
            out.text(w.weight.text)
            out.flag(w.inClass)
            out.endRow()
        }
    }

    private func writeUsers(_ out: inout CSVOutput) {
        for a in order.accounts {
            out.text(a.login)
            out.text(a.fullName)
            out.text(Role.listText(a.roles))
            out.timestamp(a.createdAt)
            out.timestamp(a.activatedAt)
            out.flag(a.disabled)
            out.endRow()
        }
    }

    private func writeClasses(_ out: inout CSVOutput) {
        for c in order.classes {
            out.text(c.code)
            out.text(c.name)
            out.number(c.grade)
            out.text(c.homeroomLogin)
            out.endRow()
        }
    }

    private func writeStudents(_ out: inout CSVOutput) {
        for s in order.students {
            out.text(s.code)
            out.text(s.fullName)
            out.text(s.login)
            out.endRow()
        }
    }

    private func writeEnrollments(_ out: inout CSVOutput) {
        for e in order.enrollments {
            out.text(e.studentCode)
            out.text(e.classCode)
            out.date(e.from)
            out.date(e.to)
            out.text(e.order)
            out.endRow()
        }
    }

    private func writeGroups(_ out: inout CSVOutput) {
        for g in order.groups {
            out.text(g.code)
            out.text(g.name)
            out.text(g.kind.rawValue)
            out.text(g.classCode)
            out.text(g.subjectCode)
            out.endRow()
        }
    }

    /// Only the groups not graded with marks: a group without a row gets marks.
    private func writeGroupGrading(_ out: inout CSVOutput) {
        for g in order.groups where g.grading != .marks {
            out.text(g.code)
            out.text(g.grading.rawValue)
            out.endRow()
        }
    }

    private func writeGroupMembers(_ out: inout CSVOutput) {
        for m in order.groupMembers {
            out.text(m.groupCode)
            out.text(m.studentCode)
            out.date(m.from)
            out.date(m.to)
            out.endRow()
        }
    }

    private func writeCalendar(_ out: inout CSVOutput) {
        for d in order.calendar {
            out.date(d.date)
            out.text(d.kind.rawValue)
            out.optionalNumber(d.weekday)
            out.text(d.classCode)
            out.text(d.note)
            out.endRow()
        }
    }

    private func writeCurriculum(_ out: inout CSVOutput) {
        for c in order.curriculum {
            out.text(c.classCode)
            out.text(c.groupCode)
            out.text(c.subjectCode)
            out.text(c.hours.text)
            out.endRow()
        }
    }

    private func writeGuardians(_ out: inout CSVOutput) {
        for g in order.guardians {
            out.text(g.parentLogin)
            out.text(g.studentCode)
            out.endRow()
        }
    }

    private func writeSchedule(_ out: inout CSVOutput) {
        for t in order.timetable {
            out.text(t.classCode)
            out.number(t.weekday)
            out.number(t.lessonNumber)
            out.text(t.subjectCode)
            out.text(t.teacherLogin)
            out.text(t.room)
            out.date(t.validFrom)
            out.date(t.validTo)
            out.text(t.groupCode)
            out.endRow()
        }
    }

    private func writePlans(_ out: inout CSVOutput) {
        for p in order.plans {
            out.text(p.classCode)
            out.text(p.subjectCode)
            out.number(p.seq)
            out.text(p.topic)
            out.number(p.hours)
            out.text(p.groupCode)
            out.endRow()
        }
    }

    private func writeLessons(_ out: inout CSVOutput) {
        for l in order.lessons {
            out.text(l.code)
            out.text(l.classCode)
            out.text(l.subjectCode)
            out.text(l.teacherLogin)
            out.date(l.date)
            out.number(l.lessonNumber)
            out.text(l.topic)
            out.text(l.homework)
            out.timestamp(l.heldAt)
            out.text(l.comment)
            out.timestamp(l.commentAt)
            out.flag(l.cancelled)
            out.text(l.groupCode)
            out.text(l.substituteFor)
            out.text(l.cancelled ? l.cancelReason : nil)
            out.endRow()
        }
    }

    private func writeMarks(_ out: inout CSVOutput) {
        for m in order.marks {
            out.text(m.lessonCode)
            out.text(m.studentCode)
            out.number(m.value.value)
            out.text(m.workTypeCode)
            out.timestamp(m.enteredAt)
            out.text(m.enteredBy)
            out.text(m.comment)
            out.endRow()
        }
    }

    private func writeAttendance(_ out: inout CSVOutput) {
        for a in order.attendance {
            out.text(a.lessonCode)
            out.text(a.studentCode)
            out.text(a.code.rawValue)
            out.timestamp(a.enteredAt)
            out.text(a.enteredBy)
            out.endRow()
        }
    }

    private func writeFinalMarks(_ out: inout CSVOutput) {
        for f in order.finalMarks {
            out.text(f.studentCode)
            out.text(f.subjectCode)
            out.text(f.periodCode)
            out.text(f.value.text)
            out.timestamp(f.enteredAt)
            out.text(f.enteredBy)
            out.endRow()
        }
    }

    private func writeLogins(_ out: inout CSVOutput) {
        for s in order.signIns {
            out.text(s.login)
            out.timestamp(s.at)
            out.endRow()
        }
    }

    private func writeAttendanceNotes(_ out: inout CSVOutput) {
        for a in order.attendanceNotes {
            out.text(a.lessonCode)
            out.text(a.studentCode)
            out.text(a.note)
            out.endRow()
        }
    }

    private func writeHomeworkDue(_ out: inout CSVOutput) {
        for l in order.homeworkDue {
            guard let due = l.homeworkDue else { continue }
            out.text(l.code)
            out.date(due.date)
            out.number(due.lessonNumber)
            out.endRow()
        }
    }

    private func writeContacts(_ out: inout CSVOutput) {
        for c in order.contacts {
            switch c.owner {
            case .student(let code):
                out.text(code)
                out.text(nil)
            case .account(let login):
                out.text(nil)
                out.text(login)
            }
            out.text(c.contact.phone)
            out.text(c.contact.email)
            out.text(c.contact.address)
            out.date(c.contact.consentDate)
            out.timestamp(c.updatedAt)
            out.text(c.updatedBy)
            out.endRow()
        }
    }

    private func writeClassEvents(_ out: inout CSVOutput) {
        for e in order.classEvents {
            out.text(e.classCode)
            out.date(e.date)
            if let time = e.time { out.time(time) } else { out.text(nil) }
            out.text(e.title)
            out.text(e.place)
            out.timestamp(e.updatedAt)
            out.text(e.updatedBy)
            out.endRow()
        }
    }

    private func writeParentNotices(_ out: inout CSVOutput) {
        for n in order.parentNotices {
            out.text(n.classCode)
            out.text(n.studentCode)
            out.text(n.parentLogin)
            out.text(n.text)
            out.timestamp(n.sentAt)
            out.text(n.sentBy)
            out.timestamp(n.readAt)
            out.endRow()
        }
    }

    private func writeThreads(_ out: inout CSVOutput) {
        for t in order.messageThreads {
            out.text(t.code)
            out.text(t.subject)
            out.text(t.createdBy)
            out.timestamp(t.createdAt)
            out.text(order.members(of: t).joined(separator: ";"))
            out.endRow()
        }
    }

    private func writeMessages(_ out: inout CSVOutput) {
        for m in order.messages {
            out.text(m.code)
            out.text(m.threadCode)
            out.text(m.sender)
            out.text(m.body)
            out.timestamp(m.sentAt)
            out.timestamp(m.editedAt)
            out.timestamp(m.withdrawnAt)
            out.endRow()
        }
    }

    private func writeReads(_ reads: [ReadRecord], _ out: inout CSVOutput) {
        for r in reads {
            out.text(r.itemCode)
            out.text(r.login)
            out.timestamp(r.readAt)
            out.endRow()
        }
    }

    private func writeAnnouncements(_ out: inout CSVOutput) {
        for a in order.announcements {
            out.text(a.code)
            out.text(a.author)
            out.text(a.audience.kind)
            out.text(a.audience.role?.rawValue)
            out.text(a.audience.classCode)
            out.text(a.body)
            out.timestamp(a.createdAt)
            out.date(a.expiresOn)
            out.timestamp(a.withdrawnAt)
            out.endRow()
        }
    }
}
