import Documents
import Foundation
import JournalCore
import JournalStore
import PaperJournal
import SchoolBundle

/// Fills an archive's folder: the sealed snapshot first, then the bundle and
/// every document made from that snapshot (so that all show one moment), the
/// snapshot sealed read-only, and the manifest last.
struct ArchiveMaker {
    let database: AppDatabase
    let folder: URL
    let academicYear: String

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
        try writeBundle(sealed)
        let footer = try operatorFooter(sealed)
        try writeSummaries(sealed, footer: footer)
        try writeJournals(sealed, footer: footer)
        try SealedSnapshot.seal(path: snapshotPath)
        let school = try sealed.school()
        let manifest = ArchiveManifest(schoolName: school.name, academicYear: academicYear, createdAt: footer.printedAt,
                                       auditHead: head, entries: try ArchiveFiles.entries(folder))
        try writeTextFile(manifest.text, to: folder.appendingPathComponent(ArchiveManifest.fileName).path)
        return manifest
    }

    private func writeBundle(_ sealed: AppDatabase) throws {
        let snapshot = try sealed.snapshot(by: .serverOperator)
        try BundleWriter().write(snapshot, to: folder.appendingPathComponent("bundle"))
    }

    /// The summary sheet of every class that had students in the year.
    private func writeSummaries(_ sealed: AppDatabase, footer: DocumentFooter) throws {
        let directory = folder.appendingPathComponent("summary")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for code in try sealed.archiveClassCodes() {
            let document: Document
            do {
                document = try PaperMaker.summary(sealed, classCode: code, by: .serverOperator, footer: footer)
            } catch JournalError.other {
                continue // a class without students this year: no sheet
            }
            try writeDocument(document, to: directory.appendingPathComponent(code.fileNameSafe + ".pdf").path)
        }
    }

    /// The journal pages of every class and group × subject with lessons in
    /// each term (the quarters, else the trimesters, the halves, the year).
    private func writeJournals(_ sealed: AppDatabase, footer: DocumentFooter) throws {
        for period in try Self.terms(sealed) {
            let directory = folder.appendingPathComponent("journal").appendingPathComponent(period.fileNameSafe)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for unit in try PaperMaker.journalUnits(sealed, periodCode: period) {
                let document = try PaperMaker.journal(sealed, classCode: unit.classCode, groupCode: unit.groupCode,
                                                      subjectCode: unit.subjectCode, periodCode: period, by: .serverOperator, footer: footer)
                try writeDocument(document, to: directory.appendingPathComponent(unit.fileName(period: period)).path)
            }
        }
    }

    static func terms(_ database: AppDatabase) throws -> [String] {
        let periods = try database.periodLocks().map(\.info.period)
        for kind in [PeriodKind.quarter, .trimester, .half, .year] {
            let codes = periods.filter { $0.kind == kind }.map(\.code)
            if !codes.isEmpty { return codes }
        }
        return []
    }
}

extension String {
    /// A name fit for a file: no slash.
    var fileNameSafe: String { replacingOccurrences(of: "/", with: "_") }
}
