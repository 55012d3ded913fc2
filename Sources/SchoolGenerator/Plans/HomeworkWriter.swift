/// Homework as teachers write it, with paragraph and exercise numbers that move
/// through the textbook as the year goes on.
enum HomeworkWriter {
    /// `progress` is how far through the year's plan the lesson is, 0...1.
    static func homework(_ style: HomeworkStyle, progress: Double, _ random: inout SeededRandom) -> String? {
        let paragraph = 1 + Int(progress * 42)
        let page = 4 + Int(progress * 220) + random.below(3)
        switch style {
        case .russian:
            let exercise = 1 + Int(progress * 640) + random.below(6)
            return random.pick(["§ \(paragraph), упр. \(exercise)", "Упр. \(exercise)", "§ \(paragraph), выучить правило, упр. \(exercise)",
                                "Упр. \(exercise), \(exercise + 2)", "Словарные слова, упр. \(exercise)"])
        case .literature:
            return random.pick(["Прочитать с. \(page)–\(page + 6 + random.below(20))", "Ответить на вопросы на с. \(page)",
                                "Выучить наизусть отрывок (с. \(page))", "Подготовить пересказ, с. \(page)–\(page + 8)",
                                "Письменно ответить на вопрос 3 на с. \(page)"])
        case .math:
            let number = 1 + Int(progress * 1_150) + random.below(8)
            return random.pick(["№ \(number), \(number + 2), \(number + 4)", "п. \(paragraph), № \(number)–\(number + 3)",
                                "№ \(number), \(number + 1)", "п. \(paragraph) (правило), № \(number)"])
        case .english:
            return random.pick(["Ex. \(1 + random.below(9)), p. \(page)", "WB p. \(page / 2)", "Учить слова, с. \(page)",
                                "Ex. \(1 + random.below(9)), \(2 + random.below(9)), p. \(page)", "Читать и переводить текст, с. \(page)"])
        case .paragraph:
            return random.pick(["§ \(paragraph), вопросы 1–\(3 + random.below(4))", "§ \(paragraph), пересказ",
                                "§ \(paragraph), подготовить сообщение", "§ \(paragraph), заполнить таблицу в тетради",
                                "§ \(paragraph), выучить термины"])
        case .science:
            let number = 1 + Int(progress * 40) + random.below(3)
            return random.pick(["§ \(paragraph), упр. \(number)", "§ \(paragraph), задачи \(number), \(number + 1)",
                                "§ \(paragraph), вопросы после параграфа", "§ \(paragraph)–\(paragraph + 1), упр. \(number) (1–3)"])
        case .primary:
            return random.pick(["Учебник с. \(page / 2), упр. \(1 + random.below(8))", "Р. т. с. \(page / 3)",
                                "с. \(page / 2), № \(1 + random.below(8))", "Выучить стихотворение, с. \(page / 2)"])
        case .creative:
            return random.pick(["Принести альбом и краски", "Подготовить сообщение", "Закончить работу", "Повторить изученное",
                                "Подобрать иллюстрации к теме"])
        case .none:
            return nil
        }
    }
}
