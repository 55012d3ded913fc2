import JournalCore

/// The store's refusals as the tests expect them, case and words: a test names
/// the precise refusal, not just "an error", and the words live here once.
public enum Refusals {
    public static let anotherTeachersLesson = forbidden("это урок другого учителя", "this is another teacher's lesson")
    public static let notYourClassJournal = forbidden("журнал этого класса вам недоступен", "this class's journal is not yours to read")
    public static let notYourStudent = forbidden("это не ваш ученик", "this is not your student")
    public static let accountDisabled = forbidden("учётная запись отключена", "the account is disabled")
    public static let accountsAreTheAdministrators = forbidden("учётными записями управляет администратор",
                                                               "only the administrator manages accounts")
    public static let accountListIsTheAdministrators = forbidden("список учётных записей видит администратор",
                                                                 "only the administrator sees the accounts")
    public static let auditIsForSupervisors = forbidden("журнал аудита видят завуч и администратор",
                                                        "only the deputy and the administrator see the audit log")
    public static let finalMarksAreTheSubjectTeachers = forbidden("итоговые отметки ставит учитель этого предмета в классе",
                                                                  "final marks are set by the teacher of the subject in the class")
    public static let lessonsAreTheDeputys = forbidden("замены и отмены уроков вносит завуч или администратор",
                                                       "only the deputy or the administrator records substitutions and cancellations")
    public static let wrongCurrentPassword = forbidden("неверный текущий пароль", "wrong current password")

    public static let markChangedMeanwhile = JournalError.conflict(Phrase(
        ru: "эту отметку только что изменил другой пользователь; экран обновлён, проверьте ещё раз",
        en: "another user has just changed this mark; the screen is refreshed, check again"))
    public static let attendanceChangedMeanwhile = JournalError.conflict(Phrase(
        ru: "посещаемость этого ученика только что изменил другой пользователь; экран обновлён, проверьте ещё раз",
        en: "another user has just changed this student's attendance; the screen is refreshed, check again"))
    public static let demoFlagIsTheProgramsOwn = forbidden("признак демо-школы ставит только программа при её создании",
                                                           "the demo flag is set only when a demo school is created")

    static func forbidden(_ ru: String, _ en: String) -> JournalError {
        .forbidden(Phrase(ru: ru, en: en))
    }
}
