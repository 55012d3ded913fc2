import JournalCore
import JournalStore

extension ReportSchool {
    /// The school with more for «Замечания» to find: a «2» in a group, in the
    /// class a student moved to, of a student who left, one followed up only
    /// after a short window; an absence with two marks, one whose mark was
    /// entered after as of, a lateness with a mark; marks of several weights.
    /// In memory, or in a new file at `path`.
    public static func moreRemarks(at path: String? = nil) throws -> AppDatabase {
        var school = snapshot()
        let mark = { (lesson: String, student: String, value: Int, type: String, at: String, login: String) in
            Mark(lessonCode: lesson, studentCode: student, value: try! MarkValue(value), workTypeCode: type,
                 enteredAt: time(at), enteredBy: login)
        }
        school.marks += [
            mark("G1", "a1", 2, "test", "2024-09-03T11:00", "smirnova"), mark("G2", "a2", 2, "oral", "2024-09-10T11:00", "smirnova"),
            mark("B1", "a3", 2, "independent", "2024-09-09T12:00", "ivanova"), mark("L1", "a4", 2, "test", "2024-09-02T10:30", "ivanova"),
            mark("L3", "a2", 4, "oral", "2024-09-06T10:05", "ivanova"), mark("L2", "a2", 2, "test", "2024-09-04T10:00", "ivanova"),
            mark("L4", "a1", 2, "test", "2024-09-09T10:10", "petrov"), mark("L6", "a1", 3, "oral", "2024-09-13T10:00", "ivanova"),
            mark("L6", "a3", 2, "oral", "2024-09-13T10:00", "ivanova"), mark("L2", "a1", 2, "dictation", "2024-09-20T12:00", "ivanova"),
            mark("B2", "b1", 2, "test", "2024-09-12T15:10", "ivanova"), mark("L4", "a4", 5, "oral", "2024-09-09T09:00", "petrov"),
        ]
        school.attendance.append(Attendance(lessonCode: "L4", studentCode: "a1", code: .excused, enteredAt: time("2024-09-09T09:00"),
                                            enteredBy: "petrov"))
        let database = try path.map { try AppDatabase.open(path: $0, create: true, clock: clock) } ?? AppDatabase.inMemory(clock: clock)
        try database.load(school, options: LoadOptions(source: "test"))
        return database
    }
}
