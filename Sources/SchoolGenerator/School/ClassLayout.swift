/// One class (5А) as the generator plans it.
struct ClassPlan {
    let index: Int
    let grade: Int
    let letter: String
    let sixDays: Bool
    let hours: [Curriculum.Hours]
    /// Lessons on Monday ... Saturday (0 on a day off).
    let lessonsPerDay: [Int]
    var homeroom = -1
    var pupils: [Int] = []

    var name: String { "\(grade)\(letter)" }
    var code: String { "\(grade)\(LoginMaker.transliterate(letter.lowercased()))" }
    var isPrimary: Bool { grade <= 4 }
    var days: Int { sixDays ? 6 : 5 }
    /// Grade 1 is not marked (безотметочное обучение) and gets no homework.
    var isMarked: Bool { grade >= 2 }
}

/// Which classes a school of a size has: parallels of equal size in grades 1–9,
/// half as many in 10–11 (many leave after the 9th grade); a school with fewer
/// classes than grades takes grades spread over the range.
enum ClassLayout {
    static let letters = ["А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О", "П", "Р", "С", "Т", "У",
                          "Ф", "Х", "Ц", "Ч", "Ш", "Э", "Ю", "Я"]

    static func classes(for size: SchoolSize) -> [ClassPlan] {
        var result: [ClassPlan] = []
        for (gradeIndex, count) in classesPerGrade(size.classes).enumerated() {
            let grade = gradeIndex + 1
            let sixDays = size.saturdayFromGrade.map { grade >= $0 } ?? false
            for number in 0..<count {
                result.append(ClassPlan(index: result.count, grade: grade, letter: letters[number % letters.count],
                                        sixDays: sixDays, hours: Curriculum.hours(grade: grade, sixDays: sixDays),
                                        lessonsPerDay: lessonsPerDay(grade: grade, sixDays: sixDays)))
            }
        }
        return result
    }

    static func classesPerGrade(_ total: Int) -> [Int] {
        if total >= 11 {
            return Apportion.split(total, weights: (1...11).map { $0 >= 10 ? 1 : 2 })
        }
        var counts = Array(repeating: 0, count: 11)
        for i in 0..<total {
            counts[Int((Double(i) + 0.5) * 11 / Double(total))] += 1
        }
        return counts
    }

    /// Spreads the weekly hours over the days, the longer days midweek (SanPiN
    /// puts the peak of the load on Tuesday and Wednesday).
    static func lessonsPerDay(grade: Int, sixDays: Bool) -> [Int] {
        let total = Curriculum.weeklyTotal(grade: grade, sixDays: sixDays)
        let days = sixDays ? 6 : 5
        var perDay = Array(repeating: total / days, count: days)
        let longerFirst = [1, 2, 3, 0, 4, 5].filter { $0 < days }
        for i in 0..<(total % days) { perDay[longerFirst[i]] += 1 }
        precondition(perDay.allSatisfy { $0 <= Curriculum.maxLessonsPerDay(grade: grade) }, "grade \(grade) overloaded")
        return perDay + Array(repeating: 0, count: 6 - days)
    }
}
