import JournalCore

/// Failures of the database file itself, as opposed to refused journal writes
/// (`JournalError`).
public enum StoreError: Error, Equatable, LocalizedMessage {
    case databaseMissing(path: String)
    case cannotOpen(path: String, reason: String)
    case notEmpty
    case noSchool
    /// The file (or its directory) is open to people who must not have it.
    case unsafePermissions(path: String, problem: PermissionProblem)

    public func text(in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .databaseMissing(let path):
            return ru ? "база данных «\(path)» не найдена. Создайте её: «zhurnal import КАТАЛОГ --db \(path)», «zhurnal generate --db \(path)», или запустите «zhurnal demo»"
                : "database \"\(path)\" not found. Create it with \"zhurnal import DIR --db \(path)\", \"zhurnal generate --db \(path)\", or run \"zhurnal demo\""
        case .cannotOpen(let path, let reason):
            return ru ? "не удалось открыть базу данных «\(path)»: \(reason)" : "cannot open database \"\(path)\": \(reason)"
        case .notEmpty:
            return ru ? "база данных уже содержит школу; чтобы заменить её, добавьте --replace"
                : "the database already holds a school; add --replace to replace it"
        case .unsafePermissions(let path, let problem):
            return (ru ? "база данных «\(path)» не открыта: " : "the database \"\(path)\" was not opened: ")
                + problem.text(ru: ru)
        case .noSchool:
            return ru ? "в базе данных нет школы: сначала импортируйте выгрузку или создайте демо-школу"
                : "the database holds no school yet: import a bundle or generate one first"
        }
    }
}
