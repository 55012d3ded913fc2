import Testing
import TerminalUI

@Suite("FieldsDialog")
struct FieldsDialogTests {
    static func form(_ enter: FieldsDialogState.EnterKey) -> FieldsDialogState {
        FieldsDialogState(title: "Новый класс", fields: [(label: "Название:", text: " 5В "), (label: "Параллель:", text: "5")],
                          hints: ["Код придумается сам"], enter: enter)
    }

    @Test func enterSavesAShortFormAtOnceWithTheTextsTrimmed() {
        var state = Self.form(.submits)
        #expect(state.handle(.enter) == .submitted(["5В", "5"]))
    }

    @Test func enterMovesDownAFormTypedTopToBottomAndSavesFromTheLast() {
        var state = Self.form(.movesOn)
        #expect(state.handle(.enter) == .editing)
        #expect(state.focus == 1)
        _ = state.handle(.backspace)
        _ = state.handle(.character("6"))
        #expect(state.handle(.enter) == .submitted(["5В", "6"]))
    }

    @Test func tabAndArrowsCycleF2SavesEscAndF10Cancel() {
        var state = Self.form(.movesOn)
        _ = state.handle(.up)
        #expect(state.focus == 1)
        _ = state.handle(.tab)
        #expect(state.focus == 0)
        #expect(state.handle(.function(2)) == .submitted(["5В", "5"]))
        #expect(state.handle(.escape) == .cancelled)
        #expect(state.handle(.function(10)) == .cancelled)
    }

    @Test func drawsFieldsHintsTheProblemAndTheKeys() {
        var state = Self.form(.submits)
        state.problem = "Такой класс уже есть"
        let buffer = rendered(FieldsDialog(keysLine: "Enter — сохранить", maxWidth: 40), width: 40, height: 10, state: &state)
        let lines = buffer.trimmedLines
        #expect(lines[1].contains("Новый класс"))
        #expect(lines[2].hasPrefix("║ Название:   5В"))
        #expect(lines[3].hasPrefix("║ Параллель: 5"))
        #expect(lines[5].contains("Код придумается сам"))
        #expect(lines[6].contains("Такой класс уже есть"))
        #expect(buffer.style(of: "Т", inRow: 6) == .error)
        #expect(lines[7].contains("Enter — сохранить"))
        #expect(lines[8].hasPrefix("╚"))
    }
}
