/// Midnight Commander's way round terminals that send no usable F-keys (PuTTY's
/// F1-F4, some Windows terminals): Esc followed quickly by a digit is that
/// function key (Esc 1 = F1 ... Esc 0 = F10); Esc alone, after the pause, is Esc,
/// and Esc Esc is Esc at once, for the impatient.
///
/// Pure logic so it can be tested without a terminal: the backend passes in its
/// raw reads and keeps the key returned as `leftover` for its next read.
public struct EscapeDigitComposer: Sendable {
    /// How long to wait after Esc for a digit. Long enough for a person to type
    /// the second key, short enough that Esc alone does not feel sluggish.
    public var window: Duration

    public init(window: Duration = .milliseconds(400)) {
        self.window = window
    }

    /// Combines `first` with what follows it. `readNext(timeout)` returns the next
    /// raw key or nil after the timeout.
    public func compose(_ first: Key, readNext: (Duration) -> Key?) -> (key: Key, leftover: Key?) {
        guard first == .escape else { return (first, nil) }
        guard let next = readNext(window) else { return (.escape, nil) }
        if next == .escape { return (.escape, nil) }
        if let digit = next.digit {
            return (.function(digit == 0 ? 10 : digit), nil)
        }
        return (.escape, next)
    }
}
