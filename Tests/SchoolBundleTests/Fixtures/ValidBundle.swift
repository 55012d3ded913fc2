import Foundation
@testable import SchoolBundle

/// A small valid bundle written as text, the way a school would prepare one.
/// Tests that check a rule change one file (or one line of it) and expect
/// exactly the issues that change causes.
enum ValidBundle {
    /// Format 2: a school with a transfer, subject groups of a class, an
    /// elective across classes, a club without marks, a calendar, a substitution,
    /// a cancelled lesson and a locked period. Rows of format 1's fixture keep
    /// their lines; what format 2 adds comes after them.
    static let files: [String: String] = [
        "school.csv": """
            name,timezone,academic_year,format
            МБОУ СОШ № 1,Europe/Moscow,2024/2025,2

            """,
        "periods.csv": """
            id,name,kind,start,end,locked
            q1,1 четверть,quarter,2024-09-02,2024-10-25,1
            q2,2 четверть,quarter,2024-11-05,2024-12-28,0
            y,Учебный год,year,2024-09-02,2025-05-31,

            """,
        "bells.csv": """
            lesson_number,start,end
            1,08:30,09:15
            2,09:25,10:10
            3,10:20,11:05

            """,
        "bells_short.csv": """
            lesson_number,start,end
            1,08:30,09:00
            2,09:10,09:40

            """,
        "subjects.csv": """
            id,name
            math,Математика
            rus,Русский язык
            eng,Английский язык

            """,
        "users.csv": """
            login,full_name,roles,created_at,activated_at,disabled
            admin,Админов Админ,admin,2024-08-20T09:00,2024-08-20T09:05,0
            ivanova,Иванова Анна Петровна,teacher,2024-08-20T09:00,,0
            petrov,Петров Пётр Ильич,teacher;deputy,2024-08-20T09:00,,0
            mama,Сидорова Мария,parent,2024-08-20T09:00,,0
            ilya,Андреев Илья,student,2024-08-20T09:00,,1
            smirnova,Смирнова Елена,teacher,2024-08-20T09:00,,0
            orlova,Орлова Ирина,teacher,2024-08-20T09:00,,0

            """,
        "classes.csv": """
            id,name,grade,homeroom
            5a,5А,5,petrov
            6b,6Б,6,

            """,
        "students.csv": """
            id,full_name,login
            s1,Андреев Илья,ilya
            s2,Борисова Ольга,
            s3,Сидоров Максим,
            s4,Волков Иван,
            s5,Гусев Пётр,

            """,
        "enrollments.csv": """
            student_id,class_id,from,to,order
            s1,5a,2024-09-01,,№ 101 от 30.08.2024
            s2,5a,2024-09-01,,
            s3,5a,2024-09-01,2024-09-03,"№ 7 от 03.09.2024, выбыл"
            s4,6b,2024-09-01,,
            s5,5a,2024-09-01,2024-09-02,
            s5,6b,2024-09-03,,№ 8 от 02.09.2024

            """,
        "groups.csv": """
            id,name,kind,class_id,subject_id
            5a-en1,гр. 1,part,5a,eng
            5a-en2,гр. 2,part,5a,eng
            el,Решение задач,mixed,,math
            robo,Робототехника,extra,,

            """,
        "group_grading.csv": """
            group_id,grading
            robo,none

            """,
        "group_members.csv": """
            group_id,student_id,from,to
            5a-en1,s1,2024-09-01,
            5a-en1,s2,2024-09-01,
            5a-en2,s3,2024-09-01,2024-09-03
            5a-en2,s5,2024-09-01,2024-09-02
            el,s2,2024-09-01,
            el,s4,2024-09-01,
            robo,s1,2024-09-01,

            """,
        "guardians.csv": """
            parent_login,student_id
            mama,s3

            """,
        "calendar.csv": """
            date,kind,weekday,class_id,note
            2024-11-04,holiday,,,День народного единства
            2024-11-02,workday,1,,Рабочая суббота
            2024-10-10,closed,,6b,Карантин
            2024-12-27,short,,,Предпраздничный день

            """,
        "schedule.csv": """
            class_id,weekday,lesson_number,subject_id,teacher_login,room,valid_from,valid_to,group_id
            5a,1,1,math,ivanova,12,2024-09-02,,
            5a,1,2,rus,petrov,,2024-09-02,2024-12-28,
            5a,1,3,eng,smirnova,21,2024-09-02,,5a-en1
            5a,1,3,eng,orlova,22,2024-09-02,,5a-en2
            ,3,3,math,ivanova,12,2024-09-02,,el
            ,5,3,rus,petrov,,2024-09-02,,robo

            """,
        "plans.csv": """
            class_id,subject_id,seq,topic,hours,group_id
            5a,math,1,Натуральные числа,2,
            5a,eng,1,Знакомство,1,5a-en1

            """,
        "curriculum.csv": """
            class_id,group_id,subject_id,hours
            5a,,math,5
            5a,5a-en1,eng,3
            5a,5a-en2,eng,3
            ,el,math,0.5

            """,
        "lessons.csv": """
            id,class_id,subject_id,teacher_login,date,lesson_number,topic,homework,held_at,comment,comment_at,cancelled,group_id,substitute_for,cancel_reason
            1,5a,math,ivanova,2024-09-02,1,Натуральные числа,"№ 1, 2",2024-09-02T09:15,,,0,,,
            2,5a,rus,petrov,2024-09-02,2,,,,,,0,,,
            3,6b,math,ivanova,2024-09-03,1,,,,,,0,,,
            4,5a,math,ivanova,2024-09-09,1,,,,,,0,,,
            5,5a,eng,orlova,2024-09-02,3,Знакомство,,,,,0,5a-en1,smirnova,
            6,,math,ivanova,2024-09-04,3,,,,,,0,el,,
            7,,rus,petrov,2024-09-06,3,Сборка робота,,,,,0,robo,,
            8,5a,eng,orlova,2024-09-09,3,,,,,,1,5a-en2,,Болезнь учителя

            """,
        "marks.csv": """
            lesson_id,student_id,value,work_type,entered_at,entered_by,comment
            1,s1,5,lesson,2024-09-02T08:50,ivanova,
            1,s2,4,oral,2024-09-02T09:10,ivanova,
            3,s4,3,,2024-09-03T09:00,ivanova,
            5,s2,5,oral,2024-09-02T11:00,orlova,
            6,s4,4,,2024-09-04T11:00,ivanova,
            3,s5,4,,2024-09-03T09:01,ivanova,

            """,
        "attendance.csv": """
            lesson_id,student_id,code,entered_at,entered_by
            1,s3,н,2024-09-02T08:35,ivanova
            7,s1,б,2024-09-06T10:30,petrov

            """,
        "final_marks.csv": """
            student_id,subject_id,period_id,value,entered_at,entered_by
            s1,math,q1,5,2024-10-25T15:00,ivanova

            """,
        "logins.csv": """
            login,at
            ivanova,2024-09-02T08:20

            """,
    ]

    /// The same school as format 1 says it (what format 1 can say of it):
    /// whole classes, one stay per student, no calendar.
    static let formatOneFiles: [String: String] = [
        "school.csv": """
            name,timezone,academic_year
            МБОУ СОШ № 1,Europe/Moscow,2024/2025

            """,
        "periods.csv": """
            id,name,kind,start,end
            q1,1 четверть,quarter,2024-09-02,2024-10-25
            q2,2 четверть,quarter,2024-11-05,2024-12-28
            y,Учебный год,year,2024-09-02,2025-05-31

            """,
        "bells.csv": """
            lesson_number,start,end
            1,08:30,09:15
            2,09:25,10:10

            """,
        "subjects.csv": """
            id,name
            math,Математика
            rus,Русский язык

            """,
        "users.csv": """
            login,full_name,roles,created_at,activated_at,disabled
            admin,Админов Админ,admin,2024-08-20T09:00,2024-08-20T09:05,0
            ivanova,Иванова Анна Петровна,teacher,2024-08-20T09:00,,0
            petrov,Петров Пётр Ильич,teacher;deputy,2024-08-20T09:00,,0
            mama,Сидорова Мария,parent,2024-08-20T09:00,,0
            ilya,Андреев Илья,student,2024-08-20T09:00,,1

            """,
        "classes.csv": files["classes.csv"]!,
        "students.csv": """
            id,full_name,class_id,login,enrolled_from,enrolled_to
            s1,Андреев Илья,5a,ilya,2024-09-01,
            s2,Борисова Ольга,5a,,2024-09-01,
            s3,Сидоров Максим,5a,,2024-09-01,2024-09-03
            s4,Волков Иван,6b,,2024-09-01,

            """,
        "guardians.csv": files["guardians.csv"]!,
        "schedule.csv": """
            class_id,weekday,lesson_number,subject_id,teacher_login,room,valid_from,valid_to
            5a,1,1,math,ivanova,12,2024-09-02,
            5a,1,2,rus,petrov,,2024-09-02,2024-12-28

            """,
        "plans.csv": """
            class_id,subject_id,seq,topic,hours
            5a,math,1,Натуральные числа,2

            """,
        "lessons.csv": """
            id,class_id,subject_id,teacher_login,date,lesson_number,topic,homework,held_at,comment,comment_at,cancelled
            1,5a,math,ivanova,2024-09-02,1,Натуральные числа,"№ 1, 2",2024-09-02T09:15,,,0
            2,5a,rus,petrov,2024-09-02,2,,,,,,0
            3,6b,math,ivanova,2024-09-03,1,,,,,,0
            4,5a,math,ivanova,2024-09-09,1,,,,,,1

            """,
        "marks.csv": """
            lesson_id,student_id,value,work_type,entered_at,entered_by,comment
            1,s1,5,lesson,2024-09-02T08:50,ivanova,
            1,s2,4,oral,2024-09-02T09:10,ivanova,
            3,s4,3,,2024-09-03T09:00,ivanova,

            """,
        "attendance.csv": """
            lesson_id,student_id,code,entered_at,entered_by
            1,s3,н,2024-09-02T08:35,ivanova

            """,
        "final_marks.csv": files["final_marks.csv"]!,
        "logins.csv": files["logins.csv"]!,
    ]

    /// The bundle with some files replaced (`nil` removes a file).
    static func folder(changing changes: [String: String?] = [:], formatOne: Bool = false) -> TempFolder {
        let folder = TempFolder()
        var contents = (formatOne ? formatOneFiles : files).mapValues { Optional($0) }
        for (name, text) in changes { contents[name] = text }
        for (name, text) in contents {
            if let text { folder.write(name, text) }
        }
        return folder
    }

    /// A file of the bundle with one piece of text replaced; the piece must be there.
    static func file(_ name: String, replacing old: String, with new: String, formatOne: Bool = false) -> String {
        let text = (formatOne ? formatOneFiles : files)[name]!
        precondition(text.contains(old), "\(name) has no «\(old)»")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The issues reading the changed bundle gives, as Russian text; empty when it reads.
    static func issues(changing changes: [String: String?], formatOne: Bool = false) -> [String] {
        error(changing: changes, formatOne: formatOne)?.issues.map { $0.text(in: .ru) } ?? []
    }

    static func error(changing changes: [String: String?], formatOne: Bool = false) -> BundleError? {
        let folder = folder(changing: changes, formatOne: formatOne)
        do {
            _ = try BundleReader(folder: folder.url).read()
            return nil
        } catch {
            return error
        }
    }
}
