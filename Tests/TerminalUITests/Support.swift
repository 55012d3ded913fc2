import TerminalUI

/// Renders a widget into a fresh buffer of `width`×`height`.
func rendered(_ widget: some Widget, width: Int, height: Int) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    widget.render(in: buffer.area, buffer: &buffer)
    return buffer
}

func rendered<W: StatefulWidget>(_ widget: W, width: Int, height: Int, state: inout W.State) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    widget.render(in: buffer.area, buffer: &buffer, state: &state)
    return buffer
}

extension Buffer {
    /// Rows without trailing spaces, for readable comparisons.
    var trimmedLines: [String] {
        lines().map { line in
            var text = line
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The style of the first cell showing `character` on row `y`.
    func style(of character: Character, inRow y: Int) -> StyleRole? {
        (0..<size.width).first { self[$0, y].grapheme == character && !self[$0, y].isContinuation }.map { self[$0, y].style }
    }
}
