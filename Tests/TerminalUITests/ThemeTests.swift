import Testing
import TerminalUI

@Suite("Themes")
struct ThemeTests {
    static let builtInRoles: [StyleRole] = [
        .normal, .title, .statusLine, .functionKeyNumber, .functionKeyLabel, .border, .header, .selectedHeader,
        .frozenColumn, .selected, .selectedInactive, .today, .markExcellent, .markGood, .markPoor, .markFailing,
        .absence, .late, .warning, .error, .success, .dim, .emphasis, .dialog, .dialogTitle, .input,
        .inputFocused, .help, .helpKey,
    ]

    @Test func bothThemesNameEveryBuiltInRole() {
        for role in Self.builtInRoles {
            #expect(Theme.color.appearances[role] != nil, "\(role)")
            #expect(Theme.monochrome.appearances[role] != nil, "\(role)")
        }
    }

    @Test func monochromeUsesNoColour() {
        for appearance in Theme.monochrome.appearances.values {
            #expect(appearance.foreground == .default && appearance.background == .default)
        }
        #expect(Theme.monochrome[.selected].attributes.contains(.reverse))
        #expect(Theme.monochrome[.markFailing] != Theme.monochrome[.markPoor])
    }

    @Test func noColorOrNoColourCapabilityPicksMonochrome() {
        #expect(Theme.automatic(for: .colors(256), environment: [:]) == .color)
        #expect(Theme.automatic(for: .colors(256), environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(Theme.automatic(for: .colors(256), environment: ["NO_COLOR": ""]) == .color)
        #expect(Theme.automatic(for: .monochrome, environment: [:]) == .monochrome)
        #expect(Theme.automatic(for: .colors(2), environment: [:]) == .monochrome)
    }

    @Test func applicationsAddTheirOwnRoles() {
        let weekend: StyleRole = "weekend"
        let theme = Theme.color.setting(weekend, to: Appearance(foreground: .red))
        #expect(theme[weekend].foreground == .red)
        #expect(Theme.color[weekend] == Theme.color.fallback)
    }
}
