import JournalCore
import JournalStore

/// The weighted average and the number of marks behind each final mark of a
/// period, for «Замечания». Kept in an array by student and subject number:
/// the period's 10⁵ marks each add to one cell, and a dictionary keyed by
/// student and subject, hashed per mark, was a sixth of the report.
struct PeriodTallies {
    struct Tally {
        var average = WeightedAverage()
        var count = 0
    }

    private let students: DenseNumbers
    private let subjects: DenseNumbers
    /// By `student * subjects.count + subject`; students and subjects are those of the final marks.
    private var cells: [Tally]

    /// The marks of lessons within the period, of the students and subjects its final marks have.
    init(_ period: AnomalyFacts.PeriodMarks, _ facts: AnomalyFacts, _ index: AnomalyIndex) {
        students = DenseNumbers(period.finalMarks.map(\.student.studentID.rawValue))
        subjects = DenseNumbers(period.finalMarks.map(\.subjectID.rawValue))
        cells = [Tally](repeating: Tally(), count: students.count * subjects.count)
        for (mark, slot) in zip(facts.marks, index.markSlot) where slot >= 0 {
            let lesson = facts.lessons[slot]
            guard lesson.day >= period.from, lesson.day <= period.to,
                  let cell = cell(mark.studentID, lesson.unit.subjectID),
                  let value = try? MarkValue(mark.value), let weight = try? Weight(hundredths: mark.weightHundredths) else { continue }
            cells[cell].average.add(value, weight: weight)
            cells[cell].count += 1
        }
    }

    subscript(final: FinalMarkFact) -> Tally {
        cell(final.student.studentID, final.subjectID).map { cells[$0] } ?? Tally()
    }

    private func cell(_ student: StudentID, _ subject: SubjectID) -> Int? {
        guard let s = students.number(student.rawValue), let j = subjects.number(subject.rawValue) else { return nil }
        return s * subjects.count + j
    }
}
