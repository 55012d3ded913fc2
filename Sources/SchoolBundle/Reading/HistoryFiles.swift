import JournalCore

/// enrollments.csv, groups.csv, group_grading.csv, group_members.csv: who was
/// in which class and group when (format 2).
extension BundleAssembly {
    func readEnrollments() {
        let read = readTable(EnrollmentColumn.self) { row in
            let student = row.reference(.studentID, to: studentIDs, of: .students)
            let classID = row.reference(.classID, to: classIDs, of: .classes)
            let from = row.date(.from)
            let to = row.optionalDate(.to)
            row.checkOrder(from, to, endColumn: .to)
            let order = row.optionalText(.order)
            guard !row.hasIssues, let student, let classID, let from else {
                if let student { studentsWithLostStays.insert(student) }
                return
            }
            let stay = Enrollment(studentCode: student, classCode: classID, from: from, to: to, order: order)
            if let other = staysByStudent[student]?.first(where: { spansOverlap($0.value.from, $0.value.to, from, to) }) {
                studentsWithLostStays.insert(student)
                return row.report(.from, .staysOverlap(otherClass: other.value.classCode, otherLine: other.line))
            }
            addStay(stay, line: row.line)
        }
        staysComplete = format == .one || isComplete(read, .enrollments)
    }

    /// A student of format 2 is in some class at some time: without a stay
    /// they would be in no grid and no list.
    func reportStudentsWithoutStay() {
        guard format >= .two, staysComplete else { return }
        for student in snapshot.students where staysByStudent[student.code] == nil && !studentsWithLostStays.contains(student.code) {
            issues.add(BundleIssue(.students, line: studentIDs.line(of: student.code), column: StudentColumn.id.rawValue,
                                   .studentWithoutStay))
        }
    }

    func readGroups() {
        let read = readTable(GroupColumn.self) { row in
            let id = row.newIdentifier(.id, into: &groupIDs)
            let name = row.text(.name)
            let kind = row.value(.kind, GroupKind.init(parsing:))
            let classID = row.optionalReference(.classID, to: classIDs, of: .classes)
            let subjectID = row.optionalReference(.subjectID, to: subjectIDs, of: .subjects)
            let classGiven = row.optionalText(.classID) != nil
            switch kind?.classRule {
            case .required? where !classGiven: row.report(.classID, .partGroupWithoutClass)
            case .forbidden? where classGiven: row.report(.classID, .mixedGroupWithClass)
            default: break
            }
            guard !row.hasIssues, let id, let name, let kind else { return }
            groupIndex[id] = snapshot.groups.count
            snapshot.groups.append(TeachingGroup(code: id, name: name, kind: kind, classCode: classID, subjectCode: subjectID))
        }
        groupIDs.isComplete = isComplete(read, .groups)
    }

    /// How the groups not graded with marks 1–5 are assessed; a group without
    /// a row gets marks.
    func readGroupGrading() {
        var graded = KnownIDs()
        readTable(GroupGradingColumn.self) { row in
            let group = row.reference(.groupID, to: groupIDs, of: .groups)
            if let group, let first = graded.register(group, line: row.line) {
                row.report(.groupID, .duplicateIdentifier(group, firstLine: first))
            }
            let grading = row.value(.grading, GroupGrading.init(parsing:))
            guard !row.hasIssues, let group, let grading, let index = groupIndex[group] else { return }
            snapshot.groups[index].grading = grading
        }
    }

    func readGroupMembers() {
        let read = readTable(GroupMemberColumn.self) { row in
            let group = row.reference(.groupID, to: groupIDs, of: .groups)
            let student = row.reference(.studentID, to: studentIDs, of: .students)
            let from = row.date(.from)
            let to = row.optionalDate(.to)
            row.checkOrder(from, to, endColumn: .to)
            guard !row.hasIssues, let group, let student, let from else {
                if let student { studentsWithLostMemberships.insert(student) }
                return
            }
            let key = PairKey(group, student)
            if let other = memberships[key]?.first(where: { spansOverlap($0.value.from, $0.value.to, from, to) }) {
                studentsWithLostMemberships.insert(student)
                return row.report(.from, .membershipsOverlap(otherLine: other.line))
            }
            let membership = GroupMembership(groupCode: group, studentCode: student, from: from, to: to)
            snapshot.groupMembers.append(membership)
            memberships[key, default: []].append(Located(value: membership, line: row.line))
        }
        membershipsComplete = isComplete(read, .groupMembers)
    }
}

/// Whether two spans of days share a day; a span without an end is open-ended.
func spansOverlap(_ startA: SchoolDate, _ endA: SchoolDate?, _ startB: SchoolDate, _ endB: SchoolDate?) -> Bool {
    (endB.map { startA <= $0 } ?? true) && (endA.map { startB <= $0 } ?? true)
}
