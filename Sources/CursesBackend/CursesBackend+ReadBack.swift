import CNcursesw
import TerminalUI

/// Reading back what curses holds for the screen, so tests can check drawing
/// without a terminal (output to /dev/null or a file).
extension CursesBackend {
    /// The text of row `y` as curses stores it.
    func screenLine(_ y: Int) -> String {
        let width = size.width
        var characters = [wchar_t](repeating: 0, count: width + 1)
        let count = mvwinnwstr(shim_stdscr(), Int32(y), 0, &characters, Int32(width))
        guard count > 0 else { return "" }
        let scalars = characters.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The attributes and colour pair curses stores for the cell at (x, y).
    func screenAttributes(x: Int, y: Int) -> (attributes: TextAttributes, pair: Int16) {
        var cell = cchar_t()
        mvwin_wch(shim_stdscr(), Int32(y), Int32(x), &cell)
        var characters = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cell, &characters, &attributes, &pair, nil)
        var result: TextAttributes = []
        if attributes & shim_a_bold() != 0 { result.insert(.bold) }
        if attributes & shim_a_underline() != 0 { result.insert(.underline) }
        if attributes & shim_a_reverse() != 0 { result.insert(.reverse) }
        if attributes & shim_a_dim() != 0 { result.insert(.dim) }
        return (result, pair)
    }
}
