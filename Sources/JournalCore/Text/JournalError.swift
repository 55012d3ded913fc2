/// Every refusal the journal can give, typed so that callers can react and
/// phrased so that a teacher understands it without a manual.
public enum JournalError: Error, Equatable, Sendable, LocalizedMessage {
    case invalidMark(String)
    case invalidAttendanceCode(String)
    case invalidFinalMark(String)
    case invalidWorkType(String)
    case invalidWeight(String)
    case invalidRole(String)
    case invalidPeriodKind(String)
    case invalidDate(String)
    case invalidTime(String)
    case invalidTimestamp(String)
    case invalidBoolean(String)
    case invalidNumber(String)
    case invalidTimeZone(String)
    case invalidGrade(String)
    case invalidWeekday(String)
    case invalidLogin(String, LoginFlaw)
    case emptyValue(field: Phrase)
    case notFound(Phrase)
    case forbidden(Phrase)
    case studentNotEnrolled(student: String, date: SchoolDate)
    /// A mark or attendance for a student who was not a member of the lesson's
    /// group on its date.
    case studentNotInGroup(student: String, group: String, date: SchoolDate)
    /// The group keeps attendance and topics only (`GroupGrading.none`).
    case groupNotGraded(String)
    /// The group is assessed «зач/незач» (`GroupGrading.passFail`): no marks
    /// 1–5, and final marks only «зач» or «незач».
    case passFailOnly(String)
    /// A change inside a closed period (its name); a supervisor reopens it.
    case periodLocked(String)
    case outsideAcademicYear(date: SchoolDate, first: SchoolDate, last: SchoolDate)
    case lessonCancelled
    case conflict(Phrase)
    /// A setting's new value is outside what the setting allows (`SettingKey.allowed`).
    case invalidSetting(key: String, value: String, allowed: Phrase)
    /// The writers' queue or another process's lock did not free up within
    /// `write_wait_seconds`; nothing of the action was saved.
    case databaseBusy
    /// The database file failed (disk full, I/O error, read-only, damaged...).
    /// `nothingSaved`: the action was a write and its transaction rolled back.
    case storageFailure(StorageFailure, nothingSaved: Bool)
    case other(Phrase)

    public func text(in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .invalidMark(let v):
            return ru ? "недопустимая отметка «\(v)»: допустимы 1, 2, 3, 4, 5"
                : "invalid mark \"\(v)\": allowed are 1, 2, 3, 4, 5"
        case .invalidAttendanceCode(let v):
            return ru ? "неизвестный код посещаемости «\(v)»: допустимы н, б, уп, оп"
                : "unknown attendance code \"\(v)\": allowed are н, б, уп, оп"
        case .invalidFinalMark(let v):
            return ru ? "недопустимая итоговая отметка «\(v)»: допустимы 1–5, н/а, зач, незач, осв"
                : "invalid final mark \"\(v)\": allowed are 1-5, н/а, зач, незач, осв"
        case .invalidWorkType(let v):
            return ru ? "неизвестный вид работы «\(v)»" : "unknown work type \"\(v)\""
        case .invalidWeight(let v):
            return ru ? "недопустимый вес «\(v)»: нужно число больше 0 (например 1 или 1.5)"
                : "invalid weight \"\(v)\": a number above 0 is needed (1 or 1.5)"
        case .invalidRole(let v):
            return ru ? "неизвестная роль «\(v)»: допустимы \(Role.allowedText)"
                : "unknown role \"\(v)\": allowed are \(Role.allowedText)"
        case .invalidPeriodKind(let v):
            return ru ? "неизвестный вид периода «\(v)»: допустимы quarter, half, trimester, year"
                : "unknown period kind \"\(v)\": allowed are quarter, half, trimester, year"
        case .invalidDate(let v):
            return ru ? "неверная дата «\(v)»: нужен формат ГГГГ-ММ-ДД и существующий день"
                : "invalid date \"\(v)\": YYYY-MM-DD of a real day is needed"
        case .invalidTime(let v):
            return ru ? "неверное время «\(v)»: нужен формат ЧЧ:ММ" : "invalid time \"\(v)\": HH:MM is needed"
        case .invalidTimestamp(let v):
            return ru ? "неверная отметка времени «\(v)»: нужен формат ГГГГ-ММ-ДДTЧЧ:ММ[:СС][+03:00]"
                : "invalid timestamp \"\(v)\": YYYY-MM-DDTHH:MM[:SS][+03:00] is needed"
        case .invalidBoolean(let v):
            return ru ? "неверное значение «\(v)»: нужно 0 или 1" : "invalid value \"\(v)\": 0 or 1 is needed"
        case .invalidNumber(let v):
            return ru ? "неверное число «\(v)»" : "invalid number \"\(v)\""
        case .invalidTimeZone(let v):
            return ru ? "неизвестный часовой пояс «\(v)»: нужно имя IANA, например Europe/Moscow"
                : "unknown time zone \"\(v)\": an IANA name such as Europe/Moscow is needed"
        case .invalidGrade(let v):
            return ru ? "неверная параллель «\(v)»: нужно число от 1 до 11" : "invalid grade \"\(v)\": 1 to 11 is needed"
        case .invalidWeekday(let v):
            return ru ? "неверный день недели «\(v)»: нужно число от 1 (пн) до 6 (сб)"
                : "invalid weekday \"\(v)\": 1 (Monday) to 6 (Saturday) is needed"
        case .invalidLogin(let login, let flaw):
            let shown = TerminalText.sanitized(login.count > 24 ? String(login.prefix(24)) + "…" : login)
            return ru ? "недопустимый логин «\(shown)»: \(flaw.phrase.ru)" : "invalid login \"\(shown)\": it \(flaw.phrase.en)"
        case .emptyValue(let field):
            return ru ? "не заполнено: \(field.ru)" : "missing: \(field.en)"
        case .notFound(let what):
            return ru ? "не найдено: \(what.ru)" : "not found: \(what.en)"
        case .forbidden(let why):
            return ru ? "нет прав: \(why.ru)" : "not allowed: \(why.en)"
        case .studentNotEnrolled(let student, let date):
            return ru ? "ученик \(student) не числился в классе на \(date.russian)"
                : "student \(student) was not enrolled in the class on \(date.iso)"
        case .studentNotInGroup(let student, let group, let date):
            return ru ? "ученик \(student) не состоял в группе «\(group)» на \(date.russian)"
                : "student \(student) was not a member of the group \"\(group)\" on \(date.iso)"
        case .groupNotGraded(let group):
            return ru ? "в группе «\(group)» отметки не ставятся: ведутся только посещаемость и темы"
                : "the group \"\(group)\" gets no marks: only attendance and topics are kept"
        case .passFailOnly(let group):
            return ru ? "группа «\(group)» оценивается «зачтено/не зачтено»: отметки 1–5 не ставятся, итог — только «зач» или «незач»"
                : "the group \"\(group)\" is graded pass/fail: no marks 1-5, and the final mark is only «зач» or «незач»"
        case .periodLocked(let name):
            return ru ? "период «\(name)» закрыт: изменения в нём запрещены. Открыть период может завуч или администратор"
                : "period \"\(name)\" is closed: nothing in it may change. The deputy director or the administrator can reopen it"
        case .outsideAcademicYear(let date, let first, let last):
            return ru ? "\(date.russian) — вне учебного года (\(first.russian) – \(last.russian))"
                : "\(date.iso) is outside the academic year (\(first.iso) – \(last.iso))"
        case .lessonCancelled:
            return ru ? "урок отменён: записи в нём не ведутся" : "the lesson is cancelled"
        case .conflict(let what):
            return ru ? "конфликт: \(what.ru)" : "conflict: \(what.en)"
        case .invalidSetting(let key, let value, let allowed):
            return ru ? "недопустимое значение «\(value)» настройки \(key): \(allowed.ru)"
                : "invalid value \"\(value)\" of the setting \(key): \(allowed.en)"
        case .databaseBusy:
            return ru ? "база занята другим процессом — ничего не сохранено. Повторите чуть позже; если так и останется, сообщите администратору сервера"
                : "the database is busy with another process — nothing was saved. Try again shortly; if it stays so, tell the server's administrator"
        case .storageFailure(let failure, let nothingSaved):
            return failure.text(nothingSaved: nothingSaved, in: language)
        case .other(let phrase):
            return phrase.text(in: language)
        }
    }
}
