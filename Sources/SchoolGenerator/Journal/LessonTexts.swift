/// Remarks teachers leave on lessons and marks.
enum LessonTexts {
    /// Subjects whose first lesson of the year starts with a safety briefing.
    static let briefingSubjects: Set<String> = ["phys", "chem", "pe", "tech", "inf", "bio", "obzr", "robot"]

    static let lessonComments = [
        "Класс активно работал на уроке",
        "Не все выполнили домашнее задание",
        "Урок проведён в компьютерном классе",
        "Часть класса на олимпиаде",
        "Проведена беседа о правилах поведения",
        "Урок в библиотеке",
        "Начало урока задержано: линейка",
        "Работа в парах, хорошие результаты",
        "Повторить тему: много ошибок в самостоятельной работе",
        "Урок проведён на улице",
        "Просмотр учебного фильма",
        "Класс шумный, работали медленно",
    ]

    static func markComment(value: Int, _ random: inout SeededRandom) -> String {
        switch value {
        case 5: random.pick(["Отличный ответ у доски", "Молодец!", "Лучшая работа в классе"])
        case 4: random.pick(["Ответ у доски", "Небольшие неточности", "Хорошее сообщение"])
        case 3: random.pick(["Есть ошибки", "Неполный ответ", "Работа над ошибками"])
        case 2: random.pick(["Не готов к уроку", "Не выполнено домашнее задание", "Нужна пересдача"])
        default: "Отказ от ответа"
        }
    }
}
