/// The key bindings of one screen, in the order help lists them. The single
/// source for three things: which action a key triggers (`action(for:)`), the
/// function-key bar (`functionBarItems`) and the F1 help (`helpEntries`).
///
/// A key bound twice triggers the first binding; `conflictingKeys` lists such
/// keys so a test can insist there are none.
public struct KeyMap<Action> {
    public private(set) var bindings: [KeyBinding<Action>]
    private var indexByKey: [Key: Int]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = []
        self.indexByKey = [:]
        for binding in bindings { append(binding) }
    }

    public mutating func append(_ binding: KeyBinding<Action>) {
        let index = bindings.count
        bindings.append(binding)
        for key in binding.keys where indexByKey[key] == nil { indexByKey[key] = index }
    }

    /// This map followed by `other`'s bindings (which lose where keys clash);
    /// how a screen adds its own commands to application-wide ones.
    public func appending(_ other: KeyMap<Action>) -> KeyMap<Action> {
        KeyMap(bindings + other.bindings)
    }

    public func binding(for key: Key) -> KeyBinding<Action>? {
        indexByKey[key].map { bindings[$0] }
    }

    public func action(for key: Key) -> Action? {
        binding(for: key)?.action
    }

    /// Keys that more than one binding claims.
    public var conflictingKeys: [Key] {
        var seen: Set<Key> = []
        var conflicts: [Key] = []
        for key in bindings.flatMap(\.keys) {
            if !seen.insert(key).inserted && !conflicts.contains(key) { conflicts.append(key) }
        }
        return conflicts
    }

    /// The labelled slots for the function-key bar, ordered by slot.
    public var functionBarItems: [FunctionBarItem] {
        bindings.compactMap { binding -> FunctionBarItem? in
            guard let slot = binding.slot, let label = binding.label else { return nil }
            return FunctionBarItem(slot: slot, label: label)
        }
        .sorted { $0.slot < $1.slot }
    }

    /// One help row per binding, in binding order.
    public var helpEntries: [HelpEntry] {
        bindings.map { HelpEntry(keys: $0.keysCaption, text: $0.help) }
    }
}

extension KeyMap: Sendable where Action: Sendable {}

/// One slot of the function-key bar: "7" and "Поиск".
public struct FunctionBarItem: Hashable, Sendable {
    public var slot: Int
    public var label: String

    public init(slot: Int, label: String) {
        self.slot = slot
        self.label = label
    }
}

/// One row of the help screen: the keys and what they do.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var text: String

    public init(keys: String, text: String) {
        self.keys = keys
        self.text = text
    }
}
