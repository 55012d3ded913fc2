import JournalCore
import Testing

/// A КТП file from a spreadsheet or a text editor (issue 13, item 5).
@Suite struct PlanFileTests {
    @Test func aSemicolonFileWithHeaderAndByteOrderMarkReadsTopicAndHoursByTheirTitles() throws {
        let text = "\u{FEFF}№;Дата;Тема урока;Кол-во часов\r\n1;02.09;Натуральные числа;3\r\n2;;\"Дроби; сравнение\";2\r\n\r\n"
        let topics = try PlanFile.parse(Array(text.utf8), fileName: "ktp.csv")
        #expect(topics == [PlanTopic(seq: 1, topic: "Натуральные числа", hours: 3), PlanTopic(seq: 2, topic: "Дроби; сравнение", hours: 2)])
    }

    @Test func aCommaFileWithoutHeaderIsTopicThenHours() throws {
        let topics = try PlanFile.parse(Array("Повторение,1\n\"Текст \"\"в кавычках\"\"\",2\n".utf8), fileName: "a.csv")
        #expect(topics.map(\.topic) == ["Повторение", "Текст \"в кавычках\""])
        #expect(topics.map(\.hours) == [1, 2])
    }

    @Test func windows1251IsReadWhenTheFileIsNotUTF8() throws {
        // «Ёлка;2» in Windows-1251
        let bytes: [UInt8] = [0xA8, 0xEB, 0xEA, 0xE0, 0x3B, 0x32, 0x0A]
        #expect(try PlanFile.parse(bytes, fileName: "cp.csv") == [PlanTopic(seq: 1, topic: "Ёлка", hours: 2)])
    }

    @Test func everyBadLineIsNamedAsFileColonLineAndNothingIsReturned() throws {
        let text = "Тема;Часы\nДроби;2\n;3\nУравнения;два\nПроценты;0\n"
        let error = #expect(throws: JournalError.self) { try PlanFile.parse(Array(text.utf8), fileName: "ktp.csv") }
        let message = error?.text(in: .ru) ?? ""
        #expect(message.contains("КТП не загружен, ошибок 3"), "\(message)")
        #expect(message.contains("ktp.csv:3: пустая тема"), "\(message)")
        #expect(message.contains("ktp.csv:4: часы «два»"), "\(message)")
        #expect(message.contains("ktp.csv:5: часов 0"), "\(message)")
    }

    @Test func anEmptyFileIsRefused() {
        #expect(throws: JournalError.self) { try PlanFile.parse(Array("\n\n".utf8), fileName: "empty.csv") }
    }

    @Test func theYearHasThirtyThreeWeeksInTheFirstGradeAndThirtyFourLater() throws {
        #expect(StudyWeeks.yearHours(try WeeklyHours(parsing: "5"), grade: 7) == 170)
        #expect(StudyWeeks.yearHours(try WeeklyHours(parsing: "4"), grade: 1) == 132)
        #expect(StudyWeeks.yearHours(try WeeklyHours(parsing: "0,5"), grade: 5) == 17)
    }
}
