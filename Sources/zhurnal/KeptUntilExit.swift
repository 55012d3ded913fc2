import Foundation

/// Values a command keeps until the process exits. A school-wide report is
/// 10⁶ cells; freeing them one by one (about 6 ms for «Замечания») would only
/// delay the exit that follows the written file, and the system takes the
/// memory back at once.
final class KeptUntilExit: @unchecked Sendable {
    static let shared = KeptUntilExit()
    private let lock = NSLock()
    private var values: [Any] = []

    func keep(_ value: Any) {
        lock.withLock { values.append(value) }
    }
}
