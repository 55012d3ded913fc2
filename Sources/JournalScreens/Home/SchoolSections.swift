import JournalCore
import TerminalUI

/// A part of the school's work that a home reaches through the menu «Разделы»
/// rather than a key of its own: the staff homes have no function key left,
/// and a list on one screen asks nothing of the user's memory. Each feature
/// adds its section to `SchoolSections.all`; the menu shows those that the
/// user's roles may open, in that order.
public struct SchoolSection {
    /// The Russian letter that opens it from the menu (its Latin twin works too).
    public var letter: Character
    public var title: (AppContext) -> String
    public var summary: (AppContext) -> String
    public var isShown: (ActingUser) -> Bool
    public var open: (ActingUser, AppContext) throws -> any Screen
    /// A further check that needs the school's data (a class teacher heads a
    /// class: not a role), asked only where a school is open.
    public var isShownInSchool: ((ActingUser, AppContext) -> Bool)?

    public init(letter: Character, title: @escaping (AppContext) -> String, summary: @escaping (AppContext) -> String,
                isShown: @escaping (ActingUser) -> Bool, open: @escaping (ActingUser, AppContext) throws -> any Screen) {
        self.letter = letter
        self.title = title
        self.summary = summary
        self.isShown = isShown
        self.open = open
    }

    /// A section whose `isShown` is decided from the school's data as well.
    public init(letter: Character, title: @escaping (AppContext) -> String, summary: @escaping (AppContext) -> String,
                isShown: @escaping (ActingUser) -> Bool, isShownInSchool: @escaping (ActingUser, AppContext) -> Bool,
                open: @escaping (ActingUser, AppContext) throws -> any Screen) {
        self.init(letter: letter, title: title, summary: summary, isShown: isShown, open: open)
        self.isShownInSchool = isShownInSchool
    }
}

public enum SchoolSections {
    /// Every section, in the menu's order. A feature adds its line here.
    static var all: [SchoolSection] { [
        SchoolSection(letter: "п", title: { $0.t("Переход на ББЖ", "Transition") },
                      summary: { $0.t("дорожная карта, ПК для журнала, график доступа к ПК",
                                      "roadmap, journal PCs, staff-PC schedule") },
                      isShown: { Permissions.mayReadSchoolReports($0.roles) },
                      open: { user, context in RoadmapScreen(user: user, context: context) }),
        SchoolSection(letter: "о", title: { $0.t("Отчёты", "Reports") },
                      summary: { $0.t("накопляемость, успеваемость, посещаемость…; печать, ведомость",
                                      "marks count, progress, attendance…; print, summary sheet") },
                      isShown: { Permissions.mayReadSchoolReports($0.roles) || $0.has(.teacher) },
                      open: { user, context in try ReportsScreen(user: user, context: context) }),
        // the secretary's home is this screen itself: the menu would take «м» from its search
        SchoolSection(letter: "у", title: { $0.t("Ученики и сотрудники", "Students and staff") },
                      summary: { $0.t("классы, ученики и их движение, учителя, родители, реквизиты доступа",
                                      "classes, students and their movement, teachers, parents, access slips") },
                      isShown: { Permissions.mayKeepPeople($0.roles) && $0.mainRole != .secretary },
                      open: { user, context in PeopleScreen(user: user, context: context, asHome: false) }),
        SchoolSection(letter: "р", title: { $0.t("Расписание", "Timetable") },
                      summary: { $0.t("по классам, учителям, кабинетам; изменения с даты; звонки",
                                      "by class, teacher, room; changes from a date; bells") },
                      isShown: { Permissions.mayManageSchedule(roles: $0.roles) },
                      open: { user, context in TimetableScreen(user: user, context: context) }),
        SchoolSection(letter: "з", title: { $0.t("Замены на день", "Substitutions") },
                      summary: { $0.t("отсутствующие учителя, замены, отмены, переносы, доп. уроки",
                                      "absent teachers, cover, cancellations, moves, extra lessons") },
                      isShown: { Permissions.mayManageSchedule(roles: $0.roles) },
                      open: { user, context in DaySubstitutionsScreen(user: user, context: context) }),
        SchoolSection(letter: "к", title: { $0.t("Календарь и периоды", "Calendar and periods") },
                      summary: { $0.t("выходные и перенесённые дни, закрытые и сокращённые, закрытие четвертей",
                                      "days off, moved and short days, closing the terms") },
                      isShown: { Permissions.mayManageSchedule(roles: $0.roles) },
                      open: { user, context in CalendarScreen(user: user, context: context) }),
        SchoolSection(letter: "т", title: { $0.t("Учебный план и КТП", "Curriculum and plans") },
                      summary: { $0.t("часы по учебному плану, КТП учителей, проверка часов КТП",
                                      "hours of the curriculum, the teachers' plans, the hours check") },
                      isShown: { Permissions.mayEditAnyPlan($0.roles) },
                      open: { user, context in PlanScreen(user: user, context: context) }),
        SchoolSection(letter: "в", title: { $0.t("Виды работ и итоговая", "Work types and final marks") },
                      summary: { $0.t("веса видов работ, правило округления итоговой с примером",
                                      "weights of work types, the rounding rule with a preview") },
                      isShown: { Permissions.isSupervisor($0.roles) },
                      open: { user, context in WorkTypesScreen(user: user, context: context) }),
        SchoolSection(letter: "м", title: { $0.t("Мой класс", "My class") },
                      summary: { $0.t("отсутствующие, двойки, справки, контакты, события, уведомления родителям",
                                      "absences, 2s, excuses, contacts, events, notices to parents") },
                      isShown: { $0.has(.teacher) || $0.has(.admin) },
                      isShownInSchool: { user, context in MyClassScreen.headsAClass(user, context) },
                      open: { user, context in MyClassScreen(user: user, context: context) }),
        SchoolSection(letter: "д", title: { $0.t("Нагрузка ДЗ", "Homework load") },
                      summary: { $0.t("домашние задания к каждому дню по классам, дни сверх нормы",
                                      "homework due per class and day, days over the limit") },
                      isShown: { Permissions.mayReadSchoolReports($0.roles) },
                      open: { user, context in HomeworkLoadScreen(user: user, context: context) }),
        SchoolSection(letter: "с", title: { $0.t("Сообщения и объявления", "Messages") },
                      summary: { $0.t("переписка с учителями и семьями, объявления школы", "threads with teachers and families, announcements") },
                      isShown: { _ in true },
                      open: { user, context in MessagesScreen(user: user, context: context) }),
        SchoolSection(letter: "г", title: { $0.t("Закрытие года", "Closing the year") },
                      summary: { $0.t("что мешает закрыть учебный год: годовые и итоговые, периоды, пустые уроки, КТП",
                                      "what stops the year closing: year and period marks, periods, empty lessons, plans") },
                      isShown: { Permissions.mayReadYearEnd($0.roles) },
                      open: { user, context in YearEndScreen(user: user, context: context) }),
        SchoolSection(letter: "н", title: { $0.t("Перевод учащихся", "Promotion") },
                      summary: { $0.t("перевод по приказу в конце года: 5А → 6А, выпускники, условно переведённые",
                                      "the year-end promotion by order: 5А → 6А, graduates, conditional moves") },
                      isShown: { Permissions.mayPromoteStudents($0.roles) },
                      open: { user, context in PromotionScreen(user: user, context: context) }),
    ] }

    /// The sections `user` may open by their roles alone (those that ask the
    /// school's data too are left out: there is no school to ask).
    public static func available(to user: ActingUser) -> [SchoolSection] {
        all.filter { $0.isShown(user) && $0.isShownInSchool == nil }
    }

    /// The sections `user` may open in this school.
    public static func available(to user: ActingUser, in context: AppContext) -> [SchoolSection] {
        all.filter { $0.isShown(user) && ($0.isShownInSchool?(user, context) ?? true) }
    }

    /// The key that opens the menu from a home: М (V on the Latin layout).
    public static let menuKeys = Key.sameKey("м")

    /// The menu's key on a home whose letters find people as they are typed
    /// (the secretary's): a letter there would be taken from the search.
    public static let searchingHomeMenuKey = Key.function(11)

    /// The menu's key as a home names it: «М», or «F11» where letters search.
    public static func menuKeyName(lettersSearch: Bool, _ context: AppContext) -> String {
        lettersSearch ? "F11" : context.t("М", "V")
    }

    /// `home` with the menu one key away, when the user has any section.
    public static func adding(to home: any Screen, user: ActingUser, context: AppContext,
                              lettersSearch: Bool = false) -> any Screen {
        guard !available(to: user, in: context).isEmpty else { return home }
        let keys = lettersSearch ? [searchingHomeMenuKey] : menuKeys
        return ShortcutScreen(home, shortcuts: [
            Shortcut(key: keys[0], otherKeys: Array(keys.dropFirst()), label: context.t("Разделы", "Sections"),
                     help: context.t("все разделы: расписание, отчёты, администрирование…", "every section of the school"),
                     hint: "[\(menuKeyName(lettersSearch: lettersSearch, context))] " + context.t("Разделы", "Sections"),
                     open: { SchoolSectionsScreen(user: user, context: $0) }),
        ])
    }
}
