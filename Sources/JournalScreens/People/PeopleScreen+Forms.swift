import JournalCore
import JournalStore
import TerminalUI

/// What a submitted form means.
enum PeopleFormPurpose: Equatable {
    case newClass, editClass(code: String), newStudent, renameStudent(code: String), move(code: String, name: String)
    case newTeacher, newParent, linkForStudent(code: String), linkForParent(login: String), unlink(login: String)
    case renamePerson(login: String)
}

/// The forms: which opens on which list, and what saving them does.
extension PeopleScreen {
    func openAddForm(_ context: AppContext) {
        let today = context.today.russian
        switch state.tab {
        case .classes:
            form = (PeopleForm.typedDown(title: context.t("Новый класс", "New class"),
                               fields: [(context.t("Название:", "Name:"), ""), (context.t("Параллель (0–11):", "Grade (0–11):"), ""),
                                        (context.t("Кл. руководитель:", "Homeroom:"), "")],
                               hints: [context.t("Классный руководитель — логин учителя (можно пусто).", "Homeroom: a teacher's login (may be blank).")]),
                    .newClass)
        case .students:
            form = (PeopleForm.typedDown(title: context.t("Новый ученик (прибытие)", "New student (arrival)"),
                               fields: [(context.t("ФИО:", "Full name:"), ""), (context.t("Класс:", "Class:"), ""),
                                        (context.t("С даты:", "From:"), today), (context.t("Приказ:", "Order:"), "")],
                               hints: [context.t("Класс — как в списке (7Б). Приказ — «№ 57 от 14.10.2026».",
                                                 "Class as listed (7Б). Order: «№ 57 от 14.10.2026».")]),
                    .newStudent)
        case .staff:
            form = (PeopleForm.typedDown(title: context.t("Новый учитель", "New teacher"),
                               fields: [(context.t("Логин:", "Login:"), ""), (context.t("ФИО:", "Full name:"), "")],
                               hints: [context.t("Логин — латиница, цифры, . _ - (ivanova.ap).", "Login: Latin letters, digits, . _ -."),
                                       context.t("Будет показан одноразовый код для первого входа.", "A one-time code follows.")]),
                    .newTeacher)
        case .parents:
            form = (PeopleForm.typedDown(title: context.t("Новый родитель", "New parent"),
                               fields: [(context.t("ФИО:", "Full name:"), ""), (context.t("Логин (пусто — сам):", "Login (blank: made):"), ""),
                                        (context.t("Ребёнок (код):", "Child (code):"), "")],
                               hints: [context.t("Код ребёнка — в списке «Ученики», последняя колонка.", "The child's code is in the students list.")]),
                    .newParent)
        }
    }

    func openEditForm(_ context: AppContext) {
        if let chosen = state.selectedClass {
            form = (PeopleForm.typedDown(title: context.t("Класс \(chosen.name)", "Class \(chosen.name)"),
                               fields: [(context.t("Название:", "Name:"), chosen.name), (context.t("Параллель (0–11):", "Grade (0–11):"), String(chosen.grade)),
                                        (context.t("Кл. руководитель:", "Homeroom:"), chosen.homeroomLogin ?? "")]),
                    .editClass(code: chosen.code))
        } else if let student = state.selectedStudent {
            form = (PeopleForm.typedDown(title: context.t("ФИО ученика", "Student's name"), fields: [(context.t("ФИО:", "Full name:"), student.fullName)]),
                    .renameStudent(code: student.code))
        } else if let person = state.selectedStaff.map({ ($0.login, $0.fullName) }) ?? state.selectedParent.map({ ($0.login, $0.fullName) }) {
            form = (PeopleForm.typedDown(title: context.t("ФИО: \(person.0)", "Name: \(person.0)"), fields: [(context.t("ФИО:", "Full name:"), person.1)]),
                    .renamePerson(login: person.0))
        }
    }

    func openMoveForm(_ context: AppContext) -> [ScreenEffect] {
        guard let student = state.selectedStudent else {
            return [.status(.warning(context.t("Движение — на списке «Ученики»: выберите ученика.", "Choose a student in the students list.")))]
        }
        form = (PeopleForm.typedDown(title: context.t("Движение: \(student.fullName)", "Move: \(student.fullName)"),
                           fields: [(context.t("В класс:", "To class:"), ""), (context.t("С даты:", "From:"), context.today.russian),
                                    (context.t("Приказ:", "Order:"), "")],
                           hints: [context.t("Сейчас: \(student.className ?? "—") с \(student.since?.russian ?? "—").",
                                             "Now: \(student.className ?? "—") from \(student.since?.russian ?? "—")."),
                                   context.t("В класс — перевод; пусто — выбытие из школы.", "A class: transfer; blank: departure.")]),
                .move(code: student.code, name: student.fullName))
        return []
    }

    func openLinkForm(_ context: AppContext) -> [ScreenEffect] {
        if let student = state.selectedStudent {
            form = (PeopleForm.typedDown(title: context.t("Родитель: \(student.fullName)", "Parent of \(student.fullName)"),
                               fields: [(context.t("Логин родителя:", "Parent's login:"), ""), (context.t("или ФИО нового:", "or a new one's name:"), "")],
                               hints: [context.t("Есть учётная запись — её логин; нет — ФИО, учётная запись создастся.",
                                                 "An existing login, or a name for a new account.")]),
                    .linkForStudent(code: student.code))
        } else if let parent = state.selectedParent {
            form = (PeopleForm.typedDown(title: context.t("Ребёнок для \(parent.login)", "Child of \(parent.login)"),
                               fields: [(context.t("Ребёнок (код или ФИО):", "Child (code or name):"), "")]),
                    .linkForParent(login: parent.login))
        } else {
            return [.status(.warning(context.t("Связать — на списке «Ученики» или «Родители».", "Choose a student or a parent.")))]
        }
        return []
    }

    func unlink(_ context: AppContext) -> [ScreenEffect] {
        guard let parent = state.selectedParent, let first = parent.children.first else {
            return [.status(.warning(context.t("Отвязать — на списке «Родители»: выберите родителя с ребёнком.", "Choose a parent with a child.")))]
        }
        form = (PeopleForm.typedDown(title: context.t("Отвязать от \(parent.login)", "Unlink from \(parent.login)"),
                           fields: [(context.t("Ребёнок (код):", "Child (code):"), first.studentCode)],
                           hints: parent.children.map { "\($0.studentCode) — \($0.fullName)" }),
                .unlink(login: parent.login))
        return []
    }

    func history(_ context: AppContext) -> [ScreenEffect] {
        guard let student = state.selectedStudent else {
            return [.status(.warning(context.t("История — на списке «Ученики».", "Choose a student.")))]
        }
        do {
            let names = Dictionary(state.directory.classes.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            let lines = try context.db.classHistory(of: student.code, by: .user(user)).map { stay in
                let to = stay.to.map { " по \($0.russian)" } ?? ""
                return "\(names[stay.classCode] ?? stay.classCode): с \(stay.from.russian)\(to)" + (stay.order.map { " · \($0)" } ?? "")
            }
            return [.confirm(Confirmation(title: context.t("История: \(student.fullName)", "History: \(student.fullName)"),
                                          message: lines.isEmpty ? context.t("ни в одном классе", "in no class") : lines.joined(separator: "\n"),
                                          buttons: [context.t("Закрыть", "Close")]) { _ in [] })]
        } catch {
            return [.status(.error(context.describe(error)))]
        }
    }

    // MARK: Saving

    func submit(_ purpose: PeopleFormPurpose, _ values: [String], _ context: AppContext) throws -> [ScreenEffect] {
        let db = context.db, me = Requester.user(user)
        switch purpose {
        case .newClass, .editClass:
            guard let grade = Int(values[1]) else {
                throw JournalError.other(Phrase(ru: "параллель — число от 0 до 11", en: "the grade is a number 0–11"))
            }
            let homeroom = values[2].isEmpty ? nil : values[2]
            if case .editClass(let code) = purpose {
                try db.editClass(code: code, name: values[0], grade: grade, homeroom: homeroom, by: me)
            } else {
                try db.addClass(name: values[0], grade: grade, homeroom: homeroom, by: me)
            }
            return [.status(.success(context.t("Класс \(values[0]) сохранён.", "Class \(values[0]) saved.")))]
        case .newStudent:
            let date = try TypedDate.required(values[2])
            try db.addStudent(fullName: values[0], class: state.classCode(typed: values[1]), on: date, order: values[3], by: me)
            return [.status(.success(context.t("Ученик \(values[0]) зачислен с \(date.russian).", "\(values[0]) enrolled from \(date.iso).")))]
        case .renameStudent(let code):
            try db.renameStudent(code: code, fullName: values[0], by: me)
            return [.status(.success(context.t("ФИО исправлено.", "Name changed.")))]
        case .move(let code, let name):
            let date = try TypedDate.required(values[1])
            if values[0].isEmpty {
                try db.leave(student: code, on: date, order: values[2], by: me)
                return [.status(.success(context.t("\(name) выбывает с \(date.russian).", "\(name) leaves from \(date.iso).")))]
            }
            try db.transfer(student: code, to: state.classCode(typed: values[0]), on: date, order: values[2], by: me)
            return [.status(.success(context.t("\(name) переведён(а) в \(values[0]) с \(date.russian).", "\(name) moves to \(values[0]) from \(date.iso).")))]
        case .newTeacher:
            let issued = try db.addTeacher(login: values[0], fullName: values[1], by: me)
            return [.status(.success(context.t("Учитель \(issued.login) создан.", "\(issued.login) created."))),
                    .confirm(AccountDialogs.oneTimeCode(login: issued.login, code: issued.code, context: context))]
        case .newParent:
            let issued = try db.addParent(login: values[1], fullName: values[0], children: values[2].isEmpty ? [] : [values[2]], by: me)
            return [.confirm(AccountDialogs.oneTimeCode(login: issued.login, code: issued.code, context: context))]
        case .linkForStudent(let code):
            if !values[0].isEmpty {
                try db.linkParent(values[0], to: code, by: me)
                return [.status(.success(context.t("Родитель \(values[0]) связан с учеником.", "\(values[0]) linked.")))]
            }
            let issued = try db.addParent(login: nil, fullName: values[1], children: [code], by: me)
            return [.confirm(AccountDialogs.oneTimeCode(login: issued.login, code: issued.code, context: context))]
        case .linkForParent(let login):
            try db.linkParent(login, to: studentCode(typed: values[0]), by: me)
            return [.status(.success(context.t("Ребёнок связан с \(login).", "Linked to \(login).")))]
        case .renamePerson(let login):
            try db.renamePerson(login: login, fullName: values[0], by: me)
            return [.status(.success(context.t("ФИО \(login) исправлено.", "\(login) renamed.")))]
        case .unlink(let login):
            try db.unlinkParent(login, from: studentCode(typed: values[0]), by: me)
            return [.status(.success(context.t("Связь \(login) с ребёнком снята.", "Unlinked from \(login).")))]
        }
    }

    /// A student's code, or the code of the one student of that exact name.
    private func studentCode(typed text: String) -> String {
        let matches = state.directory.students.filter { $0.fullName.lowercased() == text.lowercased() }
        return matches.count == 1 ? matches[0].code : text
    }
}
