import Foundation
import JournalCore
import Testing
@testable import SchoolBundle

/// One test per rule of the format: a small change to the valid bundle and the
/// exact `file:line: column: …` messages it must give, no more and no fewer.
@Suite struct BundleRuleTests {
    func issues(_ changes: [String: String?]) -> [String] {
        ValidBundle.issues(changing: changes)
    }

    func replacing(_ file: String, _ old: String, _ new: String) -> [String: String?] {
        [file: ValidBundle.file(file, replacing: old, with: new)]
    }

    // MARK: - Characters no school data holds, and files saved with semicolons

    /// `abc\0def` must not become `abc`: two lesson ids would collapse into one.
    @Test func aNulInAFieldIsAnErrorAtItsLine() {
        let lessons = ValidBundle.file("lessons.csv", replacing: "\n3,6b,math", with: "\n1\u{0}3,6b,math")
        #expect(issues(["lessons.csv": lessons]) == [
            "lessons.csv:4: в тексте управляющий символ U+0000 (NUL): в выгрузке таких символов быть не может, удалите его",
        ])
    }

    @Test func controlCharactersInQuotedTextAreErrorsButTabsAndLineBreaksAreText() {
        let escape = ValidBundle.file("lessons.csv", replacing: "\"№ 1, 2\"", with: "\"№ 1,\n2 \u{1B}]52;c;eA==\u{07}\"")
        #expect(issues(["lessons.csv": escape]) == [
            "lessons.csv:3: в тексте управляющий символ U+001B (ESC): в выгрузке таких символов быть не может, удалите его",
        ])
        let c1 = ValidBundle.file("subjects.csv", replacing: "Математика", with: "Мате\u{9B}матика")
        #expect(issues(["subjects.csv": c1]) == [
            "subjects.csv:2: в тексте управляющий символ U+009B: в выгрузке таких символов быть не может, удалите его",
        ])
        let text = ValidBundle.file("lessons.csv", replacing: "\"№ 1, 2\"", with: "\"№ 1,\tстр. 5\r\nи № 2\"")
        #expect(issues(["lessons.csv": text]) == [])
    }

    /// A spreadsheet in the Russian locale saves CSV with semicolons: one
    /// message per file, not one per row and column.
    @Test func aSemicolonSeparatedBundleIsSaidOncePerFile() {
        var changes: [String: String?] = [:]
        for (name, text) in ValidBundle.files {
            changes[name] = text.replacingOccurrences(of: ",", with: ";")
        }
        let found = issues(changes)
        #expect(found.count == ValidBundle.files.count, "\(found)")
        #expect(found.first == "school.csv:1: разделитель — точка с запятой; сохраните как CSV UTF-8 с запятыми")
        #expect(found.allSatisfy { $0.hasSuffix(":1: разделитель — точка с запятой; сохраните как CSV UTF-8 с запятыми") })
        #expect(issues(["bells.csv": ValidBundle.files["bells.csv"]!.replacingOccurrences(of: ",", with: ";")])
            == ["bells.csv:1: разделитель — точка с запятой; сохраните как CSV UTF-8 с запятыми"])
    }

    // MARK: - Logins

    @Test func aLoginOutsideTheAlphabetIsRefusedWithItsReason() {
        let users = ValidBundle.files["users.csv"]! + "\u{430}dmin,Самозванец,admin,2024-08-20T09:00,,0\n"
            + "x\u{200B}y,Невидимка,teacher,2024-08-20T09:00,,0\n"
        #expect(issues(["users.csv": users]) == [
            "users.csv:9: login: недопустимый логин «\u{430}dmin»: содержит нелатинскую букву «а»: наберите логин в английской раскладке; "
                + "логин — это латинские буквы, цифры, точка, подчёркивание и дефис, от 2 до 64 символов",
            "users.csv:10: login: недопустимый логин «x\u{200B}y»: содержит невидимый символ U+200B; "
                + "логин — это латинские буквы, цифры, точка, подчёркивание и дефис, от 2 до 64 символов",
        ])
    }

    @Test func loginsThatDifferOnlyInCaseAreOneLogin() {
        let users = ValidBundle.files["users.csv"]! + "Ivanova,Иванова-вторая,teacher,2024-08-20T09:00,,0\n"
        #expect(issues(["users.csv": users]) == [
            "users.csv:9: login: логин «Ivanova» отличается от «ivanova» в строке 3 только заглавными буквами, а это один и тот же логин",
        ])
    }

    /// References are exact: a guardian written `MAMA` is not `mama`.
    @Test func aReferenceToALoginIsTakenAsWritten() {
        #expect(issues(replacing("guardians.csv", "mama,s3", "MAMA,s3")) == ["guardians.csv:2: parent_login: «MAMA» нет в users.csv"])
    }

    // MARK: - The bad inputs of the issue

    @Test func markSix() {
        #expect(issues(replacing("marks.csv", "1,s1,5,lesson", "1,s1,6,lesson"))
            == ["marks.csv:2: value: недопустимая отметка «6»: допустимы 1, 2, 3, 4, 5"])
    }

    @Test func lessonOfAnUnknownClass() {
        #expect(issues(replacing("lessons.csv", "3,6b,math", "3,9z,math")) == ["lessons.csv:4: class_id: «9z» нет в classes.csv"])
    }

    @Test func dateWithMonthThirteen() {
        #expect(issues(replacing("lessons.csv", "4,5a,math,ivanova,2024-09-09", "4,5a,math,ivanova,2024-13-01"))
            == ["lessons.csv:5: date: неверная дата «2024-13-01»: нужен формат ГГГГ-ММ-ДД и существующий день"])
    }

    @Test func markForAStudentOfAnotherClass() {
        let marks = ValidBundle.files["marks.csv"]! + "3,s1,4,,2024-09-03T09:00,ivanova,\n"
        #expect(issues(["marks.csv": marks])
            == ["marks.csv:8: student_id: ученик «s1» не числился в классе «6b» на дату урока 03.09.2024"])
    }

    @Test func attendanceAfterTheStudentLeft() {
        let attendance = ValidBundle.files["attendance.csv"]! + "4,s3,б,2024-09-09T08:35,ivanova\n"
        #expect(issues(["attendance.csv": attendance])
            == ["attendance.csv:4: student_id: ученик «s3» не числился в классе «5a» на дату урока 09.09.2024"])
    }

    @Test func unknownColumn() {
        let marks = "lesson_id,student_id,value,teacher,entered_at\n1,s1,5,ivanova,2024-09-02T08:50\n"
        #expect(issues(["marks.csv": marks]) == [
            "marks.csv:1: teacher: неизвестный столбец; в этом файле бывают lesson_id, student_id, value, work_type, "
                + "entered_at, entered_by, comment, а свои столбцы называйте с префиксом x_",
        ])
    }

    @Test func missingRequiredFile() {
        #expect(issues(["bells.csv": nil]) == ["bells.csv: нет обязательного файла"])
    }

    @Test func fileThatIsNotUTF8() {
        var cp1251 = Array("login,full_name,roles,created_at\nadmin,".utf8)
        cp1251 += [0xC0, 0xE4, 0xEC, 0xE8, 0xED] + Array(",admin,2024-08-20T09:00\n".utf8)
        let folder = ValidBundle.folder()
        folder.write("users.csv", bytes: cp1251)
        #expect(throws: BundleError(issues: [BundleIssue(.users, line: 2, .notUTF8(byte: 0xC0, looksLikeUTF16: false))])) {
            try BundleReader(folder: folder.url).read()
        }
        #expect(BundleIssue(.users, line: 2, .notUTF8(byte: 0xC0, looksLikeUTF16: false)).text(in: .ru)
            == "users.csv:2: файл не в кодировке UTF-8 (байт 0xC0): сохраните его как «CSV UTF-8»")
    }

    @Test func utf16FileIsNamedAsSuch() {
        let folder = ValidBundle.folder()
        folder.write("subjects.csv", bytes: [0xFF, 0xFE] + Array("i\0d\0".utf8))
        let error = #expect(throws: BundleError.self) { try BundleReader(folder: folder.url).read() }
        #expect(error?.issues.map { $0.text(in: .ru) }
            == ["subjects.csv:1: файл в кодировке UTF-16, а нужна UTF-8: сохраните его как «CSV UTF-8»"])
    }

    // MARK: - Files, header, syntax

    @Test func folderThatDoesNotExist() {
        let folder = TempFolder()
        let missing = folder.child("нет")
        #expect(throws: BundleError(issues: [BundleIssue(file: nil, problem: .folderMissing(path: missing.path))])) {
            try BundleReader(folder: missing).read()
        }
    }

    @Test func unknownCSVFileIsAnError() {
        let folder = ValidBundle.folder()
        folder.write("mark.csv", "lesson_id\n")
        let error = #expect(throws: BundleError.self) { try BundleReader(folder: folder.url).read() }
        #expect(error?.issues.map(\.file) == ["mark.csv"])
        #expect(error?.issues.first?.problem == .unknownFile)
    }

    @Test func missingRequiredColumn() {
        #expect(issues(["subjects.csv": "id\nmath\nrus\n"]) == ["subjects.csv:1: name: нет обязательного столбца"])
    }

    @Test func repeatedAndUnnamedColumns() {
        #expect(issues(["subjects.csv": "id,name,name,\nmath,М,М,\nrus,Р,Р,\neng,А,А,\n"]) == [
            "subjects.csv:1: name: столбец повторяется в заголовке",
            "subjects.csv:1: у столбца № 4 нет имени в заголовке",
        ])
    }

    @Test func emptyFileHasNoHeader() {
        #expect(issues(["guardians.csv": ""]) == ["guardians.csv:1: файл пуст: первой строкой нужен заголовок со списком столбцов"])
    }

    @Test func rowWithTooManyFields() {
        #expect(issues(["subjects.csv": "id,name\nmath,Математика,лишнее\nrus,Русский язык\n"])
            == ["subjects.csv:2: полей в строке: 3, а столбцов в заголовке: 2"])
    }

    @Test func unterminatedQuote() {
        #expect(issues(replacing("marks.csv", "1,s2,4,oral,2024-09-02T09:10,ivanova,", "1,s2,4,oral,2024-09-02T09:10,ivanova,\"ой"))
            == ["marks.csv:3: кавычка, открытая в строке 3, не закрыта до конца файла"])
    }

    @Test func quoteInsideUnquotedField() {
        #expect(issues(replacing("subjects.csv", "math,Математика", "math,Математика \"профиль\"")) == [
            "subjects.csv:2: кавычка внутри поля без кавычек: заключите поле в кавычки, а кавычку внутри удвойте (\"\")",
        ])
    }

    @Test func lineNumbersCountTheLinesOfMultiLineFields() {
        let lessons = ValidBundle.file("lessons.csv", replacing: "1,5a,math,ivanova,2024-09-02,1,Натуральные числа,",
                                       with: "1,5a,math,ivanova,2024-09-02,1,\"Натуральные\nчисла,\r\nповторение\",")
            .replacingOccurrences(of: "4,5a,math,ivanova,2024-09-09", with: "4,5a,math,ivanova,2024-09-31")
        #expect(issues(["lessons.csv": lessons])
            == ["lessons.csv:7: date: неверная дата «2024-09-31»: нужен формат ГГГГ-ММ-ДД и существующий день"])
    }

    // MARK: - Cells

    @Test func emptyRequiredValue() {
        #expect(issues(replacing("subjects.csv", "math,Математика", "math,  ")) == ["subjects.csv:2: name: не заполнено"])
    }

    @Test func duplicateIdentifier() {
        #expect(issues(["subjects.csv": ValidBundle.files["subjects.csv"]! + "math,Алгебра\n"])
            == ["subjects.csv:5: id: «math» уже встречается в строке 2: идентификатор должен быть единственным в файле"])
    }

    @Test func identifierWithSpaces() {
        #expect(issues(replacing("guardians.csv", "mama,s3", "\"mama \",s3"))
            == ["guardians.csv:2: parent_login: идентификатор «mama » начинается или кончается пробелом"])
    }

    @Test func referenceThatDoesNotResolve() {
        #expect(issues(replacing("guardians.csv", "mama,s3", "mama,s99")) == ["guardians.csv:2: student_id: «s99» нет в students.csv"])
    }

    @Test func unknownWorkTypeNamesTheBuiltInList() {
        #expect(issues(replacing("marks.csv", "1,s1,5,lesson", "1,s1,5,essay")) == [
            "marks.csv:2: work_type: вида работы «essay» нет в work_types.csv (без этого файла действует встроенный список: "
                + "lesson, oral, heart, behavior, homework, independent, test, dictation, lab)",
        ])
    }

    @Test func emptyWorkTypeNeedsTheDefaultInTheList() {
        #expect(issues(["work_types.csv": "code,name,weight,in_class\nlesson,Работа на уроке,1,1\n"]) == [
            "marks.csv:3: work_type: вида работы «oral» нет в work_types.csv (без этого файла действует встроенный список: "
                + "lesson, oral, heart, behavior, homework, independent, test, dictation, lab)",
            "marks.csv:5: work_type: вида работы «oral» нет в work_types.csv (без этого файла действует встроенный список: "
                + "lesson, oral, heart, behavior, homework, independent, test, dictation, lab)",
        ])
        #expect(issues(["work_types.csv": "code,name,weight,in_class\nlesson2,Работа,1,1\noral,Ответ,1,1\n"]).contains(
            "marks.csv:4: work_type: вид работы не указан, а вида по умолчанию «lesson» нет в work_types.csv"))
    }

    @Test func roleOfTheReferencedUser() {
        #expect(issues(replacing("classes.csv", "5a,5А,5,petrov", "5a,5А,5,mama"))
            == ["classes.csv:2: homeroom: у пользователя «mama» нет роли teacher (учитель) в users.csv"])
        #expect(issues(replacing("students.csv", "s1,Андреев Илья,ilya", "s1,Андреев Илья,mama"))
            == ["students.csv:2: login: у пользователя «mama» нет роли student (ученик) в users.csv"])
    }

    @Test func oneAccountPerStudent() {
        let users = ValidBundle.files["users.csv"]! + "olga,Борисова Ольга,student,2024-08-20T09:00,,0\n"
        let students = ValidBundle.file("students.csv", replacing: "s2,Борисова Ольга,", with: "s2,Борисова Ольга,ilya")
        #expect(issues(["users.csv": users, "students.csv": students])
            == ["students.csv:3: login: учётная запись «ilya» уже принадлежит ученику «s1»"])
    }

    @Test func gradeFromOneToEleven() {
        #expect(issues(replacing("classes.csv", "5a,5А,5,", "5a,5А,12,"))
            == ["classes.csv:2: grade: неверная параллель «12»: нужно число от 1 до 11"])
        #expect(issues(replacing("classes.csv", "6b,6Б,6,", "6b,6Б,0,"))
            == ["classes.csv:3: grade: неверная параллель «0»: нужно число от 1 до 11"])
    }

    @Test func weekdayFromOneToSix() {
        #expect(issues(replacing("schedule.csv", "5a,1,1,math", "5a,7,1,math"))
            == ["schedule.csv:2: weekday: неверный день недели «7»: нужно число от 1 (пн) до 6 (сб)"])
    }

    @Test func weightAboveZero() {
        let workTypes = "code,name,weight,in_class\nlesson,Работа на уроке,0,1\noral,Ответ,1,1\n"
        #expect(issues(["work_types.csv": workTypes])
            == ["work_types.csv:2: weight: недопустимый вес «0»: нужно число больше 0 (например 1 или 1.5)"])
    }

    @Test func lessonNumberMustBeInTheBells() {
        #expect(issues(replacing("lessons.csv", "2,5a,rus,petrov,2024-09-02,2,", "2,5a,rus,petrov,2024-09-02,7,"))
            == ["lessons.csv:3: lesson_number: урока № 7 нет в расписании звонков bells.csv"])
        #expect(issues(replacing("schedule.csv", "5a,1,2,rus", "5a,1,4,rus"))
            == ["schedule.csv:3: lesson_number: урока № 4 нет в расписании звонков bells.csv"])
    }

    @Test func commentNeedsItsTime() {
        #expect(issues(replacing("lessons.csv", "2,5a,rus,petrov,2024-09-02,2,,,,,,0", "2,5a,rus,petrov,2024-09-02,2,,,,Шумно,,0"))
            == ["lessons.csv:3: comment_at: у комментария к уроку нет времени: заполните comment_at"])
        #expect(issues(replacing("lessons.csv", "2,5a,rus,petrov,2024-09-02,2,,,,,,0",
                                 "2,5a,rus,petrov,2024-09-02,2,,,,,2024-09-02T11:00,0"))
            == ["lessons.csv:3: comment: время комментария есть, а самого комментария нет"])
    }

    @Test func booleanIsZeroOrOne() {
        #expect(issues(replacing("lessons.csv", "2,5a,rus,petrov,2024-09-02,2,,,,,,0", "2,5a,rus,petrov,2024-09-02,2,,,,,,да"))
            == ["lessons.csv:3: cancelled: неверное значение «да»: нужно 0 или 1"])
    }

    @Test func timestampFormat() {
        let expected = { (text: String) in
            "marks.csv:2: entered_at: неверная отметка времени «\(text)»: нужен формат ГГГГ-ММ-ДДTЧЧ:ММ[:СС][+03:00]"
        }
        for bad in ["02.09.2024 08:50", "2024-09-02 08:50", "2024-09-02T25:00", "2024-09-02T08:50+3:00", "2024-09-02"] {
            #expect(issues(replacing("marks.csv", "1,s1,5,lesson,2024-09-02T08:50", "1,s1,5,lesson,\(bad)")) == [expected(bad)])
        }
    }

    @Test func timeOfDayFormat() {
        #expect(issues(replacing("bells.csv", "1,08:30,09:15", "1,8.30,09:15")) == ["bells.csv:2: start: неверное время «8.30»: нужен формат ЧЧ:ММ"])
    }

    @Test func bellsAreUniqueAndEndAfterStart() {
        #expect(issues(["bells.csv": ValidBundle.files["bells.csv"]! + "1,10:20,10:20\n"]) == [
            "bells.csv:5: lesson_number: «1» уже встречается в строке 2: идентификатор должен быть единственным в файле",
            "bells.csv:5: end: конец 10:20 должен быть позже начала 10:20",
        ])
    }

    @Test func schoolRow() {
        #expect(issues(replacing("school.csv", "Europe/Moscow", "Europe/Moskva"))
            == ["school.csv:2: timezone: неизвестный часовой пояс «Europe/Moskva»: нужно имя IANA, например Europe/Moscow"])
        #expect(issues(replacing("school.csv", "2024/2025", "2024-2025"))
            == ["school.csv:2: academic_year: неверный учебный год «2024-2025»: нужен вид 2024/2025"])
        #expect(issues(["school.csv": ValidBundle.files["school.csv"]! + "Ещё одна,Europe/Moscow,2024/2025,2\n"])
            == ["school.csv: нужна ровно одна строка со школой, а их 2"])
    }

    @Test func unknownRoleAndCodes() {
        #expect(issues(replacing("users.csv", "admin,Админов Админ,admin,", "admin,Админов Админ,headmaster,")) == [
            "users.csv:2: roles: неизвестная роль «headmaster»: допустимы admin, deputy, director, teacher, secretary, parent, student",
        ])
        #expect(issues(replacing("users.csv", "admin,Админов Админ,admin,", "admin,Админов Админ,admin;director,")).isEmpty)
        #expect(issues(replacing("attendance.csv", "1,s3,н,", "1,s3,x,"))
            == ["attendance.csv:2: code: неизвестный код посещаемости «x»: допустимы н, б, уп, оп"])
        #expect(issues(replacing("final_marks.csv", "s1,math,q1,5,", "s1,math,q1,6,"))
            == ["final_marks.csv:2: value: недопустимая итоговая отметка «6»: допустимы 1–5, н/а, зач, незач, осв"])
        #expect(issues(replacing("periods.csv", "q1,1 четверть,quarter", "q1,1 четверть,season"))
            == ["periods.csv:2: kind: неизвестный вид периода «season»: допустимы quarter, half, trimester, year"])
    }

    // MARK: - Rules across rows

    @Test func periodsOfOneKindDoNotOverlap() {
        #expect(issues(replacing("periods.csv", "q2,2 четверть,quarter,2024-11-05", "q2,2 четверть,quarter,2024-10-20"))
            == ["periods.csv:3: start: период пересекается с периодом того же вида «q1» (строка 2)"])
    }

    @Test func periodEndsAfterItStarts() {
        #expect(issues(replacing("periods.csv", "2024-09-02,2024-10-25", "2024-09-02,2024-08-01"))
            == ["periods.csv:2: end: конец 2024-08-01 раньше начала 2024-09-02"])
    }

    @Test func enrolmentEndsAfterItStarts() {
        #expect(issues(replacing("enrollments.csv", "2024-09-01,2024-09-03", "2024-09-01,2024-08-03"))
            == ["enrollments.csv:4: to: конец 2024-08-03 раньше начала 2024-09-01"])
    }

    @Test func duplicateRowsOfPairs() {
        #expect(issues(["guardians.csv": ValidBundle.files["guardians.csv"]! + "mama,s3\n"])
            == ["guardians.csv:3: эта связь родителя с ребёнком уже есть в строке 2"])
        #expect(issues(["attendance.csv": ValidBundle.files["attendance.csv"]! + "1,s3,б,2024-09-02T09:35,ivanova\n"])
            == ["attendance.csv:4: student_id: посещаемость этого ученика на этом уроке уже записана в строке 2"])
        #expect(issues(["final_marks.csv": ValidBundle.files["final_marks.csv"]! + "s1,math,q1,4,2024-10-26T15:00,\n"])
            == ["final_marks.csv:3: period_id: итоговая отметка этого ученика по этому предмету за этот период уже есть в строке 2"])
        #expect(issues(["plans.csv": ValidBundle.files["plans.csv"]! + "5a,math,1,Дроби,2,\n"])
            == ["plans.csv:4: seq: тема с этим номером для этого класса (группы) и предмета уже есть в строке 2"])
    }

    // MARK: - Reporting

    @Test func allErrorsOfAllFilesInFileOrder() {
        let changes = replacing("marks.csv", "1,s1,5,lesson", "1,s1,6,lesson")
            .merging(replacing("lessons.csv", "3,6b,math", "3,9z,math")) { a, _ in a }
            .merging(replacing("subjects.csv", "math,Математика", "math,")) { a, _ in a }
        #expect(issues(changes) == [
            "subjects.csv:2: name: не заполнено",
            "lessons.csv:4: class_id: «9z» нет в classes.csv",
            "marks.csv:2: value: недопустимая отметка «6»: допустимы 1, 2, 3, 4, 5",
        ])
    }

    @Test func atMostOneHundredIssuesAreListed() throws {
        let marks = "lesson_id,student_id,value,entered_at\n" + String(repeating: "1,s1,6,2024-09-02T08:50\n", count: 150)
        let error = try #require(ValidBundle.error(changing: ["marks.csv": marks]))
        #expect(error.issues.count == 100)
        #expect(error.omittedCount == 50)
        #expect(error.issues.last?.line == 101)
        #expect(error.text(in: .ru).hasSuffix("\n… и ещё 50 (показаны первые 100)"))
    }

    /// marks.csv is read beside the files after it: the first hundred issues
    /// are still those of the files in their order.
    @Test func issueLimitRunsThroughTheFilesReadSideBySide() throws {
        let marks = "lesson_id,student_id,value,entered_at\n" + String(repeating: "1,s1,6,2024-09-02T08:50\n", count: 80)
        let attendance = "lesson_id,student_id,code,entered_at\n" + String(repeating: "1,s1,x,2024-09-02T08:50\n", count: 70)
        let logins = "login,at\n" + String(repeating: "nobody,2024-09-02T08:50\n", count: 5)
        let error = try #require(ValidBundle.error(changing: ["marks.csv": marks, "attendance.csv": attendance, "logins.csv": logins]))
        #expect(error.issues.count == 100)
        // 80 marks, 70 codes and 69 repeats of the same attendance, 5 logins.
        #expect(error.omittedCount == 124)
        #expect(error.issues.prefix(80).allSatisfy { $0.file == "marks.csv" })
        #expect(error.issues.suffix(20).allSatisfy { $0.file == "attendance.csv" })
        #expect(error.issues[80].line == 2)
    }

    @Test func messagesInEnglish() throws {
        let error = try #require(ValidBundle.error(changing: replacing("marks.csv", "1,s1,5,lesson", "1,s1,6,lesson")))
        #expect(error.text(in: .en) == "marks.csv:2: value: invalid mark \"6\": allowed are 1, 2, 3, 4, 5")
    }
}

extension BundleRuleTests {
    @Test func brokenHeaderIsReportedOnceAsSyntax() {
        #expect(issues(["guardians.csv": "\"parent_login,student_id\nmama,s3\n"])
            == ["guardians.csv:1: кавычка, открытая в строке 1, не закрыта до конца файла"])
    }

    @Test func aFileInPlaceOfTheFolder() {
        let folder = TempFolder()
        folder.write("bundle.zip", "PK")
        #expect(throws: BundleError(issues: [BundleIssue(file: nil, problem: .notAFolder(path: folder.child("bundle.zip").path))])) {
            try BundleReader(folder: folder.child("bundle.zip")).read()
        }
    }
}
