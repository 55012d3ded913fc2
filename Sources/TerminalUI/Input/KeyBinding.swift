/// One command of a screen: the keys that trigger it, what it does, and how it is
/// described. Bindings are data, so the F1 help and the function-key bar are both
/// generated from the same `KeyMap` and cannot disagree.
///
///     KeyBinding([.function(7), .character("/")], action: .find,
///                help: "Найти ученика по началу фамилии", label: "Поиск", slot: 7)
///     KeyBinding(Key.sameKey("н"), action: .absent, help: "Отметить отсутствие («н»)")
public struct KeyBinding<Action> {
    public var keys: [Key]
    public var action: Action
    /// What F1 help says the command does.
    public var help: String
    /// The short word on the function-key bar; only used with `slot`.
    public var label: String?
    /// The function-key number (1...10) whose place on the bar shows `label`.
    public var slot: Int?
    /// How help names the keys, when the generated names would be clumsy
    /// ("1–5" for five digit keys); nil lists `keys` by name.
    public var caption: String?

    /// A binding. When `slot` is given, `.function(slot)` is added to `keys` if
    /// missing, so the bar never advertises a key that does nothing.
    public init(_ keys: [Key], action: Action, help: String, label: String? = nil, slot: Int? = nil, caption: String? = nil) {
        var allKeys = keys
        if let slot, !allKeys.contains(.function(slot)) { allKeys.insert(.function(slot), at: 0) }
        self.keys = allKeys
        self.action = action
        self.help = help
        self.label = label
        self.slot = slot
        self.caption = caption
    }

    public init(_ key: Key, action: Action, help: String, label: String? = nil, slot: Int? = nil, caption: String? = nil) {
        self.init([key], action: action, help: help, label: label, slot: slot, caption: caption)
    }

    /// The keys as help shows them: the caption, or the names joined by ", ",
    /// leaving out a letter's other case when that case is listed ("у, e", not
    /// "у, e, У, E").
    public var keysCaption: String {
        if let caption { return caption }
        var shown: [Key] = []
        for key in keys {
            if let character = key.character, character.isLetter,
               shown.contains(where: { $0.character.map { $0.lowercased() == character.lowercased() } ?? false }) {
                continue
            }
            shown.append(key)
        }
        return shown.map(\.name).joined(separator: ", ")
    }
}

extension KeyBinding: Sendable where Action: Sendable {}
extension KeyBinding: Equatable where Action: Equatable {}
