import Dispatch

/// Work started on the other core at once, its result waited for later: a
/// school-wide report has two independent halves to read and to write, and
/// the machine two cores.
public final class BackgroundWork<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the worker before `done` is signalled, read only after the wait.
    private var value: Result?
    /// Whether the (one) caller has waited already.
    private var waited = false

    public init(_ work: @escaping @Sendable () -> Result) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work()
            self.done.signal()
        }
    }

    /// Waits for the work (the first time); from the thread that made it.
    public func result() -> Result {
        if !waited {
            done.wait()
            waited = true
        }
        guard let value else { preconditionFailure("BackgroundWork: the worker signalled without a result") }
        return value
    }
}
