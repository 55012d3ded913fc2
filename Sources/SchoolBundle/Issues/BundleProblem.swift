import JournalCore

/// What is wrong with a bundle, a file, a row or a cell; `BundleIssue` says where.
public enum BundleProblem: Equatable, Sendable {
    // The folder and its files
    case folderMissing(path: String)
    case notAFolder(path: String)
    case missingFile
    case unreadableFile(reason: Phrase)
    case unknownFile
    /// A file format 2 added, in a bundle whose school.csv does not say format 2.
    case fileOfLaterFormat
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
    /// A column the file has in the other format than the bundle's.
    case columnOfOtherFormat(BundleFormat)
    case unknownFormat(String)
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
    case notInGroup(student: String, groupID: String, date: SchoolDate)
    case staysOverlap(otherClass: String, otherLine: Int)
    case studentWithoutStay
    case membershipsOverlap(otherLine: Int)
    case partGroupWithoutClass
    case mixedGroupWithClass
    case neitherClassNorGroup
    case groupNeedsItsClass(groupID: String, classID: String)
    case groupOfAnotherClass(groupID: String, classID: String)
    case groupIsNotPartOfAClass(groupID: String, kind: GroupKind)
    case workdayWithoutWeekday
    case outsideAcademicYear(year: String, first: SchoolDate, last: SchoolDate)
    case duplicateCalendarDay(firstLine: Int)
    case duplicateCurriculumRow(firstLine: Int)
    case substituteForSelf
    case cancelReasonWithoutCancel
    case ungradedGroup(groupID: String)
    case commentWithoutTime
    case timeWithoutComment
    case studentLoginTaken(login: String, otherStudent: String)
    case duplicateGuardian(firstLine: Int)
    case duplicatePlanItem(firstLine: Int)
    case duplicateAttendance(firstLine: Int)
    case duplicateFinalMark(firstLine: Int)
    case noDefaultWorkType
    // Issue 15's files
    case noteWithoutAttendance
    case duplicateAttendanceNote(firstLine: Int)
    case homeworkDueWithoutHomework
    case homeworkDueNotAfterLesson(lessonDate: SchoolDate)
    case contactNeedsOneOwner
    case duplicateContact(firstLine: Int)
    case duplicateMember(login: String)
    case creatorNotMember(login: String)
    case notThreadMember(login: String, threadID: String)
    case readOfOwnMessage
    case duplicateRead(firstLine: Int)
    case textTooLong(count: Int, limit: Int)
    case unknownAudience(String)
    case audienceNeedsRole
    case audienceNeedsClass
    case roleWithoutRoleAudience
    case classWithoutClassAudience
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
            Phrase(ru: "неизвестный файл: в выгрузке бывают только \(Self.fileList); свои файлы школы называйте с префиксом x_",
                   en: "unknown file: a bundle holds only \(Self.fileList); name the school's own files with the x_ prefix")
        case .fileOfLaterFormat:
            Phrase(ru: "файл формата 2, а выгрузка формата 1: чтобы он читался, добавьте в school.csv столбец format со значением 2",
                   en: "a format 2 file in a format 1 bundle: to have it read, add the column format with the value 2 to school.csv")
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
        case .columnOfOtherFormat(.one):
            Phrase(ru: "столбец формата 2, а выгрузка формата 1: чтобы он читался, добавьте в school.csv столбец format со значением 2",
                   en: "a format 2 column in a format 1 bundle: to have it read, add the column format with the value 2 to school.csv")
        case .columnOfOtherFormat(.two):
            Phrase(ru: "столбец формата 1: в формате 2 класс ученика и даты пребывания в нём записываются в enrollments.csv",
                   en: "a format 1 column: in format 2 a student's class and dates go to enrollments.csv")
        case .unknownFormat(let text):
            Phrase(ru: "неизвестный формат выгрузки «\(text)»: бывают 1 и 2", en: "unknown bundle format \"\(text)\": 1 and 2 exist")

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
        case .notInGroup(let student, let group, let date):
            Phrase(ru: "ученик «\(student)» не состоял в группе «\(group)» на дату урока \(date.russian)",
                   en: "student \"\(student)\" was not a member of group \"\(group)\" on \(date.iso), the lesson's date")
        case .staysOverlap(let other, let line):
            Phrase(ru: "пребывание пересекается с пребыванием того же ученика в классе «\(other)» (строка \(line)): ученик в один день числится в одном классе",
                   en: "the stay overlaps the same student's stay in class \"\(other)\" (line \(line)): a student is in one class on a day")
        case .studentWithoutStay:
            Phrase(ru: "у ученика нет ни одной строки в enrollments.csv: укажите, в каком классе и с какого дня он учится",
                   en: "the student has no row in enrollments.csv: say which class they are in and since when")
        case .membershipsOverlap(let line):
            Phrase(ru: "ученик уже состоит в этой группе на эти даты (строка \(line))",
                   en: "the student is already a member of this group on these dates (line \(line))")
        case .partGroupWithoutClass:
            Phrase(ru: "у группы вида part (подгруппа класса) должен быть класс", en: "a group of kind part (part of a class) needs its class")
        case .mixedGroupWithClass:
            Phrase(ru: "группа вида mixed объединяет учеников разных классов: оставьте class_id пустым",
                   en: "a group of kind mixed joins students of several classes: leave class_id empty")
        case .neitherClassNorGroup:
            Phrase(ru: "не указаны ни класс (class_id), ни группа (group_id)", en: "neither a class (class_id) nor a group (group_id) is given")
        case .groupNeedsItsClass(let group, let classID):
            Phrase(ru: "группа «\(group)» — подгруппа класса «\(classID)»: укажите этот класс в class_id",
                   en: "group \"\(group)\" is part of class \"\(classID)\": give that class in class_id")
        case .groupOfAnotherClass(let group, let classID):
            Phrase(ru: "группа «\(group)» — подгруппа класса «\(classID)», а не этого",
                   en: "group \"\(group)\" is part of class \"\(classID)\", not of this one")
        case .groupIsNotPartOfAClass(let group, let kind):
            Phrase(ru: "группа «\(group)» вида \(kind.rawValue) не входит в один класс: оставьте class_id пустым",
                   en: "group \"\(group)\" of kind \(kind.rawValue) is not part of one class: leave class_id empty")
        case .workdayWithoutWeekday:
            Phrase(ru: "у рабочего дня (workday) нужен день недели, чьё расписание он повторяет: weekday от 1 (пн) до 6 (сб)",
                   en: "a workday needs the weekday whose timetable it follows: weekday 1 (Mon) to 6 (Sat)")
        case .outsideAcademicYear(let year, let first, let last):
            Phrase(ru: "день вне учебного года \(year) (\(first.russian)–\(last.russian))",
                   en: "the day is outside the academic year \(year) (\(first.iso) to \(last.iso))")
        case .duplicateCalendarDay(let line):
            Phrase(ru: "этот день для этого класса (или всей школы) уже есть в строке \(line)",
                   en: "this day for this class (or the whole school) is already on line \(line)")
        case .duplicateCurriculumRow(let line):
            Phrase(ru: "часы этого предмета для этого класса (группы) уже есть в строке \(line)",
                   en: "the hours of this subject for this class (group) are already on line \(line)")
        case .substituteForSelf:
            Phrase(ru: "заменяемый учитель совпадает с тем, кто провёл урок (teacher_login)",
                   en: "the replaced teacher is the one who taught the lesson (teacher_login)")
        case .cancelReasonWithoutCancel:
            Phrase(ru: "причина отмены указана, а урок не отменён: поставьте cancelled = 1 или уберите причину",
                   en: "a cancel reason is given but the lesson is not cancelled: set cancelled to 1 or remove the reason")
        case .ungradedGroup(let group):
            Phrase(ru: "в группе «\(group)» отметки не ставятся (в group_grading.csv у неё none)",
                   en: "group \"\(group)\" gets no marks (it is graded none in group_grading.csv)")
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
            Phrase(ru: "тема с этим номером для этого класса (группы) и предмета уже есть в строке \(line)",
                   en: "this class (group) and subject already have a topic with this number on line \(line)")
        case .duplicateAttendance(let line):
            Phrase(ru: "посещаемость этого ученика на этом уроке уже записана в строке \(line)",
                   en: "attendance of this student at this lesson is already on line \(line)")
        case .duplicateFinalMark(let line):
            Phrase(ru: "итоговая отметка этого ученика по этому предмету за этот период уже есть в строке \(line)",
                   en: "this student's final mark for this subject and period is already on line \(line)")
        case .noDefaultWorkType:
            Phrase(ru: "вид работы не указан, а вида по умолчанию «\(WorkType.defaultCode)» нет в work_types.csv",
                   en: "no work type given, and the default \"\(WorkType.defaultCode)\" is not in work_types.csv")

        case .noteWithoutAttendance:
            Phrase(ru: "записи посещаемости этого ученика на этом уроке нет в attendance.csv: документ не к чему приложить",
                   en: "attendance.csv has no record of this student at this lesson to attach the document to")
        case .duplicateAttendanceNote(let line):
            Phrase(ru: "документ к этой записи посещаемости уже есть в строке \(line)",
                   en: "this attendance record already has its document on line \(line)")
        case .homeworkDueWithoutHomework:
            Phrase(ru: "у урока нет домашнего задания (homework в lessons.csv): срок сдавать нечему",
                   en: "the lesson has no homework (homework in lessons.csv) to be due")
        case .homeworkDueNotAfterLesson(let date):
            Phrase(ru: "срок домашнего задания должен быть позже дня урока (\(date.russian))",
                   en: "homework must be due after the lesson's day (\(date.iso))")
        case .contactNeedsOneOwner:
            Phrase(ru: "укажите чьи контакты: ученика (student_id) или родителя (parent_login), одно из двух",
                   en: "say whose contacts these are: a student's (student_id) or a parent's (parent_login), one of the two")
        case .duplicateContact(let line):
            Phrase(ru: "контакты этого человека уже есть в строке \(line)", en: "this person's contacts are already on line \(line)")
        case .duplicateMember(let login):
            Phrase(ru: "«\(login)» указан среди участников дважды", en: "\"\(login)\" is listed among the members twice")
        case .creatorNotMember(let login):
            Phrase(ru: "начавший переписку «\(login)» должен быть среди её участников (members)",
                   en: "\"\(login)\", who started the thread, must be among its members")
        case .notThreadMember(let login, let thread):
            Phrase(ru: "«\(login)» не участник переписки «\(thread)» (members в threads.csv)",
                   en: "\"\(login)\" is not a member of thread \"\(thread)\" (members in threads.csv)")
        case .readOfOwnMessage:
            Phrase(ru: "отправитель не отмечает прочтение своего сообщения", en: "a sender does not read their own message")
        case .duplicateRead(let line):
            Phrase(ru: "прочтение этим пользователем уже записано в строке \(line)", en: "this user's reading is already on line \(line)")
        case .textTooLong(let count, let limit):
            Phrase(ru: "текст длиннее \(limit) знаков (\(count)): сократите его", en: "the text is longer than \(limit) characters (\(count)): shorten it")
        case .unknownAudience(let text):
            Phrase(ru: "неизвестный адресат «\(text)»: бывают \(AnnouncementRecord.Audience.kinds.joined(separator: ", "))",
                   en: "unknown audience \"\(text)\": \(AnnouncementRecord.Audience.kinds.joined(separator: ", ")) exist")
        case .audienceNeedsRole:
            Phrase(ru: "объявлению для роли (audience = role) нужна роль", en: "an announcement to a role (audience = role) needs the role")
        case .audienceNeedsClass:
            Phrase(ru: "объявлению для класса (class, class_parents) нужен класс", en: "an announcement to a class (class, class_parents) needs the class")
        case .roleWithoutRoleAudience:
            Phrase(ru: "роль указывается только при audience = role", en: "a role is given only with audience = role")
        case .classWithoutClassAudience:
            Phrase(ru: "класс указывается только при audience = class или class_parents",
                   en: "a class is given only with audience = class or class_parents")
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
