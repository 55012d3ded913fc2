import Documents
import Foundation
import JournalCore
import JournalStore
import PaperJournal
import SchoolBundle

/// Fills an archive's folder: the sealed snapshot first, then the bundle and
/// every document made from that snapshot (so that all show one moment), the
/// snapshot sealed read-only, and the manifest last. The PDFs are printed by
/// `workers` processes at once (this one and its helpers, `ArchiveWorkers`).
struct ArchiveMaker {
    let database: AppDatabase
    let folder: URL
    let academicYear: String
    /// Processes printing PDFs, this one included: by default one per core.
    var workers = ProcessInfo.processInfo.activeProcessorCount
    var language = Language.ru

    static func snapshotName(_ academicYear: String) -> String {
        "zhurnal-" + academicYear.replacingOccurrences(of: "/", with: "-") + ".sqlite"
    }

    func make() throws -> ArchiveManifest {
        let snapshotPath = folder.appendingPathComponent(Self.snapshotName(academicYear)).path
        try database.writeSealedSnapshot(to: snapshotPath, academicYear: academicYear)
        let facts = try SealedSnapshot.check(path: snapshotPath, expecting: nil)
        guard case .intact(let head) = facts.audit else {
            throw CommandLineError.conflict(Phrase(ru: "цепочка аудита в базе повреждена (zhurnal audit verify): архив не создан",
                                                   en: "the audit chain of the database is broken (zhurnal audit verify): no archive made"))
        }
        let sealed = try AppDatabase.openSealedSnapshot(path: snapshotPath, clock: database.clock)
        let footer = try operatorFooter(sealed)
        try writeBundleAndDocuments(sealed, snapshotPath: snapshotPath, footer: footer)
        try SealedSnapshot.seal(path: snapshotPath)
        let school = try sealed.school()
        let manifest = ArchiveManifest(schoolName: school.name, academicYear: academicYear, createdAt: footer.printedAt,
                                       auditHead: head, entries: try ArchiveFiles.entries(folder))
        try writeTextFile(manifest.text, to: folder.appendingPathComponent(ArchiveManifest.fileName).path)
        return manifest
    }

    /// The helpers start on the PDFs while this process writes the bundle,
    /// then it joins them; the files are flushed to disk once at the end.
    private func writeBundleAndDocuments(_ sealed: AppDatabase, snapshotPath: String, footer: DocumentFooter) throws {
        let terms = try ArchiveDocuments.terms(sealed)
        let documents = try ArchiveDocuments.list(sealed, terms: terms)
        try ArchiveDocuments.makeFolders(in: folder, terms: terms)
        let queue = try ArchiveWorkQueue(path: folder.appendingPathComponent(ArchiveWorkQueue.fileName).path, create: true)
        let helpers = try ArchiveWorkers.start(count: min(workers, documents.count) - 1, folder: folder, snapshot: snapshotPath,
                                               queue: queue.path, footer: footer, language: language)
        do {
            try writeBundle(sealed)
            try ArchiveDocuments(sealed: sealed, folder: folder, footer: footer).write(documents, taking: queue)
            try helpers.wait()
        } catch {
            helpers.stop()
            throw error
        }
        queue.remove()
        DocumentFile.syncWrittenFiles()
    }

    private func writeBundle(_ sealed: AppDatabase) throws {
        let snapshot = try sealed.snapshot(by: .serverOperator)
        try BundleWriter().write(snapshot, to: folder.appendingPathComponent("bundle"))
    }
}
