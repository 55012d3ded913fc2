import JournalCore

/// lessons.csv, marks.csv, attendance.csv, final_marks.csv, logins.csv: the
/// journal itself, the bulk of a bundle.
extension BundleAssembly {
    func readLessons() {
        let read = readTable(LessonColumn.self, reserving: { rows in
            snapshot.lessons.reserveCapacity(rows)
            lessonScopes.reserveCapacity(rows)
            lessonIDs.reserveCapacity(rows)
        }) { row in
            let id = row.newIdentifier(.id, into: &lessonIDs)
            let owner = belonging(&row)
            let subjectID = row.reference(.subjectID, to: subjectIDs, of: .subjects)
            let teacher = row.reference(.teacherLogin, to: logins, of: .users)
            row.require(.teacher, of: teacher, in: .teacherLogin, roles: rolesByLogin)
            let substituteFor = row.optionalReference(.substituteFor, to: logins, of: .users)
            row.require(.teacher, of: substituteFor, in: .substituteFor, roles: rolesByLogin)
            if let substituteFor, substituteFor == teacher { row.report(.substituteFor, .substituteForSelf) }
            let date = row.date(.date)
            let lessonNumber = row.lessonNumber(.lessonNumber, bells: bellNumbers)
            let topic = sharedTexts.share(row.optionalText(.topic))
            let homework = sharedTexts.share(row.optionalText(.homework))
            let heldAt = row.optionalTimestamp(.heldAt)
            let comment = sharedTexts.share(row.optionalText(.comment))
            let commentAt = row.optionalTimestamp(.commentAt)
            row.checkCommentHasTime()
            let cancelled = row.flag(.cancelled)
            let cancelReason = sharedTexts.share(row.optionalText(.cancelReason))
            if cancelReason != nil, !cancelled { row.report(.cancelReason, .cancelReasonWithoutCancel) }
            guard !row.hasIssues, let id, let owner, let subjectID, let teacher, let date, let lessonNumber else { return }
            lessonScopes[id] = LessonScope(owner: owner, date: date,
                                           takesMarks: owner.groupCode.map { groupGrading($0) != GroupGrading.none } ?? true)
            snapshot.lessons.append(Lesson(code: id, classCode: owner.classCode, groupCode: owner.groupCode, subjectCode: subjectID,
                                           teacherLogin: teacher, substituteFor: substituteFor, date: date,
                                           lessonNumber: lessonNumber, topic: topic, homework: homework, heldAt: heldAt,
                                           comment: comment, commentAt: commentAt, cancelled: cancelled,
                                           cancelReason: cancelReason))
        }
        lessonIDs.isComplete = isComplete(read, .lessons)
    }

    private func groupGrading(_ group: String) -> GroupGrading {
        groupIndex[group].map { snapshot.groups[$0].grading } ?? .marks
    }

    func readMarks() {
        readTable(MarkColumn.self, reserving: { snapshot.marks.reserveCapacity($0) }) { row in
            let lessonID = row.reference(.lessonID, to: lessonIDs, of: .lessons)
            let studentID = row.reference(.studentID, to: studentIDs, of: .students)
            let value = row.value(.value, MarkValue.init(parsing:))
            let workType = row.workType(codes: workTypeCodes)
            let enteredAt = row.timestamp(.enteredAt)
            let enteredBy = row.optionalReference(.enteredBy, to: logins, of: .users)
            let comment = row.optionalText(.comment)
            checkMembership(&row, lessonID, studentID, column: .studentID)
            if let lessonID, let scope = lessonScopes[lessonID], !scope.takesMarks, let group = scope.owner.groupCode {
                row.report(.lessonID, .ungradedGroup(groupID: group))
            }
            guard !row.hasIssues, let lessonID, let studentID, let value, let workType, let enteredAt else { return }
            snapshot.marks.append(Mark(lessonCode: lessonID, studentCode: studentID, value: value, workTypeCode: workType,
                                       enteredAt: enteredAt, enteredBy: enteredBy, comment: comment))
        }
    }

    func readAttendance() {
        var lineOfRecord: [PairKey: Int] = [:]
        let read = readTable(AttendanceColumn.self, reserving: { rows in
            snapshot.attendance.reserveCapacity(rows)
            lineOfRecord.reserveCapacity(rows)
        }) { row in
            let lessonID = row.reference(.lessonID, to: lessonIDs, of: .lessons)
            let studentID = row.reference(.studentID, to: studentIDs, of: .students)
            let code = row.value(.code, AttendanceCode.init(parsing:))
            let enteredAt = row.timestamp(.enteredAt)
            let enteredBy = row.optionalReference(.enteredBy, to: logins, of: .users)
            checkMembership(&row, lessonID, studentID, column: .studentID)
            if let lessonID, let studentID, let first = lineOfRecord.register(PairKey(lessonID, studentID), line: row.line) {
                row.report(.studentID, .duplicateAttendance(firstLine: first))
            }
            guard !row.hasIssues, let lessonID, let studentID, let code, let enteredAt else { return }
            snapshot.attendance.append(Attendance(lessonCode: lessonID, studentCode: studentID, code: code,
                                                  enteredAt: enteredAt, enteredBy: enteredBy))
        }
        attendanceLines = lineOfRecord
        attendanceComplete = isComplete(read, .attendance)
    }

    func readFinalMarks() {
        var lineOfMark: [FinalMarkKey: Int] = [:]
        readTable(FinalMarkColumn.self, reserving: { rows in
            snapshot.finalMarks.reserveCapacity(rows)
            lineOfMark.reserveCapacity(rows)
        }) { row in
            let studentID = row.reference(.studentID, to: studentIDs, of: .students)
            let subjectID = row.reference(.subjectID, to: subjectIDs, of: .subjects)
            let periodID = row.reference(.periodID, to: periodIDs, of: .periods)
            let value = row.value(.value, FinalMarkValue.init(parsing:))
            let enteredAt = row.timestamp(.enteredAt)
            let enteredBy = row.optionalReference(.enteredBy, to: logins, of: .users)
            if let studentID, let subjectID, let periodID,
               let first = lineOfMark.register(FinalMarkKey(studentID: studentID, subjectID: subjectID, periodID: periodID),
                                               line: row.line) {
                row.report(.periodID, .duplicateFinalMark(firstLine: first))
            }
            guard !row.hasIssues, let studentID, let subjectID, let periodID, let value, let enteredAt else { return }
            snapshot.finalMarks.append(FinalMark(studentCode: studentID, subjectCode: subjectID, periodCode: periodID,
                                                 value: value, enteredAt: enteredAt, enteredBy: enteredBy))
        }
    }

    func readLogins() {
        readTable(LoginColumn.self, reserving: { snapshot.signIns.reserveCapacity($0) }) { row in
            let login = row.reference(.login, to: logins, of: .users)
            let at = row.timestamp(.at)
            guard !row.hasIssues, let login, let at else { return }
            snapshot.signIns.append(SignIn(login: login, at: at))
        }
    }

    /// A mark or an attendance record needs its student in the lesson's group
    /// on the lesson's date: for a whole-class lesson, enrolled in the class by
    /// the class history. Checked only when the rows involved were valid and
    /// the files they come from were read whole.
    private func checkMembership<C>(_ row: inout BundleRow<C>, _ lessonID: String?, _ studentID: String?, column: C) {
        guard let lessonID, let studentID, let lesson = lessonScopes[lessonID] else { return }
        if let group = lesson.owner.groupCode {
            guard membershipsComplete, !studentsWithLostMemberships.contains(studentID) else { return }
            let spans = memberships[PairKey(group, studentID)] ?? []
            guard !spans.contains(where: { $0.value.contains(lesson.date) }) else { return }
            row.report(column, .notInGroup(student: studentID, groupID: group, date: lesson.date))
        } else if let classCode = lesson.owner.classCode {
            guard staysComplete, !studentsWithLostStays.contains(studentID), let stays = staysByStudent[studentID] else { return }
            guard !stays.contains(where: { $0.value.classCode == classCode && $0.value.contains(lesson.date) }) else { return }
            row.report(column, .notEnrolled(student: studentID, classID: classCode, date: lesson.date))
        }
    }
}

/// What the checks of marks and attendance need of a lesson.
struct LessonScope {
    let owner: Owner
    let date: SchoolDate
    /// False for a lesson of a group graded `none`: attendance and topics only.
    let takesMarks: Bool
}

private struct FinalMarkKey: Hashable {
    let studentID: String
    let subjectID: String
    let periodID: String
}

extension BundleRow where C == LessonColumn {
    /// A comment and its time come together: the store keeps the time a comment
    /// was first written, and a comment without one could not say when it was made.
    mutating func checkCommentHasTime() {
        let hasComment = optionalText(.comment) != nil
        let hasTime = optionalText(.commentAt) != nil
        if hasComment, !hasTime { report(.commentAt, .commentWithoutTime) }
        if hasTime, !hasComment { report(.comment, .timeWithoutComment) }
    }
}

extension BundleRow where C == MarkColumn {
    /// The mark's work type; an empty cell means the default one.
    mutating func workType(codes: KnownIDs) -> String? {
        guard optionalText(.workType) == nil else { return optionalReference(.workType, to: codes, of: .workTypes) }
        guard codes.contains(WorkType.defaultCode) else {
            if codes.isComplete { report(.workType, .noDefaultWorkType) } else { skipSilently() }
            return nil
        }
        return WorkType.defaultCode
    }
}
