/// A one-line input field: login, password, a lesson topic. Text and cursor live
/// in `TextFieldState`; the field scrolls sideways when the text is longer than it.
/// A focused field puts the terminal cursor at the insertion point
/// (`Buffer.cursor`), so the backend shows it there.
///
///     TextField(isPassword: true, isFocused: focus == .password).render(in: row, buffer: &buffer, state: &password)
///     switch password.handle(key) { case .ignored: handleScreenKey(key) default: break }
public struct TextField: StatefulWidget {
    /// Shows `*` for every character.
    public var isPassword: Bool
    public var isFocused: Bool
    /// Shown dimmed while the field is empty and not focused.
    public var placeholder: String
    public var style: StyleRole
    public var focusedStyle: StyleRole

    public init(isPassword: Bool = false, isFocused: Bool = true, placeholder: String = "",
                style: StyleRole = .input, focusedStyle: StyleRole = .inputFocused) {
        self.isPassword = isPassword
        self.isFocused = isFocused
        self.placeholder = placeholder
        self.style = style
        self.focusedStyle = focusedStyle
    }

    public static let passwordMask: Character = "*"

    public func render(in area: Rect, buffer: inout Buffer, state: inout TextFieldState) {
        let row = area.top(1)
        guard !row.isEmpty else { return }
        let fieldStyle = isFocused ? focusedStyle : style
        buffer.fill(row, style: fieldStyle)
        if state.isEmpty && !isFocused && !placeholder.isEmpty {
            buffer.write(placeholder, at: row.origin, style: .dim, clip: row)
            return
        }
        state.scroll(toShowCursorIn: row.width, masked: isPassword)
        var x = row.x
        var cursorX = row.x
        for index in state.scrollOffset..<state.characters.count {
            if index == state.cursor { cursorX = x }
            let shown = isPassword ? Self.passwordMask : state.characters[index]
            let next = buffer.write(String(shown), at: Point(x: x, y: row.y), style: fieldStyle, clip: row)
            if next == x || next > row.maxX { break }
            x = next
        }
        if state.cursor == state.characters.count { cursorX = x }
        if isFocused { buffer.cursor = Point(x: min(cursorX, row.maxX - 1), y: row.y) }
    }
}
