import Testing
import TerminalUI

@Suite("Function bar")
struct FunctionBarTests {
    let items = [
        FunctionBarItem(slot: 1, label: "Помощь"), FunctionBarItem(slot: 2, label: "Урок"),
        FunctionBarItem(slot: 3, label: "Тема"), FunctionBarItem(slot: 4, label: "ДЗ"),
        FunctionBarItem(slot: 5, label: "Итог"), FunctionBarItem(slot: 6, label: "Отчёт"),
        FunctionBarItem(slot: 7, label: "Поиск"), FunctionBarItem(slot: 8, label: "Удал"),
        FunctionBarItem(slot: 9, label: "Меню"), FunctionBarItem(slot: 10, label: "Выход"),
    ]

    @Test func fitsEightyColumnsInMidnightCommanderStyle() {
        let buffer = rendered(FunctionBar(items: items), width: 80, height: 1)
        #expect(buffer.lines() == ["1Помощь 2Урок   3Тема   4ДЗ     5Итог   6Отчёт  7Поиск  8Удал   9Меню   10Выход "])
    }

    @Test func numbersAndLabelsHaveTheirOwnStyles() {
        let buffer = rendered(FunctionBar(items: items), width: 80, height: 1)
        #expect(buffer[0, 0].style == .functionKeyNumber)
        #expect(buffer[1, 0].style == .functionKeyLabel)
        #expect(buffer[7, 0].style == .functionKeyLabel)
        #expect(buffer[72, 0].style == .functionKeyNumber)
        #expect(buffer[73, 0].style == .functionKeyNumber)
        #expect(buffer[74, 0].style == .functionKeyLabel)
        #expect(buffer[79, 0].style == .functionKeyLabel)
    }

    @Test func emptySlotsKeepTheirPlace() {
        let buffer = rendered(FunctionBar(items: [FunctionBarItem(slot: 10, label: "Выход")]), width: 80, height: 1)
        let line = buffer.lines()[0]
        #expect(line.hasPrefix("1       2       3"))
        #expect(line.hasSuffix("10Выход "))
    }

    @Test func longLabelsAreShortenedFirstWhenNarrow() {
        let long = [FunctionBarItem(slot: 1, label: "Помощь"), FunctionBarItem(slot: 2, label: "Сохранить изменения"),
                    FunctionBarItem(slot: 10, label: "Выход")]
        let buffer = rendered(FunctionBar(items: long), width: 40, height: 1)
        let line = buffer.lines()[0]
        #expect(DisplayWidth.of(line) == 40)
        #expect(line.hasPrefix("1Помощь 2Сохран"))
        #expect(line.contains("…"))
        #expect(line.hasSuffix("10Выход "))
    }

    @Test func veryNarrowBarsStillShowEveryNumber() {
        let buffer = rendered(FunctionBar(items: items), width: 24, height: 1)
        let line = buffer.lines()[0]
        for number in 1...10 { #expect(line.contains(String(number))) }
        #expect(DisplayWidth.of(line) == 24)
    }
}

@Suite("Status bar")
struct StatusBarTests {
    @Test func leftAndRightText() {
        let buffer = rendered(StatusBar("сохранено: 5", right: "10:42", style: .title), width: 30, height: 1)
        #expect(buffer.lines() == ["сохранено: 5             10:42"])
        #expect(buffer[20, 0].style == .title)
    }

    @Test func rightTextWinsWhenShort() {
        let buffer = rendered(StatusBar("Очень длинное сообщение об ошибке", right: "10:42"), width: 16, height: 1)
        #expect(buffer.lines() == ["Очень длин 10:42"])
    }

    @Test func spansKeepTheirStyles() {
        let line = Line([Span("отметка "), Span("2", style: .markFailing), Span(" сохранена")])
        let buffer = rendered(StatusBar(line), width: 30, height: 1)
        #expect(buffer.style(of: "2", inRow: 0) == .markFailing)
        #expect(buffer[0, 0].style == .statusLine)
    }
}

@Suite("Sparkline")
struct SparklineTests {
    @Test func barsSpanTheRange() {
        #expect(Sparkline.bars([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.bars([0, 50, 100], range: 0...100) == "▁▅█")
        #expect(Sparkline.bars([150, -5], range: 0...100) == "█▁")
    }

    @Test func missingValuesAreGaps() {
        #expect(Sparkline.bars([1, nil, 3, .nan], gap: " ") == "▁ █ ")
        #expect(Sparkline.bars([nil, nil]) == "··")
    }

    @Test func flatSeriesIsAMiddleBar() {
        #expect(Sparkline.bars([7, 7, 7]) == "▄▄▄")
    }

    @Test func widgetShowsTheNewestValuesRightAligned() {
        let values: [Double?] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        let short = rendered(Sparkline(values, range: 1...10, style: .success), width: 4, height: 1)
        #expect(short.lines() == ["▆▆▇█"])
        #expect(short[0, 0].style == .success)
        let wide = rendered(Sparkline([0, 8], range: 0...8), width: 5, height: 1)
        #expect(wide.lines() == ["   ▁█"])
    }

    @Test func lineStylesEachBarAndJoinsNeighbours() {
        let line = Sparkline.line([100, 90, nil, 40, 95], styles: [.success, .success, nil, .warning], range: 0...100)
        #expect(line.plainText == "█▇·▄█")
        #expect(line.spans.map(\.text) == ["█▇", "·", "▄", "█"])
        #expect(line.spans.map(\.style) == [.success, nil, .warning, nil])
        let buffer = rendered(Paragraph([line], style: .dim), width: 5, height: 1)
        #expect(buffer[3, 0].style == .warning)
        #expect(buffer[4, 0].style == .dim)
    }
}
