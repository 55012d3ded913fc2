/// A kind of work a mark is for, with its weight in the weighted average and
/// whether it is done and marked in the lesson itself (which decides the
/// `kchr` on-time rule).
public struct WorkType: Hashable, Sendable, Codable {
    public var code: String
    public var name: String
    public var weight: Weight
    public var inClass: Bool

    public init(code: String, name: String, weight: Weight, inClass: Bool) {
        self.code = code
        self.name = name
        self.weight = weight
        self.inClass = inClass
    }

    /// The code of the work type a mark gets when none is chosen.
    public static let defaultCode = "lesson"

    /// The built-in list of readiness.md, used when a bundle has no work_types.csv.
    public static let builtIn: [WorkType] = [
        WorkType(code: "lesson", name: "Работа на уроке", weight: .one, inClass: true),
        WorkType(code: "oral", name: "Ответ на уроке", weight: .one, inClass: true),
        WorkType(code: "heart", name: "Наизусть", weight: .one, inClass: true),
        WorkType(code: "behavior", name: "Поведение", weight: .one, inClass: true),
        WorkType(code: "homework", name: "Домашняя работа", weight: .one, inClass: false),
        WorkType(code: "independent", name: "Самостоятельная работа", weight: try! Weight(hundredths: 150), inClass: false),
        WorkType(code: "test", name: "Контрольная работа", weight: try! Weight(hundredths: 200), inClass: false),
        WorkType(code: "dictation", name: "Диктант", weight: try! Weight(hundredths: 200), inClass: false),
        WorkType(code: "lab", name: "Лабораторная работа", weight: try! Weight(hundredths: 150), inClass: false),
    ]
}
