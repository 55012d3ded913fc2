import CNcursesw
import TerminalUI

/// Feeding keys to curses' own input queue (`unget_wch`, `ungetch`), so tests run
/// the real reading path (`get_wch`, key codes, Esc+digit) without a keyboard.
extension CursesBackend {
    /// Queues `keys` to be read in order.
    func inject(_ keys: [Key]) {
        for key in keys.reversed() {
            if let code = CursesKeys.code(for: key) {
                ungetch(code)
            } else if let scalar = CursesKeys.scalar(for: key) {
                unget_wch(wchar_t(bitPattern: scalar.value))
            }
        }
    }

    /// Queues a raw key code, e.g. one no terminal should send.
    func injectKeyCode(_ code: Int32) {
        ungetch(code)
    }
}

extension CursesKeys {
    /// The key code curses reports for a named key; nil for characters.
    static func code(for key: Key) -> Int32? {
        switch key {
        case .function(let number): shim_key_f(Int32(number))
        case .up: KEY_UP
        case .down: KEY_DOWN
        case .left: KEY_LEFT
        case .right: KEY_RIGHT
        case .home: KEY_HOME
        case .end: KEY_END
        case .pageUp: KEY_PPAGE
        case .pageDown: KEY_NPAGE
        case .insert: KEY_IC
        case .delete: KEY_DC
        case .backspace: KEY_BACKSPACE
        case .backTab: KEY_BTAB
        case .resize: KEY_RESIZE
        default: nil
        }
    }

    /// The character a terminal sends for a key that is a character or control code.
    static func scalar(for key: Key) -> Unicode.Scalar? {
        switch key {
        case .character(let character): character.unicodeScalars.first
        case .enter: "\r"
        case .tab: "\t"
        case .escape: "\u{1B}"
        case .control(let character):
            character.asciiValue.flatMap { Unicode.Scalar(($0 >= 0x61 ? $0 - 0x60 : $0 - 0x40)) }
        default: nil
        }
    }
}
