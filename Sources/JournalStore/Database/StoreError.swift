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
    /// Another program's database, or no database at all: left as it is.
    case notAJournal(path: String)
    /// An empty file where a school was expected (only import and generate fill one).
    case emptyFile(path: String)
    /// A journal of an older zhurnal that needs a migration, in a file this
    /// account may only read.
    case needsUpgrade(path: String)
    /// A file this account may only read, whose write-ahead log files are not
    /// beside it and cannot be made in its folder.
    case readOnlyWithoutSharedFiles(path: String)
    /// The file failed as it was opened (damaged, disk error...).
    case storageFailure(path: String, StorageFailure)

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
        case .notAJournal(let path):
            return ru ? "файл «\(path)» — не база электронного журнала (это база другой программы или вовсе не база данных); zhurnal его не открывает и не меняет. Проверьте путь в --db или ZHURNAL_DB"
                : "\"\(path)\" is not a journal database (it is another program's database or no database at all); zhurnal neither opens nor changes it. Check the path in --db or ZHURNAL_DB"
        case .emptyFile(let path):
            return ru ? "файл «\(path)» пуст: школы в нём нет. Создайте её: «zhurnal import КАТАЛОГ --db \(path)» или «zhurnal generate --db \(path)»"
                : "\"\(path)\" is empty: it holds no school. Create one with \"zhurnal import DIR --db \(path)\" or \"zhurnal generate --db \(path)\""
        case .needsUpgrade(let path):
            return ru ? "база «\(path)» записана прежней версией zhurnal и должна быть обновлена, а вам файл доступен только для чтения. Пусть её один раз откроет пользователь с правом записи (например, «zhurnal settings show --db \(path)» от владельца файла)"
                : "\"\(path)\" was written by an older zhurnal and must be upgraded, but you may only read the file. Let a user who may write it open it once (e.g. \"zhurnal settings show --db \(path)\" as the file's owner)"
        case .readOnlyWithoutSharedFiles(let path):
            return ru ? "база «\(path)» доступна вам только для чтения, а рядом с ней нет файлов «-wal» и «-shm», и создать их в этом каталоге нельзя. Пусть её один раз откроет пользователь с правом записи (например, «zhurnal settings show --db \(path)» от владельца файла): после этого файлы остаются на месте (см. docs/security.md)"
                : "you may only read \"\(path)\", and its \"-wal\" and \"-shm\" files are missing and cannot be made in its folder. Let a user who may write it open it once (e.g. \"zhurnal settings show --db \(path)\" as the file's owner): the files stay after that (see docs/security.md)"
        case .storageFailure(let path, let failure):
            return (ru ? "не удалось открыть базу данных «\(path)»: " : "cannot open database \"\(path)\": ")
                + failure.text(nothingSaved: false, in: language)
        }
    }
}
