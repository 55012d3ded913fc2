/// What can happen to the database file itself, said as what happened and
/// what to do about it. The store maps SQLite's result codes to these in one
/// place; a teacher never sees «SQLite error 13».
public enum StorageFailure: Hashable, Sendable {
    /// No space left on the server's disk (`SQLITE_FULL`).
    case diskFull
    /// Reading or writing the disk failed (`SQLITE_IOERR`).
    case diskError
    /// This account of the server may only read the file (`SQLITE_READONLY`).
    case readOnly
    /// The file is not a sound database any more (`SQLITE_CORRUPT`, `SQLITE_NOTADB`).
    case damaged
    /// The file or its folder cannot be opened (`SQLITE_CANTOPEN`).
    case unavailable
    /// Anything else SQLite reports, with its code for the administrator.
    case other(code: Int32)

    public func text(nothingSaved: Bool, in language: Language) -> String {
        let ru = language == .ru
        let (what, action) = words
        let saved = nothingSaved ? (ru ? " — ничего не сохранено. " : " — nothing was saved. ") : ". "
        return (ru ? what.ru : what.en) + saved + (ru ? action.ru : action.en)
    }

    private var words: (what: Phrase, action: Phrase) {
        switch self {
        case .diskFull:
            return (Phrase(ru: "на диске сервера кончилось место", en: "the server's disk is full"),
                    Phrase(ru: "Сообщите администратору сервера: на диске с базой журнала нужно освободить место",
                           en: "Tell the server's administrator: the disk of the journal's database needs free space"))
        case .diskError:
            return (Phrase(ru: "ошибка чтения или записи на диске сервера", en: "reading or writing the server's disk failed"),
                    Phrase(ru: "Повторите; если ошибка повторяется, сообщите администратору сервера: диск может быть неисправен",
                           en: "Try again; if it happens again, tell the server's administrator: the disk may be failing"))
        case .readOnly:
            return (Phrase(ru: "база журнала открыта только для чтения", en: "the journal's database is open read-only"),
                    Phrase(ru: "Вашей учётной записи на сервере разрешено только читать её файл; чтобы вносить записи, нужен доступ на запись (см. docs/security.md)",
                           en: "Your account on the server may only read its file; writing needs write access (see docs/security.md)"))
        case .damaged:
            return (Phrase(ru: "файл базы журнала повреждён", en: "the journal's database file is damaged"),
                    Phrase(ru: "Сообщите администратору сервера: базу нужно проверить (PRAGMA integrity_check) и при необходимости восстановить из резервной копии (docs/deployment.md)",
                           en: "Tell the server's administrator: check the database (PRAGMA integrity_check) and restore it from a backup if needed (docs/deployment.md)"))
        case .unavailable:
            return (Phrase(ru: "файл базы журнала недоступен", en: "the journal's database file cannot be opened"),
                    Phrase(ru: "Его удалили, перенесли или закрыли доступ к его каталогу: сообщите администратору сервера",
                           en: "It was removed, moved, or its folder closed: tell the server's administrator"))
        case .other(let code):
            return (Phrase(ru: "ошибка базы данных (код SQLite \(code))", en: "database error (SQLite code \(code))"),
                    Phrase(ru: "Сообщите администратору сервера", en: "Tell the server's administrator"))
        }
    }
}
