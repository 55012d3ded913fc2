/// What the promotion by order (перевод) does with one student.
public enum PromotionDecision: Hashable, Sendable {
    /// To the class of the next grade (5А → 6А).
    case promote
    /// To the class of the next grade, «условно переведён» (an academic debt).
    case conditional
    /// Stays in the same class and grade (оставлен на повторное обучение).
    case keep
    /// Leaves the school: the graduates of grades 9 and 11.
    case leave
    /// To the class named here (a 9th grader going on to 10А).
    case move(className: String)

    /// `promote`, `conditional`, `keep`, `leave`, or a class's name or code.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces
        switch trimmed.lowercased() {
        case "": throw JournalError.emptyValue(field: Phrase(ru: "решение (keep, conditional, leave, promote или класс)",
                                                             en: "decision (keep, conditional, leave, promote or a class)"))
        case "promote": self = .promote
        case "conditional": self = .conditional
        case "keep": self = .keep
        case "leave": self = .leave
        default: self = .move(className: trimmed)
        }
    }

    /// What `promotion_line.decision` keeps.
    public var storedKind: String {
        switch self {
        case .promote: "promote"
        case .conditional: "conditional"
        case .keep: "keep"
        case .leave: "leave"
        case .move: "move"
        }
    }
}

/// The director's order the promotion goes by: a number and a date.
public struct PromotionOrder: Hashable, Sendable {
    public let number: String
    public let date: SchoolDate

    /// Refuses an empty number (a promotion goes only by an order).
    public init(number: String, date: SchoolDate) throws {
        let trimmed = number.trimmingSpaces
        guard !trimmed.isEmpty else {
            throw JournalError.emptyValue(field: Phrase(ru: "номер приказа о переводе (--order)", en: "number of the promotion order (--order)"))
        }
        self.number = trimmed.hasPrefix("№") ? String(trimmed.dropFirst()).trimmingSpaces : trimmed
        self.date = date
    }

    /// «№ 57 от 30.05.2027», as the class history writes orders.
    public var text: String { "№ \(number) от \(date.russian)" }
}

/// One student in the promotion proposal: where they are, their debts, what
/// zhurnal proposes and what the secretary decided.
public struct PromotionLine: Hashable, Sendable, Identifiable {
    public let studentID: StudentID
    public let studentCode: String
    public let login: String?
    public let fullName: String
    public let className: String
    public let grade: Int
    /// Subjects whose year mark is a debt (2, н/а, незач).
    public let debts: [String]
    public let proposed: PromotionDecision
    public var decision: PromotionDecision

    public var id: StudentID { studentID }

    public init(studentID: StudentID, studentCode: String, login: String?, fullName: String, className: String, grade: Int,
                debts: [String]) {
        self.studentID = studentID
        self.studentCode = studentCode
        self.login = login
        self.fullName = fullName
        self.className = className
        self.grade = grade
        self.debts = debts
        proposed = PromotionRules.proposal(grade: grade, hasDebt: !debts.isEmpty)
        decision = proposed
    }

    /// The class of the next grade: «6А» for «5А»; nil after the last grade.
    public var nextClassName: String? { PromotionRules.nextClassName(className, grade: grade) }

    /// The class the student will be in, nil when they leave.
    public var targetClassName: String? {
        switch decision {
        case .promote, .conditional: nextClassName
        case .keep: className
        case .leave: nil
        case .move(let name): name
        }
    }

    /// The decisions a key cycles through, the proposal first.
    public var choices: [PromotionDecision] {
        var all: [PromotionDecision] = nextClassName == nil ? [.leave, .keep] : [.promote, .conditional, .keep, .leave]
        if case .move = decision, !all.contains(decision) { all.append(decision) }
        return [proposed] + all.filter { $0 != proposed }
    }

    /// The next decision in `choices`.
    public mutating func cycleDecision() {
        let options = choices
        let index = options.firstIndex(of: decision) ?? -1
        decision = options[(index + 1) % options.count]
    }

    /// «переведён в 6А», «условно переведён в 6А», «оставлен в 5А», «выбывает».
    public var decisionWords: Phrase {
        let target = targetClassName ?? ""
        switch decision {
        case .promote, .move: return Phrase(ru: "переведён в \(target)", en: "promoted to \(target)")
        case .conditional: return Phrase(ru: "условно переведён в \(target)", en: "conditionally promoted to \(target)")
        case .keep: return Phrase(ru: "оставлен в \(target)", en: "kept in \(target)")
        case .leave: return grade == 9 || grade == 11 ? Phrase(ru: "выпуск, выбывает", en: "graduates, leaves")
                                                       : Phrase(ru: "выбывает", en: "leaves")
        }
    }
}

/// The rules of the proposal.
public enum PromotionRules {
    /// The last grade of the school.
    public static let lastGrade = 11
    /// Grades whose students leave by default (basic and secondary school).
    public static let leavingGrades: Set<Int> = [9, 11]

    /// Graduates of 9 and 11 leave; a debtor goes up conditionally; others go up.
    public static func proposal(grade: Int, hasDebt: Bool) -> PromotionDecision {
        if leavingGrades.contains(grade) { return .leave }
        return hasDebt ? .conditional : .promote
    }

    /// The class's name with its leading grade number raised: «5А» → «6А»,
    /// «10 Б» → «11 Б»; a name without a leading number gets the new grade in
    /// front («Коррекционный» → «6 Коррекционный»). None after grade 11.
    public static func nextClassName(_ name: String, grade: Int) -> String? {
        guard grade < lastGrade else { return nil }
        let rest = name.drop { $0.isNumber }
        if rest.count == name.count { return "\(grade + 1) \(name)" }
        return "\(grade + 1)\(rest)"
    }
}
