import JournalCore

/// The kind of the periodic checks a subject's plan schedules.
enum ControlKind {
    case test, dictation, independent

    var workType: String {
        switch self {
        case .test: "test"
        case .dictation: "dictation"
        case .independent: "independent"
        }
    }
}

/// How homework is phrased for a subject.
enum HomeworkStyle {
    case russian, literature, math, english, paragraph, science, primary, creative, none
}

struct SubjectInfo {
    let code: String
    let name: String
    let specialty: Specialty
    /// Taught in grades 1–4 by the class's own teacher rather than a specialist.
    let primaryHomeroomTeaches: Bool
    /// Marked at all (ОРКСЭ is not: зачёт at the end).
    let graded: Bool
    /// Marks in an ordinary lesson relative to the average subject.
    let markIntensity: Double
    let homeworkRate: Double
    let homework: HomeworkStyle
    let control: ControlKind?
    /// Hard subjects go to lessons 2–4; physical education and the arts later.
    let slotPreference: SlotPreference
}

enum SlotPreference {
    case early, any, late
}

enum SubjectCatalog {
    static let all: [SubjectInfo] = [
        s("rus", "Русский язык", .russian, primary: true, marks: 1.25, homework: 0.95, .russian, control: .dictation, slot: .early),
        s("read", "Литературное чтение", .russian, primary: true, marks: 1.1, homework: 0.85, .literature, control: nil, slot: .any),
        s("lit", "Литература", .russian, marks: 1.0, homework: 0.85, .literature, control: .test, slot: .any),
        s("eng", "Английский язык", .english, marks: 1.15, homework: 0.9, .english, control: .test, slot: .any),
        s("math", "Математика", .math, primary: true, marks: 1.25, homework: 0.95, .math, control: .test, slot: .early),
        s("algebra", "Алгебра", .math, marks: 1.2, homework: 0.95, .math, control: .test, slot: .early),
        s("geometry", "Геометрия", .math, marks: 1.1, homework: 0.9, .math, control: .test, slot: .early),
        s("prob", "Вероятность и статистика", .math, marks: 0.8, homework: 0.6, .math, control: .independent, slot: .any),
        s("inf", "Информатика", .informatics, marks: 0.9, homework: 0.5, .paragraph, control: .independent, slot: .any),
        s("hist", "История", .history, marks: 1.0, homework: 0.9, .paragraph, control: .independent, slot: .any),
        s("soc", "Обществознание", .history, marks: 0.9, homework: 0.85, .paragraph, control: .independent, slot: .any),
        s("geo", "География", .geography, marks: 0.9, homework: 0.8, .paragraph, control: .independent, slot: .any),
        s("bio", "Биология", .biology, marks: 0.95, homework: 0.85, .paragraph, control: .independent, slot: .any),
        s("phys", "Физика", .physics, marks: 1.0, homework: 0.9, .science, control: .test, slot: .early),
        s("chem", "Химия", .chemistry, marks: 1.0, homework: 0.9, .science, control: .test, slot: .early),
        s("world", "Окружающий мир", .primary, primary: true, marks: 0.9, homework: 0.7, .primary, control: nil, slot: .any),
        s("orkse", "Основы религиозных культур и светской этики", .history, primary: true, graded: false, marks: 0,
          homework: 0.2, .creative, control: nil, slot: .late),
        s("odnknr", "Основы духовно-нравственной культуры народов России", .history, marks: 0.5, homework: 0.3,
          .creative, control: nil, slot: .late),
        s("art", "Изобразительное искусство", .arts, primary: true, marks: 0.8, homework: 0.2, .creative, control: nil, slot: .late),
        s("music", "Музыка", .music, marks: 0.6, homework: 0.1, .creative, control: nil, slot: .late),
        s("tech", "Труд (технология)", .arts, primary: true, marks: 0.8, homework: 0.1, .creative, control: nil, slot: .late),
        s("pe", "Физическая культура", .pe, marks: 0.7, homework: 0.0, .none, control: nil, slot: .late),
        s("obzr", "Основы безопасности и защиты Родины", .obzr, marks: 0.7, homework: 0.5, .paragraph, control: .independent,
          slot: .late),
        s("project", "Индивидуальный проект", .informatics, marks: 0.4, homework: 0.4, .creative, control: nil, slot: .late),
        // Electives (mixed groups): the demo teacher's, after their specialty.
        s("rus-prac", "Практикум по русскому языку", .russian, marks: 0.8, homework: 0.4, .russian, control: .independent,
          slot: .late),
        s("math-prac", "Практикум по математике", .math, marks: 0.8, homework: 0.4, .math, control: .independent, slot: .late),
        s("fg", "Функциональная грамотность", .history, marks: 0.7, homework: 0.2, .creative, control: nil, slot: .late),
        // Clubs (extra groups, внеурочная деятельность): no marks 1–5.
        s("robot", "Робототехника", .informatics, graded: false, marks: 0, homework: 0, .none, control: nil, slot: .late),
        s("chess", "Шахматы", .pe, graded: false, marks: 0, homework: 0, .none, control: nil, slot: .late),
        s("theatre", "Театральная студия", .arts, graded: false, marks: 0, homework: 0, .none, control: nil, slot: .late),
    ]

    static let indexByCode: [String: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.code, $0) })

    static func index(_ code: String) -> Int { indexByCode[code]! }

    private static func s(_ code: String, _ name: String, _ specialty: Specialty, primary: Bool = false, graded: Bool = true,
                          marks: Double, homework: Double, _ style: HomeworkStyle, control: ControlKind?,
                          slot: SlotPreference) -> SubjectInfo {
        SubjectInfo(code: code, name: name, specialty: specialty, primaryHomeroomTeaches: primary, graded: graded,
                    markIntensity: marks, homeworkRate: homework, homework: style, control: control, slotPreference: slot)
    }
}
