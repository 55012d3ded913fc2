import JournalCore
import JournalStore
import TerminalUI

/// «Мой класс»: the class teacher's view of their class (issue 15). Today's
/// and the week's absences and marks across all subjects (read-only, but for
/// excusing absences), the pupils' and parents' contacts, the month's
/// events, and notices to parents built from the week's facts.
public final class MyClassScreen: Screen {
    let user: ActingUser
    let keyMap: KeyMap<MyClassAction>
    private(set) var classes: [HeadedClass] = []
    private(set) var overview: MyClassOverview?
    private(set) var events: [ClassEvent] = []
    private(set) var notices: [SentNotice] = []
    private(set) var rows: [MyClassRow] = []
    private(set) var problem: String?
    var state: MyClassState
    var list = ListState()
    var form: MyClassForm?

    public init(user: ActingUser, context: AppContext) {
        self.user = user
        keyMap = MyClassAction.keyMap(context)
        state = MyClassState(today: context.today)
        load(context)
    }

    /// Whether the menu offers «Мой класс» to `user`: they head a class.
    static func headsAClass(_ user: ActingUser, _ context: AppContext) -> Bool {
        (try? context.db.headedClasses(by: user).isEmpty == false) ?? false
    }

    public func title(in context: AppContext) -> String {
        guard let overview else { return context.t("Мой класс", "My class") }
        let week = overview.week.russianShort + "–" + overview.week.adding(days: 6).russian
        return context.t("Мой класс: \(overview.className) · неделя \(week)", "My class: \(overview.className) · week \(week)")
    }

    public var functionBarItems: [FunctionBarItem] { keyMap.functionBarItems }
    public var helpEntries: [HelpEntry] { keyMap.helpEntries }

    public func reload(context: AppContext) {
        load(context)
    }

    func load(_ context: AppContext) {
        do {
            classes = try context.db.headedClasses(by: user)
            guard let headed = classes.first else {
                overview = nil
                problem = context.t("Вы не классный руководитель ни одного класса.", "You head no class.")
                rows = []
                return
            }
            overview = try context.db.myClassOverview(headed.id, week: state.week, by: user)
            events = try context.db.classEvents(headed.id, month: state.eventMonth(today: context.today), by: user)
            notices = try context.db.sentNotices(headed.id, by: user)
            problem = nil
        } catch {
            overview = nil
            problem = context.describe(error)
        }
        refreshRows(context)
    }

    private func refreshRows(_ context: AppContext) {
        rows = overview.map { state.rows($0, events: events, notices: notices, context: context) } ?? []
        list.clamp(itemCount: rows.count)
    }

    private var selectedRow: MyClassRow? {
        guard let index = list.selected, rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    // MARK: Keys

    public func handle(_ key: Key, context: AppContext) -> [ScreenEffect] {
        if form != nil { return handleForm(key, context: context) }
        guard let action = keyMap.action(for: key) else { return CommonKeys.unknownKey(key, context).map { [$0] } ?? [] }
        switch action {
        case .move: _ = list.handle(key, itemCount: rows.count)
        case .section(let section): show(section, context)
        case .nextSection: show(state.section.next(by: 1), context)
        case .previousSection: show(state.section.next(by: -1), context)
        case .previousWeek: state.moveWeek(by: -1); load(context)
        case .nextWeek: state.moveWeek(by: 1); load(context)
        case .goToDate:
            form = MyClassForm(purpose: .goToDate, title: context.t("Перейти к неделе", "Go to a week"),
                               fields: [(context.t("Дата (ДД.ММ.ГГГГ):", "Date (DD.MM.YYYY):"), "")])
        case .choose:
            guard state.section == .week, let student = selectedRow?.student else { return [] }
            state.toggle(student)
            refreshRows(context)
            _ = list.handle(.down, itemCount: rows.count)
        case .excuse: return startExcuse(context)
        case .notify: return previewNotice(context)
        case .edit: return startEdit(context)
        case .add:
            guard state.section == .events else { return [] }
            form = eventForm(nil, context)
        case .remove: return confirmEventRemoval(context)
        case .back: return [.pop]
        }
        return []
    }

    private func show(_ section: MyClassSection, _ context: AppContext) {
        guard section != state.section else { return }
        state.section = section
        list = ListState()
        refreshRows(context)
    }

    private func startExcuse(_ context: AppContext) -> [ScreenEffect] {
        guard let row = selectedRow, let studentID = row.student,
              let student = overview?.students.first(where: { $0.id == studentID }) else {
            return [.status(.warning(context.t("Выберите ученика (раздел «Неделя» или «Сегодня»).",
                                               "Choose a student (Week or Today).")))]
        }
        let day = (row.date ?? context.today).russian
        form = MyClassForm(purpose: .excuse(studentID, name: student.fullName),
                           title: context.t("Уважительная причина: ", "Excused: ") + PersonName.short(student.fullName),
                           fields: [(context.t("С:", "From:"), day), (context.t("По:", "To:"), day),
                                    (context.t("Документ:", "Document:"), context.t("справка № ", "note no. "))])
        form?.dialog.focus = 2
        return []
    }

    private func startEdit(_ context: AppContext) -> [ScreenEffect] {
        switch state.section {
        case .contacts:
            guard let target = selectedRow?.contact else { return [] }
            form = MyClassForm(purpose: .contact(target), title: context.t("Контакты: ", "Contacts: ") + target.name, fields: [
                (context.t("Телефон:", "Phone:"), target.contact.phone ?? ""),
                (context.t("E-mail:", "E-mail:"), target.contact.email ?? ""),
                (context.t("Адрес:", "Address:"), target.contact.address ?? ""),
                (context.t("Согласие на обработку ПДн (дата):", "Consent to data processing (date):"), target.contact.consentDate?.russian ?? ""),
            ])
        case .events:
            guard let event = selectedRow?.event else { return [] }
            form = eventForm(event, context)
        default: break
        }
        return []
    }

    private func eventForm(_ event: ClassEvent?, _ context: AppContext) -> MyClassForm {
        MyClassForm(purpose: .event(event), title: event == nil ? context.t("Новое событие", "New event") : context.t("Событие", "Event"),
                    fields: [(context.t("Дата:", "Date:"), (event?.date ?? max(context.today, state.week)).russian),
                             (context.t("Время:", "Time:"), event?.time?.text ?? ""),
                             (context.t("Что:", "What:"), event?.title ?? ""),
                             (context.t("Где:", "Where:"), event?.place ?? "")])
    }

    private func handleForm(_ key: Key, context: AppContext) -> [ScreenEffect] {
        guard var current = form else { return [] }
        switch current.handle(key) {
        case .editing: form = current
        case .cancelled: form = nil
        case .submitted(let values):
            form = current
            do {
                let message = try submit(current.purpose, values, context)
                form = nil
                load(context)
                return message.map { [.status(.success($0))] } ?? []
            } catch {
                return [.status(.error(context.t("Не сохранено: ", "Not saved: ") + context.describe(error)))]
            }
        }
        return []
    }

    /// Saves what a form collected; the words for the status line.
    private func submit(_ purpose: MyClassForm.Purpose, _ values: [String], _ context: AppContext) throws -> String? {
        guard let classID = overview?.classID else { return nil }
        switch purpose {
        case .goToDate:
            if let date = try TypedValue.date(values[0]) { state.week = date.mondayOfWeek }
            return nil
        case .excuse(let student, let name):
            guard let from = try TypedValue.date(values[0]) else { throw JournalError.invalidDate(values[0]) }
            let to = try TypedValue.date(values[1]) ?? from
            let count = try context.db.excuseAbsences(of: student, from: from, to: to, note: values[2], by: user)
            return count == 0
                ? context.t("У \(PersonName.short(name)) нет пропусков «н» в эти дни.", "\(name) has no «н» on those days.")
                : context.t("Уважительная причина: \(count) \(NoticeText.lessonsWord(count)), \(PersonName.short(name))",
                            "Excused: \(count) lesson(s), \(name).")
        case .contact(let target):
            let contact = PersonContact(phone: values[0].nilIfBlank, email: values[1].nilIfBlank,
                                        address: values[2].nilIfBlank, consentDate: try TypedValue.date(values[3]))
            try context.db.saveContact(contact, of: target.owner, by: user)
            return context.t("Контакты сохранены: \(target.name).", "Contacts saved: \(target.name).")
        case .event(let old):
            guard let date = try TypedValue.date(values[0]) else { throw JournalError.invalidDate(values[0]) }
            let event = ClassEvent(id: old?.id, date: date, time: try TypedValue.time(values[1]), title: values[2],
                                   place: values[3].nilIfBlank)
            try context.db.saveClassEvent(event, in: classID, by: user)
            return context.t("Событие сохранено.", "Event saved.")
        }
    }

    private func confirmEventRemoval(_ context: AppContext) -> [ScreenEffect] {
        guard state.section == .events, let event = selectedRow?.event, let id = event.id, let classID = overview?.classID else { return [] }
        return [.confirm(Confirmation(title: context.t("Удалить событие?", "Delete the event?"),
                                      message: event.date.russian + " " + event.title,
                                      buttons: [context.t("Нет", "No"), context.t("Удалить", "Delete")]) { [weak self] choice in
            guard let self, choice == 1 else { return [] }
            do {
                try context.db.deleteClassEvent(id, in: classID, by: self.user)
                self.load(context)
                return [.status(.success(context.t("Событие удалено.", "Event deleted.")))]
            } catch {
                return [.status(.error(context.t("Не удалено: ", "Not deleted: ") + context.describe(error)))]
            }
        })]
    }

    /// F8: the notices as they will read, then «Отправить».
    private func previewNotice(_ context: AppContext) -> [ScreenEffect] {
        guard let overview else { return [] }
        let targets = state.noticeTargets(selected: selectedRow?.student)
        guard !targets.isEmpty else {
            return [.status(.warning(context.t("Выберите учеников: раздел «Неделя», Пробел.", "Choose students: Week, Space.")))]
        }
        let (drafts, nothing) = MyClassState.drafts(for: targets, in: overview)
        guard !drafts.isEmpty else {
            return [.status(.warning(context.t("За эту неделю сообщить нечего: нет «н» и двоек.", "Nothing to tell this week.")))]
        }
        var message = drafts.map(\.1).joined(separator: "\n")
        if !nothing.isEmpty { message += context.t("\nНечего сообщить: ", "\nNothing to tell: ") + nothing.joined(separator: ", ") }
        let classID = overview.classID
        return [.confirm(Confirmation(title: context.t("Уведомление родителям", "Notice to parents"), message: message,
                                      buttons: [context.t("Не отправлять", "Cancel"), context.t("Отправить", "Send")]) { [weak self] choice in
            guard let self, choice == 1 else { return [] }
            do {
                let sent = try context.db.sendNotices(drafts.map { NoticeDraft(student: $0.0.id, text: $0.1) }, in: classID, by: self.user)
                self.state.chosen = []
                self.load(context)
                return [.status(.success(context.t("Уведомление отправлено родителям: \(sent).", "Notice sent to \(sent) parent(s).")))]
            } catch {
                return [.status(.error(context.t("Не отправлено: ", "Not sent: ") + context.describe(error)))]
            }
        })]
    }

    // MARK: Drawing

    public func render(in area: Rect, buffer: inout Buffer, context: AppContext) {
        buffer.fill(area)
        var x = area.x + 1
        for section in MyClassSection.allCases {
            let text = " F\(section.slot) \(section.title(context)) "
            x = buffer.write(text, at: Point(x: x, y: area.y), style: section == state.section ? .selected : .header, clip: area) + 1
        }
        let rest = area.removingTop(2)
        if let problem {
            Paragraph(TextFitting.wrap(problem, width: rest.width).map { Line($0, style: .error) }).render(in: rest, buffer: &buffer)
            return
        }
        let items = rows.map { ListItem(Line(TextFitting.truncate($0.text, toWidth: rest.width)), style: $0.style) }
        List(items: items).render(in: rest, buffer: &buffer, state: &list)
        form?.render(in: area, buffer: &buffer, context: context)
    }
}

extension MyClassScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
