import JournalCore

/// attendance_notes.csv, homework_due.csv, contacts.csv, class_events.csv,
/// parent_notices.csv: what the class teacher and the subject teachers keep
/// beside the journal (issue 15).
extension BundleAssembly {
    /// The document («справка № …») of a record of attendance.csv.
    func readAttendanceNotes() {
        var lineOfNote: [PairKey: Int] = [:]
        var placeOfRecord: [PairKey: Int]?
        readTable(AttendanceNoteColumn.self) { row in
            let lessonID = row.reference(.lessonID, to: lessonIDs, of: .lessons)
            let studentID = row.reference(.studentID, to: studentIDs, of: .students)
            let note = row.text(.note)
            guard let lessonID, let studentID else { return }
            let key = PairKey(lessonID, studentID)
            if let first = lineOfNote.register(key, line: row.line) {
                row.report(.studentID, .duplicateAttendanceNote(firstLine: first))
            }
            if attendanceLines[key] == nil {
                if attendanceComplete { row.report(.studentID, .noteWithoutAttendance) } else { row.skipSilently() }
            }
            guard !row.hasIssues, let note else { return }
            if placeOfRecord == nil { placeOfRecord = places(of: snapshot.attendance) { PairKey($0.lessonCode, $0.studentCode) } }
            // A record whose own row was wrong was reported in attendance.csv.
            guard let place = placeOfRecord?[key] else { return }
            snapshot.attendance[place].note = note
        }
    }

    /// The lesson a homework is due at, when the teacher chose it (or another
    /// program knows it); the other homework gets the default rule on load.
    func readHomeworkDue() {
        var lineOfLesson = KnownIDs()
        var placeOfLesson: [String: Int]?
        readTable(HomeworkDueColumn.self) { row in
            let lessonID = row.reference(.lessonID, to: lessonIDs, of: .lessons)
            if let lessonID, let first = lineOfLesson.register(lessonID, line: row.line) {
                row.report(.lessonID, .duplicateIdentifier(lessonID, firstLine: first))
            }
            let date = row.date(.date)
            let lessonNumber = row.lessonNumber(.lessonNumber, bells: bellNumbers)
            guard let lessonID else { return }
            if placeOfLesson == nil { placeOfLesson = places(of: snapshot.lessons) { $0.code } }
            guard let place = placeOfLesson?[lessonID] else { return row.skipSilently() }
            let lesson = snapshot.lessons[place]
            if lesson.homework == nil { row.report(.lessonID, .homeworkDueWithoutHomework) }
            if let date, date <= lesson.date { row.report(.date, .homeworkDueNotAfterLesson(lessonDate: lesson.date)) }
            guard !row.hasIssues, let date, let lessonNumber else { return }
            snapshot.lessons[place].homeworkDue = HomeworkDue(date: date, lessonNumber: lessonNumber)
        }
    }

    func readContacts() {
        var lineOfOwner: [ContactRecord.Owner: Int] = [:]
        readTable(ContactColumn.self) { row in
            let student = row.optionalReference(.studentID, to: studentIDs, of: .students)
            let parent = row.optionalReference(.parentLogin, to: logins, of: .users)
            let studentGiven = row.optionalText(.studentID) != nil
            let parentGiven = row.optionalText(.parentLogin) != nil
            if studentGiven == parentGiven { row.report(studentGiven ? .parentLogin : .studentID, .contactNeedsOneOwner) }
            let owner: ContactRecord.Owner? = student.map { .student($0) } ?? parent.map { .account($0) }
            if let owner, let first = lineOfOwner.register(owner, line: row.line) {
                row.report(studentGiven ? .studentID : .parentLogin, .duplicateContact(firstLine: first))
            }
            let contact = PersonContact(phone: row.optionalText(.phone), email: row.optionalText(.email),
                                        address: row.optionalText(.address), consentDate: row.optionalDate(.consentDate))
            let updatedAt = row.optionalTimestamp(.updatedAt)
            let updatedBy = row.optionalReference(.updatedBy, to: logins, of: .users)
            guard !row.hasIssues, let owner else { return }
            snapshot.contacts.append(ContactRecord(owner: owner, contact: contact, updatedAt: updatedAt, updatedBy: updatedBy))
        }
    }

    func readClassEvents() {
        readTable(ClassEventColumn.self) { row in
            let classID = row.reference(.classID, to: classIDs, of: .classes)
            let date = row.date(.date)
            let time = row.optionalValue(.time, CellParser.time)
            let title = row.text(.title)
            let place = row.optionalText(.place)
            let updatedAt = row.optionalTimestamp(.updatedAt)
            let updatedBy = row.optionalReference(.updatedBy, to: logins, of: .users)
            guard !row.hasIssues, let classID, let date, let title else { return }
            snapshot.classEvents.append(ClassEventRecord(classCode: classID, date: date, time: time, title: title, place: place,
                                                         updatedAt: updatedAt, updatedBy: updatedBy))
        }
    }

    func readParentNotices() {
        readTable(ParentNoticeColumn.self) { row in
            let classID = row.reference(.classID, to: classIDs, of: .classes)
            let student = row.reference(.studentID, to: studentIDs, of: .students)
            let parent = row.reference(.parentLogin, to: logins, of: .users)
            let text = row.text(.text)
            let sentAt = row.timestamp(.sentAt)
            let sentBy = row.optionalReference(.sentBy, to: logins, of: .users)
            let readAt = row.optionalTimestamp(.readAt)
            guard !row.hasIssues, let classID, let student, let parent, let text, let sentAt else { return }
            snapshot.parentNotices.append(ParentNoticeRecord(classCode: classID, studentCode: student, parentLogin: parent,
                                                             text: text, sentAt: sentAt, sentBy: sentBy, readAt: readAt))
        }
    }

    /// Where each item of a list stands, by its key: built only when a file
    /// needs it.
    func places<T, Key: Hashable>(of items: [T], key: (T) -> Key) -> [Key: Int] {
        var places: [Key: Int] = [:]
        places.reserveCapacity(items.count)
        for (place, item) in items.enumerated() { places[key(item)] = place }
        return places
    }
}
