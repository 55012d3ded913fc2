/// Who teaches a subject: a teacher's specialty (учитель русского языка и
/// литературы, учитель математики...). In grades 1–4 the homeroom teacher (учитель
/// начальных классов) teaches most subjects.
enum Specialty: Int, CaseIterable {
    case primary, russian, math, english, history, physics, informatics, chemistry, biology, geography,
         arts, music, pe, obzr

    /// Share of women among such teachers in Russian schools, roughly.
    var femaleShare: Double {
        switch self {
        case .primary, .english: 0.96
        case .russian: 0.93
        case .chemistry, .biology, .music: 0.85
        case .math, .geography: 0.78
        case .history: 0.7
        case .arts: 0.6
        case .physics: 0.5
        case .informatics: 0.45
        case .pe: 0.4
        case .obzr: 0.2
        }
    }

    /// Where the subjects go when a small school has fewer teachers than
    /// specialties: the usual combinations (физика и информатика, химия и
    /// биология, физкультура и ОБЗР...), ending with the largest specialties.
    var mergesInto: Specialty? {
        switch self {
        case .obzr: .pe
        case .music: .arts
        case .geography, .chemistry: .biology
        case .informatics: .physics
        case .physics: .math
        case .arts: .pe
        case .biology: .history
        case .history, .english: .russian
        case .pe: .history
        case .primary, .russian, .math: nil
        }
    }

    /// Room numbers by floor: humanities on the second, sciences on the third.
    var floor: Int {
        switch self {
        case .primary: 1
        case .russian, .english, .history, .arts, .music: 2
        case .math, .physics, .informatics, .chemistry, .biology, .geography: 3
        case .pe, .obzr: 1
        }
    }
}
