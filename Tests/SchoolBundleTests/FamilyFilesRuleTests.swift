import Foundation
import JournalCore
import Testing
@testable import SchoolBundle

/// The rules of issue 15's files: each bad input gives exactly its
/// `file:line: column: …` messages, in Russian, and the valid files read back.
@Suite struct FamilyFilesRuleTests {
    /// Valid files for `ValidBundle`: mama is Сидоров Максим's (s3) parent,
    /// who was absent at lesson 1 (math, 02.09, homework «№ 1, 2»).
    static let files: [String: String] = [
        "attendance_notes.csv": """
            lesson_id,student_id,note
            1,s3,"справка № 17, поликлиника № 2"

            """,
        "homework_due.csv": """
            lesson_id,date,lesson_number
            1,2024-09-09,1

            """,
        "contacts.csv": """
            student_id,parent_login,phone,email,address,consent_date,updated_at,updated_by
            s3,,+7 900 000-00-01,,"ул. Школьная, 1",2024-09-01,2024-09-01T10:00,petrov
            ,mama,+7 900 000-00-02,mama@example.ru,,2024-09-01,,

            """,
        "class_events.csv": """
            class_id,date,time,title,place,updated_at,updated_by
            5a,2024-09-20,18:00,Родительское собрание,каб. 12,2024-09-02T12:00,petrov
            5a,2024-09-27,,Экскурсия,,,

            """,
        "parent_notices.csv": """
            class_id,student_id,parent_login,text,sent_at,sent_by,read_at
            5a,s3,mama,пропустил без уважительной причины 1 урок на этой неделе,2024-09-02T12:00,petrov,2024-09-02T18:00

            """,
        "threads.csv": """
            id,subject,created_by,created_at,members
            1,Пропуск 2 сентября,mama,2024-09-02T19:00,mama;ivanova

            """,
        "messages.csv": """
            id,thread_id,sender,body,sent_at,edited_at,withdrawn_at
            1,1,mama,"Здравствуйте!
            Максим был у врача, справка ""будет"" завтра.",2024-09-02T19:00,,
            2,1,ivanova,Спасибо.,2024-09-02T20:00,,

            """,
        "message_reads.csv": """
            message_id,login,read_at
            1,ivanova,2024-09-02T19:30

            """,
        "announcements.csv": """
            id,author,audience,role,class_id,body,created_at,expires_on,withdrawn_at
            1,admin,class_parents,,5a,Собрание в пятницу,2024-09-02T09:00,2024-09-06,
            2,petrov,role,teacher,,Педсовет в 15:00,2024-09-02T09:00,2024-09-02,2024-09-02T10:00

            """,
        "announcement_reads.csv": """
            announcement_id,login,read_at
            1,mama,2024-09-02T19:10

            """,
    ]

    func issues(_ changes: [String: String?]) -> [String] {
        var all = Self.files.mapValues { Optional($0) }
        for (name, text) in changes { all[name] = text }
        return ValidBundle.issues(changing: all)
    }

    func replacing(_ file: String, _ old: String, _ new: String) -> [String: String?] {
        let text = Self.files[file]!
        precondition(text.contains(old), "\(file) has no «\(old)»")
        return [file: text.replacingOccurrences(of: old, with: new)]
    }

    @Test func theValidFilesReadBack() throws {
        #expect(issues([:]) == [])
        let folder = ValidBundle.folder(changing: Self.files.mapValues { Optional($0) })
        let school = try BundleReader(folder: folder.url).read()
        #expect(school.attendance.first { $0.studentCode == "s3" }?.note == "справка № 17, поликлиника № 2")
        #expect(school.lessons.first { $0.code == "1" }?.homeworkDue == HomeworkDue(date: SchoolDate(year: 2024, month: 9, day: 9)!,
                                                                                   lessonNumber: 1))
        #expect(school.contacts.count == 2)
        #expect(school.classEvents.map(\.time) == [TimeOfDay(text: "18:00"), nil])
        #expect(school.parentNotices.first?.readAt != nil)
        #expect(school.messageThreads.first?.members == ["mama", "ivanova"])
        #expect(school.messages.first?.body == "Здравствуйте!\nМаксим был у врача, справка \"будет\" завтра.")
        #expect(school.messageReads == [ReadRecord(itemCode: "1", login: "ivanova",
                                                   readAt: SchoolTime(date: SchoolDate(year: 2024, month: 9, day: 2)!,
                                                                      time: TimeOfDay(text: "19:30")!))])
        #expect(school.announcements.map(\.audience) == [.parentsOf("5a"), .role(.teacher)])
        #expect(school.announcementReads.count == 1)
    }

    @Test func unknownLoginsStudentsClassesAndLessonsAreNamedWithTheirLine() {
        #expect(issues(replacing("messages.csv", "2,1,ivanova", "2,1,ivanov")) == [
            "messages.csv:4: sender: «ivanov» нет в users.csv",
        ])
        #expect(issues(replacing("threads.csv", "mama;ivanova", "mama;papa")) == [
            "threads.csv:2: members: «papa» нет в users.csv",
        ])
        #expect(issues(replacing("contacts.csv", "s3,,", "s9,,")) == ["contacts.csv:2: student_id: «s9» нет в students.csv"])
        #expect(issues(replacing("class_events.csv", "5a,2024-09-27", "7v,2024-09-27")) == [
            "class_events.csv:3: class_id: «7v» нет в classes.csv",
        ])
        #expect(issues(replacing("homework_due.csv", "1,2024", "99,2024")) == ["homework_due.csv:2: lesson_id: «99» нет в lessons.csv"])
        #expect(issues(replacing("message_reads.csv", "1,ivanova", "3,ivanova")) == [
            "message_reads.csv:2: message_id: «3» нет в messages.csv",
        ])
        #expect(issues(replacing("announcement_reads.csv", "1,mama", "1,mamma")) == [
            "announcement_reads.csv:2: login: «mamma» нет в users.csv",
        ])
    }

    @Test func badDatesTimesAndValues() {
        #expect(issues(replacing("homework_due.csv", "2024-09-09", "2024-09-31")) == [
            "homework_due.csv:2: date: неверная дата «2024-09-31»: нужен формат ГГГГ-ММ-ДД и существующий день",
        ])
        #expect(issues(replacing("homework_due.csv", "2024-09-09,1", "2024-09-09,7")) == [
            "homework_due.csv:2: lesson_number: урока № 7 нет в расписании звонков bells.csv",
        ])
        let time = issues(replacing("class_events.csv", "18:00", "25:00"))
        #expect(time.count == 1 && time[0].hasPrefix("class_events.csv:2: time: "), "\(time)")
        let sent = issues(replacing("parent_notices.csv", "2024-09-02T12:00", "02.09.2024 12:00"))
        #expect(sent.count == 1 && sent[0].hasPrefix("parent_notices.csv:2: sent_at: "), "\(sent)")
        #expect(issues(replacing("announcements.csv", "class_parents", "parents")) == [
            "announcements.csv:2: audience: неизвестный адресат «parents»: бывают everyone, role, class, class_parents",
        ])
        #expect(issues(replacing("announcements.csv", "role,teacher,", "role,,")) == [
            "announcements.csv:3: role: объявлению для роли (audience = role) нужна роль",
        ])
        #expect(issues(replacing("announcements.csv", "class_parents,,5a", "everyone,,5a")) == [
            "announcements.csv:2: class_id: класс указывается только при audience = class или class_parents",
        ])
        let role = issues(replacing("announcements.csv", "role,teacher,", "role,boss,"))
        #expect(role.count == 1 && role[0].hasPrefix("announcements.csv:3: role: "), "\(role)")
    }

    @Test func theRulesOfTheRecords() {
        #expect(issues(replacing("attendance_notes.csv", "1,s3", "1,s1")) == [
            "attendance_notes.csv:2: student_id: записи посещаемости этого ученика на этом уроке нет в attendance.csv: документ не к чему приложить",
        ])
        #expect(issues(replacing("homework_due.csv", "1,2024-09-09", "2,2024-09-09")) == [
            "homework_due.csv:2: lesson_id: у урока нет домашнего задания (homework в lessons.csv): срок сдавать нечему",
        ])
        #expect(issues(replacing("homework_due.csv", "2024-09-09", "2024-09-02")) == [
            "homework_due.csv:2: date: срок домашнего задания должен быть позже дня урока (02.09.2024)",
        ])
        #expect(issues(replacing("contacts.csv", ",mama,", "s3,mama,")) == [
            "contacts.csv:3: parent_login: укажите чьи контакты: ученика (student_id) или родителя (parent_login), одно из двух",
            "contacts.csv:3: student_id: контакты этого человека уже есть в строке 2",
        ])
        #expect(issues(replacing("threads.csv", "mama;ivanova", "ivanova;ivanova")) == [
            "threads.csv:2: members: «ivanova» указан среди участников дважды",
        ])
        #expect(issues(replacing("threads.csv", "mama;ivanova", "ivanova;petrov")) == [
            "threads.csv:2: members: начавший переписку «mama» должен быть среди её участников (members)",
        ])
        #expect(issues(replacing("message_reads.csv", "1,ivanova", "1,mama")) == [
            "message_reads.csv:2: login: отправитель не отмечает прочтение своего сообщения",
        ])
        #expect(issues(replacing("message_reads.csv", "1,ivanova", "1,petrov")) == [
            "message_reads.csv:2: login: «petrov» не участник переписки «1» (members в threads.csv)",
        ])
        #expect(issues(replacing("announcement_reads.csv", "1,mama,2024-09-02T19:10\n", "1,mama,2024-09-02T19:10\n1,mama,2024-09-03T08:00\n")) == [
            "announcement_reads.csv:3: login: прочтение этим пользователем уже записано в строке 2",
        ])
    }

    /// A message's line is where its record starts, though its text spans lines.
    @Test func aMessageAfterAMultiLineOneIsNamedByItsOwnFirstLine() {
        #expect(issues(replacing("messages.csv", "2,1,ivanova", "2,1,petrov")) == [
            "messages.csv:4: sender: «petrov» не участник переписки «1» (members в threads.csv)",
        ])
    }

    @Test func aTextLongerThanTheLimitIsRefused() {
        let long = String(repeating: "а", count: MessageText.limit + 1)
        #expect(issues(replacing("messages.csv", "Спасибо.", long)) == [
            "messages.csv:4: body: текст длиннее 2000 знаков (2001): сократите его",
        ])
    }

    /// The files are format 2's: a format-1 bundle holding one is told to say format 2.
    @Test func aFormatOneBundleWithMessagesIsToldToSayFormatTwo() {
        let found = ValidBundle.issues(changing: ["threads.csv": Self.files["threads.csv"]!], formatOne: true)
        #expect(found == [
            "threads.csv: файл формата 2, а выгрузка формата 1: чтобы он читался, добавьте в school.csv столбец format со значением 2",
        ])
    }
}
