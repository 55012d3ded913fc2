import TerminalUI

extension InboxBanner: ListsKeyBindings {
    var keyBindings: [[Key]] { (inner as? any ListsKeyBindings)?.keyBindings ?? [] }
}
extension MessagesScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ThreadScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension AnnouncementScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension AnnouncementComposeScreen: ListsKeyBindings {
    var keyBindings: [[Key]] { keyMap.keySets + [[.character(" "), .left, .right]] }
}
extension ComposeScreen: ListsKeyBindings {
    var keyBindings: [[Key]] { [[.escape, .function(10)], [.enter], [.tab, .backTab], [.function(2)], [.up, .down, .pageUp, .pageDown]] }
}
