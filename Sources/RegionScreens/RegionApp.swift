import Foundation
import JournalCore
import RegionRollup
import TerminalUI

/// The region screen's loop, generic over the terminal as the journal's `App`:
/// draw the state, read a key, change the state. The screen opens on the first
/// look at the folder; the whole check runs on another thread meanwhile and
/// takes its place when it is done.
public final class RegionApp<Backend: TerminalBackend> {
    public private(set) var state: RegionState
    private let backend: Backend
    private let fullCheck: FullCheck?

    public init(backend: Backend, rollup: RegionRollup, language: Language,
                completing: (@Sendable () throws -> RegionRollup)? = nil) {
        self.backend = backend
        state = RegionState(rollup: rollup, language: language)
        fullCheck = completing.map(FullCheck.init)
    }

    public func run() throws {
        try backend.start()
        defer { backend.stop() }
        fullCheck?.start()
        var running = true
        while running {
            takeFullCheck()
            draw()
            let waiting = fullCheck?.isPending == true
            guard let key = backend.readKey(timeout: waiting ? .milliseconds(200) : .seconds(1)) else { continue }
            running = handle(key)
            while running, let more = backend.readKey(timeout: .zero) { running = handle(more) }
        }
    }

    /// Puts the whole check's roll-up (or its failure) in place once it is there.
    public func takeFullCheck() {
        guard let outcome = fullCheck?.take() else { return }
        switch outcome {
        case .success(let rollup): state.replace(with: rollup)
        case .failure(let error):
            let text = (error as? LocalizedMessage)?.text(in: state.language) ?? "\(error)"
            state.problem = (state.language == .ru ? "проверка остальных файлов не закончена: " : "the other files were not checked: ") + text
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

/// The whole check on a thread of its own; its outcome is taken once.
private final class FullCheck: @unchecked Sendable {
    private let work: @Sendable () throws -> RegionRollup
    private let lock = NSLock()
    private var outcome: Result<RegionRollup, Error>?
    private var taken = false

    init(_ work: @escaping @Sendable () throws -> RegionRollup) {
        self.work = work
    }

    func start() {
        Thread.detachNewThread { [self] in
            let result = Result { try work() }
            lock.withLock { outcome = result }
        }
    }

    var isPending: Bool { lock.withLock { !taken } }

    func take() -> Result<RegionRollup, Error>? {
        lock.withLock {
            guard !taken, let outcome else { return nil }
            taken = true
            return outcome
        }
    }
}
