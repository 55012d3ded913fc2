import Testing
import TerminalUI

@Suite("Keys")
struct KeyTests {
    @Test func controlCodesBecomeNamedKeys() {
        #expect(Key(scalar: "\u{09}") == .tab)
        #expect(Key(scalar: "\r") == .enter)
        #expect(Key(scalar: "\n") == .enter)
        #expect(Key(scalar: "\u{7F}") == .backspace)
        #expect(Key(scalar: "\u{08}") == .backspace)
        #expect(Key(scalar: "\u{1B}") == .escape)
        #expect(Key(scalar: "\u{03}") == .control("c"))
        #expect(Key(scalar: "\u{1A}") == .control("z"))
        #expect(Key(scalar: "\u{1C}") == .control("\\"))
        #expect(Key(scalar: "\u{0C}") == .control("l"))
        #expect(Key(scalar: "\u{00}") == .control("@"))
        #expect(Key(scalar: "\u{85}") == .unknown(0x85))
    }

    @Test func printableScalarsAreCharacters() {
        #expect(Key(scalar: "ж") == .character("ж"))
        #expect(Key(scalar: " ") == .character(" "))
        #expect(Key(scalar: "5").digit == 5)
        #expect(Key.character("٣").digit == nil)
    }

    @Test func namesAreShortAndReadable() {
        #expect(Key.function(10).name == "F10")
        #expect(Key.control("l").name == "Ctrl-L")
        #expect(Key.character("н").name == "н")
        #expect(Key.pageDown.name == "PgDn")
        #expect(Key.backTab.name == "Shift-Tab")
        #expect(Key.character(" ").name == "Space")
    }
}

@Suite("ЙЦУКЕН and QWERTY")
struct KeyboardLayoutTests {
    @Test func everyLetterHasItsPhysicalTwin() {
        let pairs: [(Character, Character)] = [
            ("й", "q"), ("ц", "w"), ("у", "e"), ("к", "r"), ("е", "t"), ("н", "y"), ("г", "u"), ("ш", "i"),
            ("щ", "o"), ("з", "p"), ("х", "["), ("ъ", "]"), ("ф", "a"), ("ы", "s"), ("в", "d"), ("а", "f"),
            ("п", "g"), ("р", "h"), ("о", "j"), ("л", "k"), ("д", "l"), ("ж", ";"), ("э", "'"), ("я", "z"),
            ("ч", "x"), ("с", "c"), ("м", "v"), ("и", "b"), ("т", "n"), ("ь", "m"), ("б", ","), ("ю", "."),
            ("Н", "Y"), ("Б", "<"), ("Ю", ">"), ("Х", "{"), ("Ж", ":"), ("Э", "\""), ("Я", "Z"),
        ]
        for (cyrillic, latin) in pairs {
            #expect(KeyboardLayout.twin(of: cyrillic) == latin, "\(cyrillic)")
            #expect(KeyboardLayout.twin(of: latin) == cyrillic, "\(latin)")
        }
        #expect(KeyboardLayout.twin(of: "1") == nil)
    }

    @Test func sameKeyCoversBothLayoutsAndCaps() {
        #expect(Set(KeyboardLayout.sameKey("н")) == ["н", "y", "Н", "Y"])
        #expect(Set(KeyboardLayout.sameKey("y")) == ["y", "н", "Y", "Н"])
        #expect(Set(KeyboardLayout.sameKey("б")) == ["б", ",", "Б"])
        #expect(Set(KeyboardLayout.sameKey("н", ignoringCase: false)) == ["н", "y"])
        #expect(Key.sameKey("о") == [.character("о"), .character("j"), .character("О"), .character("J")])
    }

    @Test func oneBindingAnswersOnEitherLayout() {
        let map = KeyMap([KeyBinding(Key.sameKey("н") + [.character("n")], action: "absent", help: "Отсутствует")])
        for typed: Character in ["н", "y", "Н", "Y", "n"] {
            #expect(map.action(for: .character(typed)) == "absent")
        }
        #expect(map.action(for: .character("т")) == nil)
    }
}

@Suite("Esc + digit")
struct EscapeDigitComposerTests {
    func compose(_ keys: [Key?]) -> (key: Key, leftover: Key?, timeouts: [Duration]) {
        var queue = keys
        var timeouts: [Duration] = []
        let composer = EscapeDigitComposer(window: .milliseconds(300))
        let first = queue.removeFirst()!
        let result = composer.compose(first) { timeout in
            timeouts.append(timeout)
            return queue.isEmpty ? nil : queue.removeFirst()
        }
        return (result.key, result.leftover, timeouts)
    }

    @Test func escapeThenDigitIsAFunctionKey() {
        #expect(compose([.escape, .character("1")]).key == .function(1))
        #expect(compose([.escape, .character("9")]).key == .function(9))
        #expect(compose([.escape, .character("0")]).key == .function(10))
    }

    @Test func escapeAloneAfterThePauseIsEscape() {
        let result = compose([.escape, nil])
        #expect(result.key == .escape)
        #expect(result.leftover == nil)
        #expect(result.timeouts == [.milliseconds(300)])
    }

    @Test func escapeThenAnotherKeyKeepsThatKey() {
        let result = compose([.escape, .character("ж")])
        #expect(result.key == .escape)
        #expect(result.leftover == .character("ж"))
    }

    @Test func doubleEscapeIsOneEscapeAtOnce() {
        let result = compose([.escape, .escape])
        #expect(result.key == .escape)
        #expect(result.leftover == nil)
    }

    @Test func otherKeysPassWithoutWaiting() {
        let result = compose([.character("5")])
        #expect(result.key == .character("5"))
        #expect(result.timeouts.isEmpty)
    }
}
