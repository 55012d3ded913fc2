/// The words of a notice to parents, built from the facts of a week: the
/// lessons missed without a reason and the 2s, each 2 with its subject and
/// date. The class teacher previews it before it is sent; it is stored as
/// built, so the parent reads what the teacher saw.
public enum NoticeText {
    /// The longest notice stored; longer text is cut (the screen says so).
    public static let limit = 1_000

    /// nil when the week holds nothing to tell.
    public static func build(for student: MyClassStudent, week: SchoolDate, today: SchoolDate) -> String? {
        var facts: [String] = []
        let missed = student.unexcused.count
        let when = week == today.mondayOfWeek
            ? "на этой неделе"
            : "на неделе \(week.russianShort)–\(week.adding(days: 6).russianShort)"
        if missed > 0 {
            facts.append("пропустил(а) без уважительной причины \(missed) \(lessonsWord(missed)) \(when)")
        }
        for two in student.twos {
            facts.append("получил(а) 2 по предмету «\(two.subject)» \(two.date.russianShort)")
        }
        guard !facts.isEmpty else { return nil }
        return clean("\(student.fullName): " + facts.joined(separator: "; ") + ".")
    }

    /// «урок», «урока», «уроков» after a number.
    public static func lessonsWord(_ count: Int) -> String {
        let lastTwo = count % 100, last = count % 10
        if (11...14).contains(lastTwo) { return "уроков" }
        switch last {
        case 1: return "урок"
        case 2, 3, 4: return "урока"
        default: return "уроков"
        }
    }

    /// Plain text only: control characters stripped (not even shown as a
    /// mark: a notice is read by a parent, not checked by an operator), and
    /// the length cut at `limit`.
    public static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where !(HiddenCharacters.isControl(scalar) || HiddenCharacters.isBidiControl(scalar)) || scalar == "\n" {
            scalars.append(scalar)
        }
        return String(String(scalars).prefix(limit))
    }
}
