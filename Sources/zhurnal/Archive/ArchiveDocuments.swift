import Documents
import Foundation
import JournalCore
import JournalStore
import PaperJournal

/// One PDF of an archive.
enum ArchiveDocument: Equatable, Sendable {
    /// The summary sheet of a class (skipped when the class had no students).
    case summary(classCode: String)
    /// The journal pages of a class or group × subject in a term.
    case journal(period: String, unit: JournalUnitCodes)
}

/// The archive's PDFs, and the writing of those a worker takes. Every worker
/// (the archiving process and its helpers, `ArchiveWorkers`) lists the same
/// documents from the same snapshot, so that a document is named by its place
/// in the list alone.
struct ArchiveDocuments {
    let sealed: AppDatabase
    let folder: URL
    let footer: DocumentFooter

    static let summaryFolder = "summary"
    static let journalFolder = "journal"

    /// The summary sheets of the classes, youngest first, then each term's
    /// (the quarters, else the trimesters, the halves, the year) journals in
    /// code order: a class's journals follow each other, so the names of its
    /// students are shaped once for all of them.
    static func list(_ sealed: AppDatabase, terms: [String]) throws -> [ArchiveDocument] {
        var documents = try sealed.archiveClassCodes().map { ArchiveDocument.summary(classCode: $0) }
        for period in terms {
            documents += try PaperMaker.journalUnits(sealed, periodCode: period).map { .journal(period: period, unit: $0) }
        }
        return documents
    }

    static func terms(_ database: AppDatabase) throws -> [String] {
        let periods = try database.periodLocks().map(\.info.period)
        for kind in [PeriodKind.quarter, .trimester, .half, .year] {
            let codes = periods.filter { $0.kind == kind }.map(\.code)
            if !codes.isEmpty { return codes }
        }
        return []
    }

    /// The folders the documents go into, made before any worker starts:
    /// the summary sheets' and one per term, with journals or not.
    static func makeFolders(in folder: URL, terms: [String]) throws {
        let paths = [summaryFolder] + terms.map { journalFolder + "/" + $0.fileNameSafe }
        for path in paths {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(path), withIntermediateDirectories: true)
        }
    }

    static func relativeFolder(_ document: ArchiveDocument) -> String {
        switch document {
        case .summary: summaryFolder
        case .journal(let period, _): journalFolder + "/" + period.fileNameSafe
        }
    }

    static func relativePath(_ document: ArchiveDocument) -> String {
        switch document {
        case .summary(let code): relativeFolder(document) + "/" + code.fileNameSafe + ".pdf"
        case .journal(let period, let unit): relativeFolder(document) + "/" + unit.fileName(period: period)
        }
    }

    /// Writes the documents the queue hands this worker until it is empty.
    /// The files are not flushed one by one: the archiving process flushes
    /// the file system once when every worker is done.
    func write(_ documents: [ArchiveDocument], taking queue: ArchiveWorkQueue) throws {
        let texts = PDFTextCache()
        while true {
            let index = try queue.next()
            guard index < documents.count else { return }
            try write(documents[index], texts: texts)
        }
    }

    private func write(_ document: ArchiveDocument, texts: PDFTextCache) throws {
        let made: Document
        switch document {
        case .summary(let code):
            do {
                made = try PaperMaker.summary(sealed, classCode: code, by: .serverOperator, footer: footer)
            } catch JournalError.other {
                return // a class without students this year: no sheet
            }
        case .journal(let period, let unit):
            made = try PaperMaker.journal(sealed, classCode: unit.classCode, groupCode: unit.groupCode, subjectCode: unit.subjectCode,
                                          periodCode: period, by: .serverOperator, footer: footer)
        }
        let path = folder.appendingPathComponent(Self.relativePath(document)).path
        do {
            try DocumentFile.write(made, as: .pdf, to: path, texts: texts, sync: .byCaller)
        } catch let error as DocumentError {
            throw CommandLineError.conflict(Phrase(ru: error.russian, en: error.english))
        }
    }
}

extension String {
    /// A name fit for a file: no slash.
    var fileNameSafe: String { replacingOccurrences(of: "/", with: "_") }
}
