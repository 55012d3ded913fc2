import JournalCore

/// The store's refusals the tests expect, word for word.
enum Refusal {
    static let disabled = JournalError.forbidden(Phrase(ru: "учётная запись отключена", en: "the account is disabled"))
    static let anotherTeachersLesson = JournalError.forbidden(Phrase(ru: "это урок другого учителя", en: "this is another teacher's lesson"))
    static let notTheSubjectsTeacher = JournalError.forbidden(Phrase(ru: "итоговые отметки ставит учитель этого предмета в классе", en: "final marks are set by the teacher of the subject in the class"))
    static let notYourStudent = JournalError.forbidden(Phrase(ru: "это не ваш ученик", en: "this is not your student"))
    static let notYourClass = JournalError.forbidden(Phrase(ru: "журнал этого класса вам недоступен", en: "this class's journal is not yours to read"))
    static let onlyTheAdministratorManagesAccounts = JournalError.forbidden(Phrase(ru: "учётными записями управляет администратор", en: "only the administrator manages accounts"))
    static let markChangedMeanwhile = JournalError.conflict(Phrase(ru: "эту отметку только что изменил другой пользователь; экран обновлён, проверьте ещё раз", en: "another user has just changed this mark; the screen is refreshed, check again"))
    static let attendanceChangedMeanwhile = JournalError.conflict(Phrase(ru: "посещаемость этого ученика только что изменил другой пользователь; экран обновлён, проверьте ещё раз", en: "another user has just changed this student's attendance; the screen is refreshed, check again"))
    static let onlySupervisorsCancelLessons = JournalError.forbidden(Phrase(ru: "отменять уроки может завуч или администратор", en: "only the deputy or the administrator cancels lessons"))
    static let auditTrailIsForSupervisors = JournalError.forbidden(Phrase(ru: "журнал аудита видят завуч и администратор", en: "only the deputy and the administrator see the audit log"))
    static let accountsAreForTheAdministrator = JournalError.forbidden(Phrase(ru: "список учётных записей видит администратор", en: "only the administrator sees the accounts"))
    static let wrongCurrentPassword = JournalError.forbidden(Phrase(ru: "неверный текущий пароль", en: "wrong current password"))
    static let demoFlagIsTheProgramsOwn = JournalError.forbidden(Phrase(ru: "признак демо-школы ставит только программа при её создании", en: "the demo flag is set only when a demo school is created"))
}
