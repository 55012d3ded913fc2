import JournalCore

/// Final marks (итоговые отметки) for the periods that ended inside the
/// generated weeks: quarters for grades 2–9, half-years for 10–11, the year for
/// all; grade 1 is not marked. The subject teacher enters them in the period's
/// last days: the rounded weighted average when there are three marks or more,
/// н/а for a student who missed most lessons, осв for PE exemption, зач for
/// ОРКСЭ, else the teacher's judgement of the student.
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
            for plan in model.classes where Self.assesses(period.kind, grade: plan.grade) {
                for pupil in plan.pupils where model.body.pupils[pupil].isEnrolled(on: period.end) {
                    for hours in plan.hours {
                        let subject = hours.subject
                        let value = finalValue(pupil: model.body.pupils[pupil], subject: subject, quarters: covered, picker: picker)
                        let teacher = model.staff.teacher(ofClass: plan.index, subject: subject)
                        marks.append(FinalMark(studentCode: pupilCodes[pupil], subjectCode: SubjectCatalog.all[subject].code,
                                               periodCode: period.code, value: value,
                                               enteredAt: enteredAt(period: period, &random), enteredBy: teacherLogins[teacher]))
                    }
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

    /// In the last three days of the period, after lessons or in the evening.
    private func enteredAt(period: Period, _ random: inout SeededRandom) -> SchoolTime {
        var day = period.end.adding(days: -random.int(in: 0...3))
        if day.weekday == 7 { day = day.adding(days: -1) }
        return SchoolTime(seconds: day.dayNumber * 86_400 + random.int(in: 50_400...77_400))
    }
}
