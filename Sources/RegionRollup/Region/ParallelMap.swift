import Foundation

/// `body(0) … body(count - 1)` on `workers` threads, in order of the index.
/// The region checks each file on its own, so the work splits without locks:
/// each worker takes every `workers`-th index and writes only its own slots.
func parallelMap<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(count: count)
    let threads = max(1, min(workers, count))
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
        var index = worker
        while index < count {
            slots.store(body(index), at: index)
            index += threads
        }
    }
    return slots.values
}

/// Results written by several threads, each into slots no other thread
/// touches; read only after all of them are done.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [T] { storage.map { $0! } }
}
