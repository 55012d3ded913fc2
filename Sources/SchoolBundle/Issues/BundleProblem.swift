import JournalCore

/// What is wrong with a bundle, a file, a row or a cell; `BundleIssue` says where.
public enum BundleProblem: Equatable, Sendable {
    // The folder and its files
    case folderMissing(path: String)
    case notAFolder(path: String)
    case missingFile
    case unreadableFile(reason: Phrase)
    case unknownFile
    case notUTF8(byte: UInt8, looksLikeUTF16: Bool)
    // CSV syntax and header
    case noHeader
    case unterminatedQuote(openedAtLine: Int)
    case textAfterClosingQuote(closedAtLine: Int)
    case quoteInUnquotedField
    case controlCharacter(UInt32)
    /// The header is one field with semicolons in it: a spreadsheet saved the
    /// file with `;` between the columns (the Russian locale's list separator).
    case semicolonSeparated
    case fieldCount(found: Int, expected: Int)
    case unknownColumn(allowed: [String])
    case missingColumn
    case duplicateColumn
    case unnamedColumn(position: Int)
    // Cells
    case empty
    case invalid(JournalError)
    case numberOutOfRange(String, ClosedRange<Int>)
    case invalidAcademicYear(String)
    case spacesAroundIdentifier(String)
    case duplicateIdentifier(String, firstLine: Int)
    case loginDiffersOnlyInCase(String, other: String, firstLine: Int)
    case unknownReference(String, in: BundleFile)
    case missingRole(login: String, role: Role)
    // Rules across cells and rows
    case schoolRowCount(Int)
    case endBeforeStart(start: String, end: String)
    case endNotAfterStart(start: String, end: String)
    case periodsOverlap(otherID: String, otherLine: Int)
    case lessonNumberNotInBells(Int)
    case notEnrolled(student: String, classID: String, date: SchoolDate)
    case commentWithoutTime
    case timeWithoutComment
    case studentLoginTaken(login: String, otherStudent: String)
    case duplicateGuardian(firstLine: Int)
    case duplicatePlanItem(firstLine: Int)
    case duplicateAttendance(firstLine: Int)
    case duplicateFinalMark(firstLine: Int)
    case noDefaultWorkType
}

extension BundleProblem: LocalizedMessage {
    public func text(in language: Language) -> String {
        let phrase = self.phrase
        return language == .ru ? phrase.ru : phrase.en
    }

    /// The message catalogue: one switch, so that a new problem cannot go without
    /// its text.
    private var phrase: Phrase {
        switch self {
        case .folderMissing(let path):
            Phrase(ru: "каталог выгрузки «\(path)» не найден", en: "bundle folder \"\(path)\" not found")
        case .notAFolder(let path):
            Phrase(ru: "«\(path)» — не каталог: укажите каталог с CSV-файлами выгрузки",
                   en: "\"\(path)\" is not a folder: name the folder holding the bundle's CSV files")
        case .missingFile:
            Phrase(ru: "нет обязательного файла", en: "required file is missing")
        case .unreadableFile(let reason):
            Phrase(ru: "файл не читается: \(reason.ru)", en: "cannot read the file: \(reason.en)")
        case .unknownFile:
            Phrase(ru: "неизвестный файл: в выгрузке формата 1 бывают только \(Self.fileList); свои файлы школы называйте с префиксом x_",
                   en: "unknown file: a format 1 bundle holds only \(Self.fileList); name the school's own files with the x_ prefix")
        case .notUTF8(let byte, let utf16):
            utf16 ? Phrase(ru: "файл в кодировке UTF-16, а нужна UTF-8: сохраните его как «CSV UTF-8»",
                           en: "the file is UTF-16, UTF-8 is needed: save it as \"CSV UTF-8\"")
                : Phrase(ru: "файл не в кодировке UTF-8 (байт 0x\(Self.hex(byte))): сохраните его как «CSV UTF-8»",
                         en: "the file is not UTF-8 (byte 0x\(Self.hex(byte))): save it as \"CSV UTF-8\"")

        case .noHeader:
            Phrase(ru: "файл пуст: первой строкой нужен заголовок со списком столбцов",
                   en: "the file is empty: the first row must be the header")
        case .unterminatedQuote(let opened):
            Phrase(ru: "кавычка, открытая в строке \(opened), не закрыта до конца файла",
                   en: "the quote opened on line \(opened) is not closed before the end of the file")
        case .textAfterClosingQuote(let closed):
            Phrase(ru: "после закрывающей кавычки (строка \(closed)) идёт текст: кавычку внутри поля нужно удвоить (\"\")",
                   en: "text follows the closing quote (line \(closed)): a quote inside a field must be doubled (\"\")")
        case .quoteInUnquotedField:
            Phrase(ru: "кавычка внутри поля без кавычек: заключите поле в кавычки, а кавычку внутри удвойте (\"\")",
                   en: "a quote inside an unquoted field: quote the field and double the quote inside (\"\")")
        case .controlCharacter(let code):
            Phrase(ru: "в тексте управляющий символ \(Self.controlName(code)): в выгрузке таких символов быть не может, удалите его",
                   en: "the text holds the control character \(Self.controlName(code)): a bundle may not hold one, remove it")
        case .semicolonSeparated:
            Phrase(ru: "разделитель — точка с запятой; сохраните как CSV UTF-8 с запятыми",
                   en: "the separator is a semicolon; save the file as CSV UTF-8 with commas")
        case .fieldCount(let found, let expected):
            Phrase(ru: "полей в строке: \(found), а столбцов в заголовке: \(expected)",
                   en: "the row has \(found) fields, the header \(expected) columns")
        case .unknownColumn(let allowed):
            Phrase(ru: "неизвестный столбец; в этом файле бывают \(allowed.joined(separator: ", ")), а свои столбцы называйте с префиксом x_",
                   en: "unknown column; this file has \(allowed.joined(separator: ", ")), and your own columns start with x_")
        case .missingColumn:
            Phrase(ru: "нет обязательного столбца", en: "required column is missing")
        case .duplicateColumn:
            Phrase(ru: "столбец повторяется в заголовке", en: "the column appears twice in the header")
        case .unnamedColumn(let position):
            Phrase(ru: "у столбца № \(position) нет имени в заголовке", en: "column \(position) has no name in the header")

        case .empty:
            Phrase(ru: "не заполнено", en: "no value")
        case .invalid(let error):
            Phrase(ru: error.text(in: .ru), en: error.text(in: .en))
        case .numberOutOfRange(let text, let range):
            Phrase(ru: "неверное значение «\(text)»: нужно целое число от \(range.lowerBound) до \(range.upperBound)",
                   en: "invalid value \"\(text)\": a whole number from \(range.lowerBound) to \(range.upperBound) is needed")
        case .invalidAcademicYear(let text):
            Phrase(ru: "неверный учебный год «\(text)»: нужен вид 2024/2025", en: "invalid academic year \"\(text)\": 2024/2025 is needed")
        case .spacesAroundIdentifier(let value):
            Phrase(ru: "идентификатор «\(value)» начинается или кончается пробелом",
                   en: "identifier \"\(value)\" starts or ends with a space")
        case .duplicateIdentifier(let value, let line):
            Phrase(ru: "«\(value)» уже встречается в строке \(line): идентификатор должен быть единственным в файле",
                   en: "\"\(value)\" already appears on line \(line): an identifier must be unique in its file")
        case .loginDiffersOnlyInCase(let login, let other, let line):
            Phrase(ru: "логин «\(login)» отличается от «\(other)» в строке \(line) только заглавными буквами, а это один и тот же логин",
                   en: "login \"\(login)\" differs from \"\(other)\" on line \(line) only in case, which makes it the same login")
        case .unknownReference(let value, .workTypes):
            Phrase(ru: "вида работы «\(value)» нет в work_types.csv (без этого файла действует встроенный список: \(Self.builtInWorkTypes))",
                   en: "work type \"\(value)\" is not in work_types.csv (without that file the built-in list applies: \(Self.builtInWorkTypes))")
        case .unknownReference(let value, let file):
            Phrase(ru: "«\(value)» нет в \(file.name)", en: "\"\(value)\" is not in \(file.name)")
        case .missingRole(let login, let role):
            Phrase(ru: "у пользователя «\(login)» нет роли \(role.rawValue) (\(role.title.ru)) в users.csv",
                   en: "user \"\(login)\" lacks the role \(role.rawValue) in users.csv")

        case .schoolRowCount(let count):
            Phrase(ru: "нужна ровно одна строка со школой, а их \(count)", en: "exactly one school row is needed, found \(count)")
        case .endBeforeStart(let start, let end):
            Phrase(ru: "конец \(end) раньше начала \(start)", en: "end \(end) is before start \(start)")
        case .endNotAfterStart(let start, let end):
            Phrase(ru: "конец \(end) должен быть позже начала \(start)", en: "end \(end) must be after start \(start)")
        case .periodsOverlap(let other, let line):
            Phrase(ru: "период пересекается с периодом того же вида «\(other)» (строка \(line))",
                   en: "the period overlaps period \"\(other)\" of the same kind (line \(line))")
        case .lessonNumberNotInBells(let number):
            Phrase(ru: "урока № \(number) нет в расписании звонков bells.csv", en: "lesson \(number) is not in bells.csv")
        case .notEnrolled(let student, let classID, let date):
            Phrase(ru: "ученик «\(student)» не числился в классе «\(classID)» на дату урока \(date.russian)",
                   en: "student \"\(student)\" was not enrolled in class \"\(classID)\" on \(date.iso), the lesson's date")
        case .commentWithoutTime:
            Phrase(ru: "у комментария к уроку нет времени: заполните comment_at", en: "the lesson comment has no time: fill in comment_at")
        case .timeWithoutComment:
            Phrase(ru: "время комментария есть, а самого комментария нет", en: "comment_at is set but the comment is empty")
        case .studentLoginTaken(let login, let other):
            Phrase(ru: "учётная запись «\(login)» уже принадлежит ученику «\(other)»",
                   en: "account \"\(login)\" already belongs to student \"\(other)\"")
        case .duplicateGuardian(let line):
            Phrase(ru: "эта связь родителя с ребёнком уже есть в строке \(line)", en: "this parent-child link is already on line \(line)")
        case .duplicatePlanItem(let line):
            Phrase(ru: "тема с этим номером для этого класса и предмета уже есть в строке \(line)",
                   en: "this class and subject already have a topic with this number on line \(line)")
        case .duplicateAttendance(let line):
            Phrase(ru: "посещаемость этого ученика на этом уроке уже записана в строке \(line)",
                   en: "attendance of this student at this lesson is already on line \(line)")
        case .duplicateFinalMark(let line):
            Phrase(ru: "итоговая отметка этого ученика по этому предмету за этот период уже есть в строке \(line)",
                   en: "this student's final mark for this subject and period is already on line \(line)")
        case .noDefaultWorkType:
            Phrase(ru: "вид работы не указан, а вида по умолчанию «\(WorkType.defaultCode)» нет в work_types.csv",
                   en: "no work type given, and the default \"\(WorkType.defaultCode)\" is not in work_types.csv")
        }
    }

    private static var builtInWorkTypes: String { WorkType.builtIn.map(\.code).joined(separator: ", ") }

    private static var fileList: String { BundleFile.allCases.map(\.name).joined(separator: ", ") }

    /// `U+0000 (NUL)`, `U+001B (ESC)`, `U+0007`.
    private static func controlName(_ code: UInt32) -> String {
        let names: [UInt32: String] = [0x00: "NUL", 0x1B: "ESC", 0x7F: "DEL"]
        return HiddenCharacters.codePoint(code) + (names[code].map { " (\($0))" } ?? "")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
