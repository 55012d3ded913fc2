import CNcursesw
import TerminalUI

/// Turns style roles into curses attributes and colour pairs, allocating a pair
/// for each foreground/background combination the theme uses, once.
struct CursesPalette {
    struct Attributes: Equatable {
        var attributes: attr_t
        var pair: Int16
    }

    private(set) var theme: Theme
    private let colorCount: Int
    private var pairs: [PairKey: Int16] = [:]
    private var resolved: [StyleRole: Attributes] = [:]

    private struct PairKey: Hashable {
        var foreground: Color
        var background: Color
    }

    init(theme: Theme, colorCount: Int) {
        self.theme = theme
        self.colorCount = colorCount
    }

    mutating func attributes(for role: StyleRole) -> Attributes {
        if let known = resolved[role] { return known }
        let appearance = theme[role]
        let result = Attributes(attributes: Self.cursesAttributes(appearance.attributes), pair: pair(for: appearance))
        resolved[role] = result
        return result
    }

    private mutating func pair(for appearance: Appearance) -> Int16 {
        guard colorCount >= 8, appearance.foreground != .default || appearance.background != .default else { return 0 }
        let key = PairKey(foreground: appearance.foreground, background: appearance.background)
        if let known = pairs[key] { return known }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < shim_color_pairs() else { return 0 }
        init_pair(number, colorNumber(appearance.foreground), colorNumber(appearance.background))
        pairs[key] = number
        return number
    }

    private func colorNumber(_ color: Color) -> Int16 {
        switch color {
        case .default: -1
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .indexed(let index): Int(index) < colorCount ? Int16(index) : Int16(index % 8)
        }
    }

    static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = shim_a_normal()
        if attributes.contains(.bold) { result |= shim_a_bold() }
        if attributes.contains(.underline) { result |= shim_a_underline() }
        if attributes.contains(.reverse) { result |= shim_a_reverse() }
        if attributes.contains(.dim) { result |= shim_a_dim() }
        if attributes.contains(.italic) { result |= shim_a_italic() }
        return result
    }
}
