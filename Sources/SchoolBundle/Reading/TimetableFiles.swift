import JournalCore

/// schedule.csv and plans.csv.
extension BundleAssembly {
    func readSchedule() {
        readTable(ScheduleColumn.self) { row in
            let classID = row.reference(.classID, to: classIDs, of: .classes)
            let weekday = row.value(.weekday) { text in
                guard let day = try? CellParser.integer(text, in: 1...6) else { throw JournalError.invalidWeekday(text) }
                return day
            }
            let lessonNumber = row.lessonNumber(.lessonNumber, bells: bellNumbers)
            let subjectID = row.reference(.subjectID, to: subjectIDs, of: .subjects)
            let teacher = row.reference(.teacherLogin, to: logins, of: .users)
            row.require(.teacher, of: teacher, in: .teacherLogin, roles: rolesByLogin)
            let room = row.optionalText(.room)
            let from = row.date(.validFrom)
            let to = row.optionalDate(.validTo)
            row.checkOrder(from, to, endColumn: .validTo)
            guard !row.hasIssues, let classID, let weekday, let lessonNumber, let subjectID, let teacher, let from else { return }
            snapshot.timetable.append(TimetableEntry(classCode: classID, weekday: weekday, lessonNumber: lessonNumber,
                                                     subjectCode: subjectID, teacherLogin: teacher, room: room,
                                                     validFrom: from, validTo: to))
        }
    }

    func readPlans() {
        var lineOfItem: [PlanKey: Int] = [:]
        readTable(PlanColumn.self) { row in
            let classID = row.reference(.classID, to: classIDs, of: .classes)
            let subjectID = row.reference(.subjectID, to: subjectIDs, of: .subjects)
            let seq = row.integer(.seq, in: 1...9999)
            let topic = row.text(.topic)
            let hours = row.integer(.hours, in: 1...999)
            if let classID, let subjectID, let seq,
               let first = lineOfItem.register(PlanKey(classID: classID, subjectID: subjectID, seq: seq), line: row.line) {
                row.report(.seq, .duplicatePlanItem(firstLine: first))
            }
            guard !row.hasIssues, let classID, let subjectID, let seq, let topic, let hours else { return }
            snapshot.plans.append(PlanItem(classCode: classID, subjectCode: subjectID, seq: seq, topic: topic, hours: hours))
        }
    }
}

private struct PlanKey: Hashable {
    let classID: String
    let subjectID: String
    let seq: Int
}

extension BundleRow {
    /// A lesson number that the bell schedule has.
    mutating func lessonNumber(_ column: C, bells: KnownIDs) -> Int? {
        guard let number = integer(column, in: 0...20) else { return nil }
        guard bells.contains(String(number)) else {
            if bells.isComplete { report(column, .lessonNumberNotInBells(number)) } else { skipSilently() }
            return nil
        }
        return number
    }
}
