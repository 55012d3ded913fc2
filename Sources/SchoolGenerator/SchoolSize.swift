/// The school sizes the project is measured on (architecture.md).
public enum SchoolSize: String, CaseIterable, Sendable {
    case small, medium, large, huge

    public var students: Int {
        switch self {
        case .small: 75
        case .medium: 500
        case .large: 2_000
        case .huge: 5_000
        }
    }

    public var classes: Int {
        switch self {
        case .small: 3
        case .medium: 20
        case .large: 80
        case .huge: 200
        }
    }

    /// Accounts with the teacher role (the deputy director among them: a завуч
    /// teaches too).
    public var teachers: Int {
        switch self {
        case .small: 8
        case .medium: 35
        case .large: 110
        case .huge: 260
        }
    }

    /// School weeks generated when the caller does not say.
    public var weeks: Int {
        switch self {
        case .small: 4
        case .medium, .large, .huge: 34
        }
    }

    /// The first grade that studies six days a week. City schools of this size
    /// commonly keep Saturday lessons for grades 5–11; that is also what brings a
    /// 2,000-student school to the ~80k lessons of architecture.md.
    var saturdayFromGrade: Int? {
        switch self {
        case .small, .medium: nil
        case .large, .huge: 5
        }
    }

    /// Russian name of the size for summaries.
    public var title: String {
        switch self {
        case .small: "маленькая"
        case .medium: "средняя"
        case .large: "большая"
        case .huge: "очень большая"
        }
    }
}
