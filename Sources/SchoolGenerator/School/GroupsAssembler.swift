import JournalCore

/// The snapshot's teaching groups and memberships: the two groups of each
/// class in each subject taught in groups (a student is a member for each stay
/// in the class, in the half the stay puts them in), then the electives and clubs.
struct GroupsAssembler {
    private(set) var groups: [TeachingGroup] = []
    private(set) var memberships: [GroupMembership] = []

    init(model: SchoolModel) {
        for plan in model.classes {
            for hours in plan.hours where hours.split {
                for group in 1...2 {
                    let code = model.partGroupCode(classIndex: plan.index, subject: hours.subject, group: group)!
                    groups.append(TeachingGroup(code: code, name: "гр. \(group)", kind: .part, classCode: plan.code,
                                                subjectCode: SubjectCatalog.all[hours.subject].code))
                    for pupil in plan.pupils {
                        let student = model.body.pupils[pupil]
                        for stay in student.stays where stay.classIndex == plan.index && stay.group == group {
                            memberships.append(GroupMembership(groupCode: code, studentCode: student.code, from: stay.from, to: stay.to))
                        }
                    }
                }
            }
        }
        for group in model.groups {
            groups.append(TeachingGroup(code: group.code, name: group.name, kind: group.kind,
                                        classCode: group.classIndex.map { model.classes[$0].code }, subjectCode: group.info.code,
                                        grading: group.grading))
            memberships += group.members.map { member in
                GroupMembership(groupCode: group.code, studentCode: model.body.pupils[member.pupil].code, from: member.from,
                                to: member.to)
            }
        }
    }
}
