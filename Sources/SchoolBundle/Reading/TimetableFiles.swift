import JournalCore

/// schedule.csv, plans.csv and curriculum.csv.
extension BundleAssembly {
    func readSchedule() {
        readTable(ScheduleColumn.self) { row in
            let owner = belonging(&row)
            let weekday = row.value(.weekday, CellParser.weekday)
            let lessonNumber = row.lessonNumber(.lessonNumber, bells: bellNumbers)
            let subjectID = row.reference(.subjectID, to: subjectIDs, of: .subjects)
            let teacher = row.reference(.teacherLogin, to: logins, of: .users)
            row.require(.teacher, of: teacher, in: .teacherLogin, roles: rolesByLogin)
            let room = row.optionalText(.room)
            let from = row.date(.validFrom)
            let to = row.optionalDate(.validTo)
            row.checkOrder(from, to, endColumn: .validTo)
            guard !row.hasIssues, let owner, let weekday, let lessonNumber, let subjectID, let teacher, let from else { return }
            snapshot.timetable.append(TimetableEntry(classCode: owner.classCode, groupCode: owner.groupCode, weekday: weekday,
                                                     lessonNumber: lessonNumber, subjectCode: subjectID, teacherLogin: teacher,
                                                     room: room, validFrom: from, validTo: to))
        }
    }

    func readPlans() {
        var lineOfItem: [PlanKey: Int] = [:]
        readTable(PlanColumn.self) { row in
            let owner = belonging(&row)
            let subjectID = row.reference(.subjectID, to: subjectIDs, of: .subjects)
            let seq = row.integer(.seq, in: 1...9999)
            let topic = sharedTexts.share(row.text(.topic))
            let hours = row.integer(.hours, in: 1...999)
            if let owner, let subjectID, let seq,
               let first = lineOfItem.register(PlanKey(owner: owner, subjectID: subjectID, seq: seq), line: row.line) {
                row.report(.seq, .duplicatePlanItem(firstLine: first))
            }
            guard !row.hasIssues, let owner, let subjectID, let seq, let topic, let hours else { return }
            snapshot.plans.append(PlanItem(classCode: owner.classCode, groupCode: owner.groupCode, subjectCode: subjectID,
                                           seq: seq, topic: topic, hours: hours))
        }
    }

    func readCurriculum() {
        var lineOfRow: [PlanKey: Int] = [:]
        readTable(CurriculumColumn.self) { row in
            let owner = belonging(&row)
            let subjectID = row.reference(.subjectID, to: subjectIDs, of: .subjects)
            let hours = row.value(.hours, WeeklyHours.init(parsing:))
            if let owner, let subjectID,
               let first = lineOfRow.register(PlanKey(owner: owner, subjectID: subjectID, seq: 0), line: row.line) {
                row.report(.subjectID, .duplicateCurriculumRow(firstLine: first))
            }
            guard !row.hasIssues, let owner, let subjectID, let hours else { return }
            snapshot.curriculum.append(CurriculumRow(classCode: owner.classCode, groupCode: owner.groupCode,
                                                     subjectCode: subjectID, hours: hours))
        }
    }

    /// Whose row it is: the whole class (class only), a `part` group of that
    /// class (both), or a `mixed` or `extra` group (group only). Format 1 knows
    /// classes only.
    func belonging<C: GroupedColumns>(_ row: inout BundleRow<C>) -> Owner? {
        guard format >= .two else {
            return row.reference(.classID, to: classIDs, of: .classes).map { Owner(classCode: $0, groupCode: nil) }
        }
        let classID = row.optionalReference(.classID, to: classIDs, of: .classes)
        let groupID = row.optionalReference(.groupID, to: groupIDs, of: .groups)
        let classGiven = row.optionalText(.classID) != nil
        let groupGiven = row.optionalText(.groupID) != nil
        guard classGiven || groupGiven else {
            row.report(.classID, .neitherClassNorGroup)
            return nil
        }
        // A reference that did not resolve was reported (or its file was).
        guard classGiven == (classID != nil), groupGiven == (groupID != nil) else { return nil }
        if let groupID {
            guard let index = groupIndex[groupID] else {
                row.skipSilently()
                return nil
            }
            checkClass(classID, of: snapshot.groups[index], &row)
        }
        return row.hasIssues ? nil : Owner(classCode: classID, groupCode: groupID)
    }

    private func checkClass<C: GroupedColumns>(_ classID: String?, of group: TeachingGroup, _ row: inout BundleRow<C>) {
        switch (group.kind, classID) {
        case (.part, nil):
            row.report(.classID, .groupNeedsItsClass(groupID: group.code, classID: group.classCode ?? ""))
        case (.part, let classID?) where classID != group.classCode:
            row.report(.classID, .groupOfAnotherClass(groupID: group.code, classID: group.classCode ?? ""))
        case (.mixed, _?), (.extra, _?):
            row.report(.classID, .groupIsNotPartOfAClass(groupID: group.code, kind: group.kind))
        default:
            break
        }
    }
}

/// The class or group a row of the timetable, the plan, the curriculum or a
/// lesson belongs to.
struct Owner: Hashable {
    let classCode: String?
    let groupCode: String?
}

private struct PlanKey: Hashable {
    let owner: Owner
    let subjectID: String
    let seq: Int
}

extension BundleRow {
    /// A lesson number that the bell schedule has.
    mutating func lessonNumber(_ column: C, bells: KnownIDs) -> Int? {
        guard let number = integer(column, in: 0...20) else { return nil }
        return requireBell(number, column, bells: bells) ? number : nil
    }

    /// Whether the bell schedule has lesson `number`; reports it when not.
    mutating func requireBell(_ number: Int, _ column: C, bells: KnownIDs) -> Bool {
        guard bells.contains(String(number)) else {
            if bells.isComplete { report(column, .lessonNumberNotInBells(number)) } else { skipSilently() }
            return false
        }
        return true
    }
}
