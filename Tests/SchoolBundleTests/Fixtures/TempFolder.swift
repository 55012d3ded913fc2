import Foundation

/// A fresh folder under the system's temporary directory, removed when the
/// value goes away. Each test gets its own, so tests may run in parallel.
final class TempFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-bundle-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A path inside the folder that does not exist yet.
    func child(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    func write(_ name: String, _ text: String) {
        write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) {
        try! Data(bytes).write(to: child(name))
    }

    func remove(_ name: String) {
        try? FileManager.default.removeItem(at: child(name))
    }

    func bytes(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: child(name).path) ?? Data())
    }

    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }
}
