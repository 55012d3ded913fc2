/// xoshiro256** seeded through SplitMix64. The generator owns its arithmetic
/// (ranges, doubles, shuffles) instead of relying on the standard library's
/// `random(in:using:)`, whose algorithm may change between Swift releases: the
/// same seed must give the same school byte for byte.
struct SeededRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// An independent stream for one part of the school, so that a change in one
    /// part (more weeks, say) leaves the names and the timetable as they were.
    init(seed: UInt64, stream label: String) {
        self.init(seed: seed ^ Self.fnv1a(label))
    }

    mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A new generator seeded from this one, for a sub-task with its own stream.
    mutating func fork() -> SeededRandom {
        SeededRandom(seed: next())
    }

    /// Uniform in `0..<bound` (Lemire's multiply-shift, bias below 2⁻³² for the
    /// bounds used here).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// Roughly normal (Irwin–Hall of four uniforms): no transcendental functions,
    /// so the same on every platform, and bounded, which suits marks and habits.
    mutating func normal(mean: Double, deviation: Double) -> Double {
        let sum = unit() + unit() + unit() + unit()
        return mean + (sum - 2) * 1.7320508075688772 * deviation
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// Index chosen with probability proportional to its weight.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// Rounds `value` up or down at random so that the mean is kept (2.3 gives 3
    /// three times in ten).
    mutating func roundStochastically(_ value: Double) -> Int {
        let whole = value.rounded(.down)
        return Int(whole) + (chance(value - whole) ? 1 : 0)
    }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    /// `count` distinct indices of `0..<n`, in random order (partial Fisher–Yates).
    mutating func sample(_ count: Int, of n: Int) -> [Int] {
        var pool = Array(0..<n)
        let k = min(count, n)
        for i in 0..<k {
            pool.swapAt(i, i + below(n - i))
        }
        return Array(pool[0..<k])
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// A stable string hash: Swift's `Hasher` is seeded per process.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
