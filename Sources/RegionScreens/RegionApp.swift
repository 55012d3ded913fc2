import JournalCore
import RegionRollup
import TerminalUI

/// The region screen's loop, generic over the terminal as the journal's `App`:
/// draw the state, read a key, change the state.
public final class RegionApp<Backend: TerminalBackend> {
    public private(set) var state: RegionState
    private let backend: Backend

    public init(backend: Backend, rollup: RegionRollup, language: Language) {
        self.backend = backend
        state = RegionState(rollup: rollup, language: language)
    }

    public func run() throws {
        try backend.start()
        defer { backend.stop() }
        var running = true
        while running {
            draw()
            guard let key = backend.readKey(timeout: .seconds(1)) else { continue }
            running = handle(key)
            while running, let more = backend.readKey(timeout: .zero) { running = handle(more) }
        }
    }

    public func draw() {
        backend.draw(RegionView.frame(&state, size: backend.size))
    }

    /// False when the user leaves.
    @discardableResult
    public func handle(_ key: Key) -> Bool {
        if key == .resize { return true }
        if key == .control("l") {
            backend.redrawAll()
            return true
        }
        return state.handle(key, tables: RegionTables(state))
    }
}
