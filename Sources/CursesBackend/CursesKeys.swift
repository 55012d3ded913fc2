import CNcursesw
import TerminalUI

/// Translation of what `get_wch` returns into `Key`.
enum CursesKeys {
    /// A key code (`get_wch` returned `KEY_CODE_YES`).
    static func key(forCode code: Int32) -> Key {
        if let named = named[code] { return named }
        let firstFunction = shim_key_f(1), lastFunction = shim_key_f(63)
        if code >= firstFunction && code <= lastFunction { return .function(Int(code - shim_key_f(0))) }
        return .unknown(Int(code))
    }

    /// A character (`get_wch` returned `OK`).
    static func key(forCharacter value: UInt32) -> Key {
        guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
        return Key(scalar: scalar)
    }

    /// Keypad and console variants map to the key they stand for.
    private static let named: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_FIND: .home, KEY_SELECT: .end,
        KEY_IC: .insert, KEY_DC: .delete, KEY_BACKSPACE: .backspace,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_RESIZE: .resize,
    ]
}
