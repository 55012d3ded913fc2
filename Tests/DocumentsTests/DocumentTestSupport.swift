import Foundation
import TestFixtures
@testable import Documents

/// The independent readers live in TestFixtures, shared with the end-to-end tests.
typealias Readers = DocumentReaders

func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-doc-\(UUID().uuidString)-\(name)").path
}

let sampleFooter = DocumentFooter(school: "МБОУ СОШ № 47", printedAt: "02.12.2026 14:05", printedBy: "Орлова Д. А.")
