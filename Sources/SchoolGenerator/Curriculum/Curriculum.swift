/// Weekly hours per subject by grade, after the federal curriculum (ФОП 2023) for
/// a five-day week, filled up to the largest weekly load SanPiN allows (21 hours
/// in grade 1, 23 in 2–4, 29–34 in 5–11). A six-day week adds three hours
/// (Russian, mathematics, English), the usual use of the extra day. English is
/// taught in two groups from grade 2, informatics from grade 7 (подгруппы).
enum Curriculum {
    struct Hours {
        let subject: Int
        let perWeek: Int
        /// Taught in two groups at the same time, each half of the class with its own teacher.
        let split: Bool

        /// The lesson streams of the hour: 0 for the whole class, or its groups 1 and 2.
        var groups: [Int] { split ? [1, 2] : [0] }

        init(subject: Int, perWeek: Int, grade: Int) {
            self.subject = subject
            self.perWeek = perWeek
            split = Curriculum.isSplit(SubjectCatalog.all[subject].code, grade: grade)
        }
    }

    static func isSplit(_ subject: String, grade: Int) -> Bool {
        switch subject {
        case "eng": grade >= 2
        case "inf": grade >= 7
        default: false
        }
    }

    static func hours(grade: Int, sixDays: Bool) -> [Hours] {
        var list = fiveDay[grade - 1].map { Hours(subject: SubjectCatalog.index($0.0), perWeek: $0.1, grade: grade) }
        // First graders study five days a week whatever the school does (SanPiN).
        if sixDays, grade >= 2 {
            let mainMath = grade <= 6 ? "math" : "algebra"
            for code in ["rus", mainMath, "eng"] {
                guard let index = list.firstIndex(where: { $0.subject == SubjectCatalog.index(code) }) else { continue }
                list[index] = Hours(subject: list[index].subject, perWeek: list[index].perWeek + 1, grade: grade)
            }
        }
        return list
    }

    static func weeklyTotal(grade: Int, sixDays: Bool) -> Int {
        hours(grade: grade, sixDays: sixDays).reduce(0) { $0 + $1.perWeek }
    }

    /// Most lessons a day (SanPiN 1.2.3685-21): 4–5 in grade 1, 5 in 2–4, 6 in 5–6, 7 in 7–11.
    static func maxLessonsPerDay(grade: Int) -> Int {
        switch grade {
        case 1: 5
        case 2...4: 5
        case 5, 6: 6
        default: 7
        }
    }

    private static let primaryCore: [(String, Int)] = [("rus", 5), ("read", 4), ("eng", 2), ("math", 4), ("world", 2),
                                                        ("art", 1), ("music", 1), ("tech", 1), ("pe", 3)]

    private static let fiveDay: [[(String, Int)]] = [
        // 1
        [("rus", 5), ("read", 4), ("math", 4), ("world", 2), ("art", 1), ("music", 1), ("tech", 1), ("pe", 3)],
        // 2, 3
        primaryCore,
        primaryCore,
        // 4
        [("rus", 5), ("read", 3), ("eng", 2), ("math", 4), ("world", 2), ("orkse", 1), ("art", 1), ("music", 1),
         ("tech", 1), ("pe", 3)],
        // 5
        [("rus", 5), ("lit", 3), ("eng", 3), ("math", 5), ("inf", 1), ("hist", 2), ("geo", 1), ("bio", 1),
         ("odnknr", 1), ("art", 1), ("music", 1), ("tech", 2), ("pe", 3)],
        // 6
        [("rus", 6), ("lit", 3), ("eng", 3), ("math", 5), ("hist", 2), ("soc", 1), ("geo", 1), ("bio", 1),
         ("odnknr", 1), ("art", 1), ("music", 1), ("tech", 2), ("pe", 3)],
        // 7
        [("rus", 5), ("lit", 2), ("eng", 3), ("algebra", 3), ("geometry", 2), ("prob", 1), ("inf", 1), ("hist", 2),
         ("soc", 1), ("geo", 2), ("bio", 1), ("phys", 2), ("art", 1), ("music", 1), ("tech", 2), ("pe", 3)],
        // 8
        [("rus", 4), ("lit", 2), ("eng", 3), ("algebra", 3), ("geometry", 2), ("prob", 1), ("inf", 1), ("hist", 2),
         ("soc", 1), ("geo", 2), ("bio", 2), ("phys", 2), ("chem", 2), ("music", 1), ("tech", 1), ("obzr", 1), ("pe", 3)],
        // 9
        [("rus", 3), ("lit", 3), ("eng", 3), ("algebra", 3), ("geometry", 2), ("prob", 1), ("inf", 1), ("hist", 2),
         ("soc", 1), ("geo", 2), ("bio", 2), ("phys", 3), ("chem", 2), ("tech", 1), ("obzr", 1), ("pe", 3)],
        // 10
        [("rus", 3), ("lit", 3), ("eng", 3), ("algebra", 4), ("geometry", 2), ("prob", 1), ("inf", 2), ("hist", 2),
         ("soc", 2), ("geo", 1), ("bio", 2), ("phys", 3), ("chem", 1), ("obzr", 1), ("pe", 3), ("project", 1)],
        // 11
        [("rus", 3), ("lit", 3), ("eng", 3), ("algebra", 4), ("geometry", 2), ("prob", 1), ("inf", 2), ("hist", 2),
         ("soc", 3), ("geo", 1), ("bio", 2), ("phys", 3), ("chem", 1), ("obzr", 1), ("pe", 3)],
    ]
}
