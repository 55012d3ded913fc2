import Foundation
import JournalCore
@testable import JournalScreens
import JournalStore
import TerminalUI
import TestFixtures
import Testing

/// TinySchool with a director and a deputy, for «Переход на ББЖ».
enum TransitionScreens {
    static func harness(_ login: String, started template: String? = nil) throws -> ScreenHarness {
        var school = TinySchool.snapshot()
        let created = TinySchool.time("2024-08-20T09:00")
        school.accounts += [Account(login: "direktor", fullName: "Директорова Дина Ивановна", roles: [.director], createdAt: created),
                            Account(login: "zavuch", fullName: "Завучева Зоя", roles: [.deputy], createdAt: created)]
        let h = try ScreenHarness(school: school)
        if let template { try h.db.startTransition(from: try RoadmapTemplate.builtIn(named: template), by: .serverOperator) }
        try h.signInDirectly(login)
        return h
    }
}

@Suite struct TransitionScreenTests {
    /// The home shows the key; П (or G on the Latin layout) opens the roadmap,
    /// F4 starts it from the KChR template.
    @Test func theAdministratorStartsTheRoadmapFromTheHome() throws {
        let h = try TransitionScreens.harness("admin")
        #expect(h.lines[2].contains("[П] Переход на ББЖ  [М] Разделы│"))
        h.press(.character("g"))
        #expect(h.lines[1].contains("Переход на ББЖ"))
        #expect(h.contains("Дорожная карта перехода на ББЖ ещё не начата. F4 — начать"))
        h.press(.function(4))
        #expect(h.contains("По какому шаблону?"))
        h.press(.enter)
        #expect(h.status.contains("Дорожная карта начата («Карачаево-Черкесская Республика»), пунктов 27."))
        #expect(h.lines[2].contains("Шаблон: Карачаево-Черкесская Республика · выполнено"))
        #expect(h.lines[3] == "│  № Мероприятие                                         Срок       Состояние  │")
        #expect(try h.db.transitionPlan(by: .serverOperator)?.templateID == "kchr")
        h.press(.escape)
        #expect(h.lines[1].contains("Готовность к ББЖ"))
    }

    /// Overdue items are red, done ones green; the selected item's details
    /// are under the list.
    @Test func overdueItemsAreRedAndTheDetailsFollowTheCursor() throws {
        let h = try TransitionScreens.harness("zavuch", started: "kchr")
        h.press(.character("п"))
        // 03.09.2024: the August measures are overdue, the September ones not yet
        let august = try #require(h.row(containing: "Оценить, хватает ли школе компьютеров"))
        #expect(h.lines[august].contains("31.08.2024 просрочено"))
        #expect(h.style(10, august) == .error)
        let september = try #require(h.row(containing: "Тема или домашнее задание указаны"))
        #expect(h.lines[september].contains("30.09.2024 в работе"))
        #expect(h.style(10, september) == .normal)
        #expect(h.lines[17].contains("Предварительный этап · ответственный: Администратор ЭЖ"))
        #expect(h.lines[18].contains("◆ Показатель: в работе (сам: 0,0 % из 100 %, недель 0 из 4)"))
        h.press(.down, .down, .down, .down, .down)
        #expect(h.lines[17].contains("Материально-техническая база · ответственный: Директор"))
        #expect(h.lines[18].contains("Документ: Аналитическая справка"))
    }

    /// Enter edits an item; «выполнено» without the document's number is
    /// refused in words and the form stays; with it, saved and audited.
    @Test func anItemIsEditedInItsForm() throws {
        let h = try TransitionScreens.harness("zavuch", started: "kchr")
        h.press(.character("п"), .down, .down, .down, .down, .down, .enter)
        #expect(h.contains("Пункт 6"))
        h.press(.tab, .tab, .tab, .tab, .tab, .tab, .character(" "), .enter)
        #expect(h.status.contains("Не сохранено: не заполнено: номер документа «Аналитическая справка»"))
        #expect(h.contains("Пункт 6"))
        h.press(.up, .up)
        h.type("12/ос")
        h.press(.tab)
        h.type("30.08.2024")
        h.press(.enter)
        #expect(h.status.contains("Пункт 6 сохранён: выполнено."))
        #expect(!h.contains("Пункт 6 ═"))
        let row = try #require(h.row(containing: "Оценить, хватает ли школе"))
        #expect(h.lines[row].contains("✓ выполнено"))
        #expect(h.style(10, row) == .selected)
        #expect(h.lines[18].contains("Документ: Аналитическая справка № 12/ос от 30.08.2024"))
    }

    /// Insert adds the school's own measure after the chosen one; Delete
    /// removes it after asking; the numbers follow.
    @Test func aMeasureOfTheSchoolsOwnIsAddedAndRemoved() throws {
        let h = try TransitionScreens.harness("admin", started: "crimea")
        h.press(.character("п"), .down, .insert)
        #expect(h.contains("Новый пункт 3"))
        h.press(.enter)
        #expect(h.status.contains("Не добавлен: не заполнено: мероприятие"))
        h.type("Провести совещание при директоре")
        h.press(.tab)
        h.type("15.09.2024")
        h.press(.tab, .tab)
        h.type("Протокол")
        h.press(.enter)
        #expect(h.status.contains("Пункт 3 добавлен."))
        let row = try #require(h.row(containing: "Провести совещание при директоре"))
        #expect(h.lines[row].contains("  3 Провести совещание при директоре") && h.lines[row].contains("15.09.2024 в работе"))
        #expect(h.lines[17].contains("Подготовка · ответственный: Администрация, учитель информатики"))
        #expect(h.lines[18].contains("Документ: Протокол"))
        #expect(try h.db.transitionPlan(by: .serverOperator)?.items.map(\.position) == Array(1...24))
        h.press(.delete)
        #expect(h.contains("Убрать пункт 3?"))
        h.press(.right, .enter)
        #expect(h.status.contains("Пункт 3 убран."))
        #expect(!h.contains("Провести совещание при директоре"))
        #expect(try h.db.transitionPlan(by: .serverOperator)?.items.map(\.position) == Array(1...23))
    }

    /// The director reads the same roadmap: no key that writes, on the bar or off it.
    @Test func theDirectorReadsOnly() throws {
        let h = try TransitionScreens.harness("direktor", started: "crimea")
        #expect(h.lines[1].contains("Готовность к ББЖ"))
        #expect(h.lines[0].contains("(директор)"))
        h.press(.character("п"))
        #expect(h.lines[2].contains("Шаблон: Республика Крым"))
        #expect(h.lines[23] == "1Помощь 2       3ПК     4       5       6       7       8       9       10Назад ")
        h.press(.enter, .function(4), .function(5))
        #expect(!h.contains("Пункт 1") && !h.contains("По какому шаблону"))
        #expect(try h.db.transitionPlan(by: .serverOperator)?.items.allSatisfy { $0.comment == nil && $0.status == .open } == true)
        h.press(.function(3))
        #expect(h.lines[1].contains("ПК и график доступа к ПК"))
        #expect(h.lines[23] == "1Помощь 2       3       4       5       6       7       8       9       10Назад ")
    }

    /// The PCs: the register, the norm, the schedule; Insert adds a PC.
    @Test func computersAreAddedAndTheScheduleFollows() throws {
        let h = try TransitionScreens.harness("admin", started: "kchr")
        h.press(.character("п"), .function(3))
        #expect(h.lines[2].contains("ПК для журнала не внесены; учителей: 2 (норма: 1 ПК на 3–4 учителя)"))
        #expect(h.style(1, 2) == .error)
        h.press(.insert)
        #expect(h.contains("Новый ПК"))
        h.type("ПК-1")
        h.press(.tab)
        h.type("учительская")
        h.press(.enter)
        #expect(h.status.contains("ПК «ПК-1» внесён."))
        #expect(h.lines[2].contains("ПК: 1, учителей: 2 — 1 ПК на 2 учит. (норма: 1 на 3–4), норма выполнена"))
        #expect(h.style(1, 2) == .success)
        #expect(h.lines[3].contains("Учителей с уроками: 2, с окном за ПК в каждый учебный день: 2"))
        #expect(h.lines[5].contains("ПК  ПК-1         учительская      учительская"))
        #expect(h.contains("пн  09:15–09:30  ПК-1       Иванова Анна Петровна (уроки до 09:15)"))
        #expect(h.contains("пн  10:10–10:25  ПК-1       Петров Пётр Ильич (уроки до 10:10)"))
        h.press(.delete)
        #expect(h.contains("Убрать ПК?"))
        h.press(.right, .enter)
        #expect(h.status.contains("ПК «ПК-1» убран."))
        #expect(try h.db.staffComputers(by: .serverOperator).isEmpty)
    }

    /// The whole roadmap screen at 80×24, cell for cell, as the director sees
    /// the Moscow-region template on the first Tuesday.
    @Test func theRoadmapAt80x24() throws {
        let h = try TransitionScreens.harness("direktor", started: "mo")
        h.press(.character("п"))
        #expect(h.lines == Self.expectedScreen)
    }

    static let expectedScreen: [String] = [
        " МБОУ СОШ № 1 · Директорова Д. И. (директор)   1 четверть · вт 03.09.2024 10:00 ",
        "┌─────────────────────────────── Переход на ББЖ ───────────────────────────────┐",
        "│Шаблон: Московская область · выполнено 0 из 26 · просрочено 1                 │",
        "│  № Мероприятие                                         Срок       Состояние  │",
        "│  1 ◆ Расписание на портале есть у каждого класса       31.10.2024 в работе   │",
        "│  2 ◆ Тема или домашнее задание указаны не менее чем у… 31.10.2024 в работе   │",
        "│  3 ◆ Хотя бы одна запись в журнале не менее чем у 70 … 31.10.2024 в работе   │",
        "│  4 ◆ Активирована не менее чем половина созданных учё… 31.10.2024 в работе   │",
        "│  5 ◆ За неделю входят не менее 10 % активированных по… 31.10.2024 в работе   │",
        "│  6 ◆ Не менее 20 % записей внесены в течение суток по… 31.10.2024 в работе   │",
        "│  7 Проверять техническое оснащение лицея (каждый меся… 30.09.2024 в работе   │",
        "│  8 Планировать дооснащение (каждую четверть)           31.10.2024 в работе   │",
        "│  9 Планировать ресурсы на учебный год                  15.09.2024 в работе   │",
        "│ 10 Утвердить дорожную карту перехода                   01.09.2024 просрочено │",
        "│ 11 Создать группу разработки документов (приказом или… 15.09.2024 в работе   │",
        "│ 12 Подготовить план работы лицея без бумажного журнал… 15.10.2024 в работе   │",
        "│                                                                              │",
        "│Предварительный этап · ответственный: Администрация                           │",
        "│◆ Показатель: в работе (сам: 0,0 % из 100 %, недель 0 из 4)                   │",
        "│Мероприятие: Расписание на портале есть у каждого класса                      │",
        "│                                                                              │",
        "└──────────────────────────────────────────────────────────────────────────────┘",
        "                                                                                ",
        "1Помощь 2       3ПК     4       5       6       7       8       9       10Назад ",
    ]
}
