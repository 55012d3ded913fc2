import JournalCore
import JournalStore
import TerminalUI

/// F8 «Реквизиты»: the access slips of the chosen class, after a question
/// that says the old codes stop working; the second answer also creates an
/// account for each parent still missing one, so a new class is handed out in
/// one go.
extension PeopleScreen {
    func slips(_ context: AppContext) -> [ScreenEffect] {
        guard let target = state.classForSlips else {
            return [.status(.warning(context.t("Выберите класс (или ученика этого класса), затем F8.", "Choose a class (or its student), then F8.")))]
        }
        let missing = state.directory.students.filter { $0.classCode == target.code && $0.leftAfter == nil && $0.parentLogins.isEmpty }.count
        let message = context.t(
            "Реквизиты доступа класса \(target.name): каждому ученику и родителю — новый одноразовый код; прежние коды и пароли этих учётных записей перестанут действовать. Без учётной записи родителя: \(missing).",
            "Access slips of \(target.name): a new one-time code for every student and parent; their old codes and passwords stop working. Without a parent's account: \(missing).")
        return [.confirm(Confirmation(title: context.t("Реквизиты доступа", "Access slips"), message: message,
                                      buttons: [context.t("Отмена", "Cancel"), context.t("Реквизиты", "Slips"),
                                                context.t("+ учётки родителей", "+ parents' accounts")]) { [self] choice in
            guard let choice, choice > 0 else { return [] }
            return issueSlips(code: target.code, name: target.name, withParents: choice == 2, context)
        })]
    }

    private func issueSlips(code: String, name: String, withParents: Bool, _ context: AppContext) -> [ScreenEffect] {
        guard let user = context.user else { return [] }
        // without a way to print, new codes would be issued and lost
        guard let desk = context.accessSlipDesk else {
            return [.status(.error(context.t("Печать реквизитов здесь недоступна; коды не выданы.", "Slips cannot be printed here; no codes issued.")))]
        }
        do {
            var created = 0
            if withParents {
                created = try context.db.createParentAccounts(class: code, on: context.today, by: .user(user)).count
            }
            let sheet = try context.db.issueAccessSlips(class: code, on: context.today, by: .user(user))
            load(context)
            let made = context.t("Реквизиты \(name): \(sheet.slips.count)", "Slips of \(name): \(sheet.slips.count)")
                + (withParents ? context.t(", новых учёток родителей: \(created)", ", new parents' accounts: \(created)") : "")
            let outcome = try desk.deliver(sheet, for: user).text(in: context.language)
            // the path is long: the dialog wraps it, the status line would cut it
            return [.status(.success(made + ". " + outcome)),
                    .confirm(Confirmation(title: context.t("Реквизиты доступа", "Access slips"), message: made + ".\n\n" + outcome,
                                          buttons: [context.t("Готово", "Done")]) { _ in [] })]
        } catch {
            load(context)
            return [.status(.error(context.describe(error)))]
        }
    }
}
