import Foundation
@testable import SchoolBundle

/// A small valid bundle written as text, the way a school would prepare one.
/// Tests that check a rule change one file (or one line of it) and expect
/// exactly the issues that change causes.
enum ValidBundle {
    static let files: [String: String] = [
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
        "classes.csv": """
            id,name,grade,homeroom
            5a,5А,5,petrov
            6b,6Б,6,

            """,
        "students.csv": """
            id,full_name,class_id,login,enrolled_from,enrolled_to
            s1,Андреев Илья,5a,ilya,2024-09-01,
            s2,Борисова Ольга,5a,,2024-09-01,
            s3,Сидоров Максим,5a,,2024-09-01,2024-09-03
            s4,Волков Иван,6b,,2024-09-01,

            """,
        "guardians.csv": """
            parent_login,student_id
            mama,s3

            """,
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
            4,5a,math,ivanova,2024-09-09,1,,,,,,0

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
        "final_marks.csv": """
            student_id,subject_id,period_id,value,entered_at,entered_by
            s1,math,q1,5,2024-10-25T15:00,ivanova

            """,
        "logins.csv": """
            login,at
            ivanova,2024-09-02T08:20

            """,
    ]

    /// The bundle with some files replaced (`nil` removes a file).
    static func folder(changing changes: [String: String?] = [:]) -> TempFolder {
        let folder = TempFolder()
        var contents = files.mapValues { Optional($0) }
        for (name, text) in changes { contents[name] = text }
        for (name, text) in contents {
            if let text { folder.write(name, text) }
        }
        return folder
    }

    /// A file of the bundle with one piece of text replaced; the piece must be there.
    static func file(_ name: String, replacing old: String, with new: String) -> String {
        let text = files[name]!
        precondition(text.contains(old), "\(name) has no «\(old)»")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The issues reading the changed bundle gives, as Russian text; empty when it reads.
    static func issues(changing changes: [String: String?]) -> [String] {
        error(changing: changes)?.issues.map { $0.text(in: .ru) } ?? []
    }

    static func error(changing changes: [String: String?]) -> BundleError? {
        let folder = folder(changing: changes)
        do {
            _ = try BundleReader(folder: folder.url).read()
            return nil
        } catch {
            return error
        }
    }
}
