import JournalCore

/// Final marks (итоговые отметки) for the periods that ended inside the
/// generated weeks: quarters for grades 2–9, half-years for 10–11, the year for
/// all; grade 1 is not marked. The subject teacher (of the student's group, for
/// a subject taught in groups) enters them in the period's last days: the
/// rounded weighted average when there are three marks or more, н/а for a
/// student who missed most lessons, осв for PE exemption, зач for ОРКСЭ, else
/// the teacher's judgement of the student. A student's class is the one they are
/// in on the period's last day. An elective graded with marks gets final marks
/// the same way; a club graded «зач/незач» gets зач, or незач for a member who
/// missed most of its lessons.
struct FinalMarkGenerator {
    let model: SchoolModel
    let tally: PeriodTally
    let pupilCodes: [String]
    let teacherLogins: [String]

    func generate() -> [FinalMark] {
        var random = SeededRandom(seed: model.seed, stream: "final marks")
        let picker = MarkPicker(pupilCount: 0, seed: model.seed)
        let cutoff = model.asOf == Int.max ? model.range.last.adding(days: 1) : SchoolTime(seconds: model.asOf).date
        let quarters = model.calendar.quarters
        var marks: [FinalMark] = []
        for period in model.calendar.periods where period.end < cutoff && period.end >= model.range.first {
            let covered = quarters.indices.filter { period.start <= quarters[$0].start && quarters[$0].end <= period.end }
            let add = { (pupil: Int, subject: Int, value: FinalMarkValue, teacher: Int, random: inout SeededRandom) in
                marks.append(FinalMark(studentCode: pupilCodes[pupil], subjectCode: SubjectCatalog.all[subject].code,
                                       periodCode: period.code, value: value,
                                       enteredAt: enteredAt(period: period, &random), enteredBy: teacherLogins[teacher]))
            }
            for plan in model.classes where Self.assesses(period.kind, grade: plan.grade) {
                for pupil in plan.pupils {
                    guard let stay = model.body.pupils[pupil].stay(on: period.end), stay.classIndex == plan.index else { continue }
                    for hours in plan.hours {
                        let value = finalValue(pupil: model.body.pupils[pupil], subject: hours.subject, quarters: covered, picker: picker)
                        let teacher = model.staff.teacher(ofClass: plan.index, subject: hours.subject, group: hours.split ? stay.group : 0)
                        add(pupil, hours.subject, value, teacher, &random)
                    }
                }
            }
            for group in model.groups where group.grading != .none {
                for member in group.members where member.contains(period.end) {
                    guard let stay = model.body.pupils[member.pupil].stay(on: period.end),
                          Self.assesses(period.kind, grade: model.classes[stay.classIndex].grade) else { continue }
                    let pupil = model.body.pupils[member.pupil]
                    let value = group.grading == .passFail ? passOrFail(pupil: pupil.index, subject: group.subject, quarters: covered)
                        : finalValue(pupil: pupil, subject: group.subject, quarters: covered, picker: picker)
                    add(member.pupil, group.subject, value, group.teacher, &random)
                }
            }
        }
        return marks
    }

    static func assesses(_ kind: PeriodKind, grade: Int) -> Bool {
        switch kind {
        case .quarter: (2...9).contains(grade)
        case .half: grade >= 10
        case .year: grade >= 2
        case .trimester: false
        }
    }

    private func finalValue(pupil: PupilPlan, subject: Int, quarters: [Int], picker: MarkPicker) -> FinalMarkValue {
        let info = SubjectCatalog.all[subject]
        if !info.graded { return .passed }
        if info.code == "pe", pupil.exemptFromPE { return .exempt }
        let t = tally.totals(pupil: pupil.index, subject: subject, quarters: quarters)
        if t.marks >= 3 {
            return .mark(RoundingRule.halfUp.round(numerator: t.weighted, denominator: t.weights))
        }
        if t.lessons > 0, t.missed * 2 > t.lessons { return .notAssessed }
        let judged = pupil.ability + picker.affinity(pupil: pupil.index, subject: subject)
        return .mark(min(5, max(2, Int(judged.rounded()))))
    }

    private func passOrFail(pupil: Int, subject: Int, quarters: [Int]) -> FinalMarkValue {
        let t = tally.totals(pupil: pupil, subject: subject, quarters: quarters)
        return t.lessons > 0 && t.missed * 2 > t.lessons ? .failed : .passed
    }

    /// In the last three days of the period, after lessons or in the evening.
    private func enteredAt(period: Period, _ random: inout SeededRandom) -> SchoolTime {
        var day = period.end.adding(days: -random.int(in: 0...3))
        if day.weekday == 7 { day = day.adding(days: -1) }
        return SchoolTime(seconds: day.dayNumber * 86_400 + random.int(in: 50_400...77_400))
    }
}
