import JournalCore
import JournalStore
import TerminalUI

/// The recipient choice: the people one may write to, found by typing a
/// part of the name or of the note (a child's name, a class).
struct PeerFinder {
    let peers: [MessagePeer]
    var query = TextFieldState(maxLength: 60)
    var list = ListState(selected: 0)

    init(peers: [MessagePeer]) {
        self.peers = peers
    }

    var matches: [MessagePeer] {
        let words = query.text.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return peers }
        return peers.filter { peer in
            let hay = (peer.fullName + " " + peer.note).lowercased()
            return words.allSatisfy { hay.contains($0) }
        }
    }

    var chosen: MessagePeer? {
        let matches = matches
        guard let index = list.selected, matches.indices.contains(index) else { return nil }
        return matches[index]
    }

    mutating func handle(_ key: Key) {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            _ = list.handle(key, itemCount: matches.count)
        default:
            if query.handle(key) == .changed {
                list = ListState(selected: 0)
            }
        }
    }
}
