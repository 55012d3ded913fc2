import Foundation
import JournalCore
import JournalStore

/// `JournalSchool` with a second class for the messages' rights: 8Б, taught
/// by Сидорова alone (its class teacher), with Борисов as the parent of its
/// one student; Андреев of 5А has a student account (`andreev`).
public enum MessagingSchool {
    public static func snapshot(today: SchoolDate = JournalSchool.wednesday) -> SchoolSnapshot {
        var s = JournalSchool.snapshot(today: today)
        let created = SchoolTime(date: today.adding(days: -70), time: TimeOfDay(minutes: 540))
        s.accounts += [
            Account(login: "sidorova", fullName: "Сидорова Софья Львовна", roles: [.teacher], createdAt: created, activatedAt: created),
            Account(login: "papa", fullName: "Борисов Борис", roles: [.parent], createdAt: created),
            Account(login: "andreev", fullName: "Андреев Илья Сергеевич", roles: [.student], createdAt: created),
            Account(login: "secretary", fullName: "Секретарёва Света", roles: [.secretary], createdAt: created),
        ]
        s.classes.append(SchoolClass(code: "6b", name: "8Б", grade: 6, homeroomLogin: "sidorova"))
        s.enrol(Student(code: "b1", fullName: "Борисов Глеб Борисович", login: nil), in: "6b", from: today.adding(days: -60), to: nil)
        s.guardians.append(Guardian(parentLogin: "papa", studentCode: "b1"))
        if let index = s.students.firstIndex(where: { $0.code == "s1" }) { s.students[index].login = "andreev" }
        s.timetable += (1...6).map { weekday in
            TimetableEntry(classCode: "6b", weekday: weekday, lessonNumber: 1, subjectCode: "math", teacherLogin: "sidorova",
                           room: "20", validFrom: today.adding(days: -60), validTo: nil)
        }
        return s
    }

    /// The same school on the real today, 5А called 7А, with a password for
    /// everyone (`password(_:)`): for the binary in tmux.
    public static func prepare(_ db: AppDatabase) throws {
        var s = snapshot(today: JournalSchool.realToday)
        if let index = s.classes.firstIndex(where: { $0.code == "5a" }) { s.classes[index].name = "7А" }
        try db.load(s, options: LoadOptions(source: "e2e"))
        for account in s.accounts {
            try db.setPassword(login: account.login, to: password(account.login), by: .serverOperator)
        }
    }

    public static func password(_ login: String) -> String { "пароль " + String(login.reversed()) }

    public static func database(clock: any SchoolClock = JournalSchool.clock(JournalSchool.wednesday)) throws -> AppDatabase {
        let db = try AppDatabase.inMemory(clock: clock)
        try db.load(snapshot(), options: LoadOptions(demo: false, source: "test"))
        return db
    }
}
