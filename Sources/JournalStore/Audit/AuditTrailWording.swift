import JournalCore

/// A change of the trail in words, for `zhurnal audit show` and the
/// «Журнал изменений» screen alike: what happened, where, who did it, and the
/// values before and after.
extension AuditTrailRow {
    /// «отметка поставлена», «тема урока изменена», «учётная запись создана».
    public func what(in language: Language) -> String {
        let verb: Phrase = switch action {
        case .insert: Phrase(ru: "добавлено", en: "added")
        case .update: Phrase(ru: "изменено", en: "changed")
        case .delete: Phrase(ru: "удалено", en: "removed")
        case .bulkLoad: Phrase(ru: "загружено", en: "loaded")
        }
        let thing: Phrase = switch tableName {
        case "mark": Phrase(ru: "отметка", en: "mark")
        case "attendance": Phrase(ru: "посещаемость", en: "attendance")
        case "final_mark": Phrase(ru: "итоговая отметка", en: "final mark")
        case "lesson": Phrase(ru: "урок", en: "lesson")
        case "account": Phrase(ru: "учётная запись", en: "account") + (accountLogin.map { " " + $0 } ?? "")
        case "setting": Phrase(ru: "настройка", en: "setting")
        case "school": Phrase(ru: "школа", en: "school")
        default: Phrase(ru: tableName, en: tableName)
        }
        return thing.text(in: language) + ": " + verb.text(in: language)
    }

    /// «02.09.2024, урок 1», or nothing for a change outside a lesson.
    public func lessonText(in language: Language) -> String {
        guard let lessonDate else { return "" }
        return lessonDate.russian + (lessonNumber.map { language == .ru ? ", урок \($0)" : ", lesson \($0)" } ?? "")
    }

    /// «Иванова А. П. (ivanova)», or the server operator for a change made at
    /// the server's command line.
    public func actorText(in language: Language) -> String {
        guard let actorLogin else { return language == .ru ? "оператор сервера" : "server operator" }
        return (actorName.map { PersonName.short($0) + " " } ?? "") + "(\(actorLogin))"
    }

    public func oldText(in language: Language) -> String { Self.words(old, language) }
    public func newText(in language: Language) -> String { Self.words(new, language) }

    /// The values of one side of a change: the mark or code alone when that is
    /// all, «ключ: значение» for the rest.
    static func words(_ values: [String: String?], _ language: Language) -> String {
        var parts: [String] = []
        if let value = values["value"] ?? nil { parts.append(value) }
        if let code = values["code"] ?? nil {
            parts.append(code + (AttendanceCode(rawValue: code).map { " (" + $0.title.text(in: language) + ")" } ?? ""))
        }
        for key in values.keys.sorted() where key != "value" && key != "code" {
            let label = labels[key]?.text(in: language) ?? key
            guard let value = values[key] ?? nil else {
                if key != "comment" || values.count == 1 { parts.append(label + ": —") }
                continue
            }
            parts.append(label + ": " + shown(key, value, language))
        }
        return parts.joined(separator: ", ")
    }

    private static func shown(_ key: String, _ value: String, _ language: Language) -> String {
        switch key {
        case "disabled", "cancelled", "must_change_password":
            value == "1" ? (language == .ru ? "да" : "yes") : (language == .ru ? "нет" : "no")
        case "topic", "homework", "comment", "full_name":
            "«" + value + "»"
        case "password":
            passwords[value]?.text(in: language) ?? value
        case "roles":
            (try? Role.parseList(value)).map { $0.map { $0.title.text(in: language) }.joined(separator: ", ") } ?? value
        default:
            value
        }
    }

    private static let labels: [String: Phrase] = [
        "work_type": Phrase(ru: "вид работы", en: "work type"), "comment": Phrase(ru: "комментарий", en: "comment"),
        "subject": Phrase(ru: "предмет", en: "subject"), "period": Phrase(ru: "период", en: "period"),
        "topic": Phrase(ru: "тема", en: "topic"), "homework": Phrase(ru: "домашнее задание", en: "homework"),
        "held_at": Phrase(ru: "проведён", en: "held at"), "cancelled": Phrase(ru: "отменён", en: "cancelled"),
        "login": Phrase(ru: "логин", en: "login"), "full_name": Phrase(ru: "ФИО", en: "name"), "roles": Phrase(ru: "роли", en: "roles"),
        "disabled": Phrase(ru: "отключена", en: "disabled"), "password": Phrase(ru: "пароль", en: "password"),
        "must_change_password": Phrase(ru: "сменить пароль при входе", en: "must change the password"),
        "locked_until": Phrase(ru: "вход закрыт до", en: "locked until"), "activated_at": Phrase(ru: "активирована", en: "activated"),
        "source": Phrase(ru: "источник", en: "source"), "lessons": Phrase(ru: "уроков", en: "lessons"),
        "marks": Phrase(ru: "отметок", en: "marks"), "attendance": Phrase(ru: "посещаемость", en: "attendance"),
        "accounts": Phrase(ru: "учётных записей", en: "accounts"), "students": Phrase(ru: "учеников", en: "students"),
    ]

    private static let passwords: [String: Phrase] = [
        "reset": Phrase(ru: "сброшен, выдан одноразовый код", en: "reset, a one-time code issued"),
        "set": Phrase(ru: "задан оператором", en: "set by the operator"),
        "changed by owner": Phrase(ru: "сменён владельцем", en: "changed by the owner"),
    ]
}

private func + (phrase: Phrase, suffix: String) -> Phrase {
    Phrase(ru: phrase.ru + suffix, en: phrase.en + suffix)
}
