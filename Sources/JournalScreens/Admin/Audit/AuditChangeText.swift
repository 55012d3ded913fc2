import Foundation
import JournalCore
import JournalStore

/// One change of the audit log in words: what changed, from what to what, and
/// where in the journal, from the values the log keeps as JSON. What the log
/// holds but these words do not know is shown as it is, never dropped.
struct AuditChangeText {
    let row: AuditTrailRow
    let language: Language
    /// Work types by code; a code not there is shown as it is.
    var workTypeNames: [String: String] = [:]

    private var ru: Bool { language == .ru }
    private func t(_ ru: String, _ en: String) -> String { self.ru ? ru : en }

    private var old: [String: String] { row.old.compactMapValues { $0 } }
    private var new: [String: String] { row.new.compactMapValues { $0 } }

    /// «отметка изменена», «тема урока», «учётная запись отключена».
    var what: String { change.what }

    /// «4 → 5», «— → н»; empty when the change has no values to show.
    var values: String {
        let change = change
        guard change.before != nil || change.after != nil else { return "" }
        return (change.before ?? "—") + " → " + (change.after ?? "—")
    }

    /// Who made it: a short name, else the login, else the program itself.
    var who: String {
        row.actorName.map(PersonName.short) ?? row.actorLogin ?? t("программа", "the program")
    }

    /// «02.12 № 1 5Б Математика», «5Б Математика, 1 четверть», «учётная запись petrov».
    var place: String {
        if let date = row.lessonDate {
            return [date.russianShort + (row.lessonNumber.map { " № \($0)" } ?? ""), row.className, row.subjectName]
                .compactMap { $0 }.joined(separator: " ")
        }
        if row.tableName == "final_mark" {
            return [row.className, row.subjectName].compactMap { $0 }.joined(separator: " ") + (row.periodName.map { ", " + $0 } ?? "")
        }
        if let login = row.accountLogin { return t("учётная запись ", "account ") + login }
        if row.tableName == "setting" { return t("настройки школы", "school settings") }
        return row.className ?? ""
    }

    /// The whole change in one sentence, for the line under the list.
    var sentence: String {
        var parts = [row.at.russian, (row.actorName ?? row.actorLogin ?? t("программа", "the program"))
                     + (row.actorLogin.map { " (\($0))" } ?? "")]
        parts.append(what + (values.isEmpty ? "" : ": " + values))
        if let date = row.lessonDate {
            let lesson = [row.className, row.subjectName].compactMap { $0 }.joined(separator: ", ")
            parts.append(lesson + t(", урок \(date.russian)", ", lesson \(date.iso)") + (row.lessonNumber.map { " № \($0)" } ?? ""))
        } else if !place.isEmpty {
            parts.append(place)
        }
        if let student = row.studentName { parts.append(t("ученик ", "student ") + student) }
        return parts.joined(separator: " · ")
    }

    // MARK: What changed

    private struct Change {
        var what: String
        var before: String?
        var after: String?
    }

    private var change: Change {
        switch row.tableName {
        case "mark": markChange
        case "attendance": Change(what: t("посещаемость", "attendance"), before: old["code"], after: new["code"])
        case "lesson": lessonChange
        case "final_mark": Change(what: t("итоговая отметка", "final mark"), before: old["value"], after: new["value"])
        case "account": accountChange
        case "setting": settingChange
        case "school": Change(what: t("школа загружена", "school loaded"))
        default: Change(what: row.tableName + " " + row.action.rawValue, before: row.oldText(in: language), after: row.newText(in: language))
        }
    }

    private var markChange: Change {
        switch row.action {
        case .insert: return Change(what: t("отметка поставлена", "mark put"), before: nil, after: new["value"])
        case .delete: return Change(what: t("отметка удалена", "mark removed"), before: old["value"], after: nil)
        default:
            if old["value"] != new["value"] { return Change(what: t("отметка изменена", "mark changed"), before: old["value"], after: new["value"]) }
            if old["work_type"] != new["work_type"] {
                return Change(what: t("вид работы изменён", "work type changed"), before: workType(old["work_type"]),
                              after: workType(new["work_type"]))
            }
            return Change(what: t("комментарий к отметке", "mark's comment"), before: old["comment"], after: new["comment"])
        }
    }

    private var lessonChange: Change {
        let field = new.keys.first ?? old.keys.first ?? ""
        switch field {
        case "topic": return Change(what: t("тема урока", "topic"), before: old[field], after: new[field])
        case "homework": return Change(what: t("домашнее задание", "homework"), before: old[field], after: new[field])
        case "comment": return Change(what: t("комментарий к уроку", "lesson comment"), before: old[field], after: new[field])
        case "held_at":
            return Change(what: t("«урок проведён»", "«held»"), before: heldText(old[field]), after: heldText(new[field]))
        case "cancelled":
            return Change(what: t("отмена урока", "lesson cancelled"), before: yesNo(old[field]), after: yesNo(new[field]))
        default:
            return Change(what: t("урок: ", "lesson: ") + field, before: old[field], after: new[field])
        }
    }

    private var accountChange: Change {
        if row.action == .insert {
            return Change(what: t("учётная запись создана", "account created"), before: nil, after: new["roles"])
        }
        if let disabled = new["disabled"] {
            return Change(what: disabled == "1" ? t("учётная запись отключена", "account disabled") : t("учётная запись включена", "account enabled"))
        }
        switch new["password"] {
        case "reset"?: return Change(what: t("пароль сброшен: выдан одноразовый код", "password reset: a one-time code"))
        case "set"?: return Change(what: t("пароль задан администратором", "password set by the administrator"))
        case .some: return Change(what: t("пароль сменён владельцем", "password changed by the owner"))
        case nil: break
        }
        if old.keys.contains("locked_until") { return Change(what: t("вход открыт после неверных паролей", "login unlocked")) }
        if new.keys.contains("activated_at") { return Change(what: t("учётная запись активирована", "account activated")) }
        return Change(what: t("учётная запись изменена", "account changed"), before: row.oldText(in: language),
                      after: row.newText(in: language))
    }

    private var settingChange: Change {
        let key = new.keys.first ?? old.keys.first ?? ""
        return Change(what: t("настройка ", "setting ") + key, before: old[key], after: new[key])
    }

    private func workType(_ code: String?) -> String? {
        code.map { workTypeNames[$0] ?? $0 }
    }

    private func heldText(_ value: String?) -> String {
        guard let value, let time = value.split(separator: "T").last?.prefix(5) else { return t("нет", "no") }
        return t("да, ", "yes, ") + time
    }

    private func yesNo(_ value: String?) -> String {
        value == "1" ? t("да", "yes") : t("нет", "no")
    }
}
