import Documents
import JournalCore
import JournalStore

/// Makes the paper documents from bundle ids, as the command line and the
/// reports screen name them: the ids are resolved by the store (an unknown one
/// is refused naming it), the data read with the requester's rights.
public enum PaperMaker {
    /// A class's journal (`classCode`), one of its groups', or a group of no
    /// class (`groupCode` alone).
    public static func journal(_ database: AppDatabase, classCode: String?, groupCode: String?, subjectCode: String,
                               periodCode: String, by requester: Requester, footer: DocumentFooter) throws -> Document {
        let scope = try resolve(database, ReportScopeCodes(classCode: classCode, groupCode: groupCode, subjectCode: subjectCode,
                                                           periodCode: periodCode))
        guard let subject = scope.subjectID, let period = scope.periodID,
              let audience: ClassOrGroup = scope.groupID.map({ .group($0) }) ?? scope.classID.map({ .wholeClass($0) }) else {
            throw JournalError.notFound(Phrase(ru: "класс, предмет или период", en: "class, subject or period"))
        }
        let grid = try database.journalPages(audience, of: scope.classID, subject: subject, period: period, by: requester)
        guard grid.lessons.contains(where: { !$0.cancelled }) else {
            throw JournalError.other(Phrase(ru: "у «\(grid.label.text)» за период «\(grid.period.period.name)» нет уроков: печатать нечего",
                                            en: "\"\(grid.label.text)\" has no lessons in the period \"\(grid.period.period.name)\": nothing to print"))
        }
        return JournalPages.document(grid, footer: footer)
    }

    /// Every class journal of a period: the classes and groups with a lesson
    /// not cancelled in it, by subject (`zhurnal print journal --all`).
    public static func journalUnits(_ database: AppDatabase, periodCode: String) throws -> [JournalUnitCodes] {
        let scope = try resolve(database, ReportScopeCodes(periodCode: periodCode))
        guard let period = scope.periodID else { throw JournalError.notFound(Phrase(ru: "период", en: "period")) }
        return try database.journalUnitCodes(period: period)
    }

    public static func summary(_ database: AppDatabase, classCode: String, by requester: Requester,
                               footer: DocumentFooter) throws -> Document {
        guard let classID = try resolve(database, ReportScopeCodes(classCode: classCode)).classID else {
            throw JournalError.notFound(Phrase(ru: "класс", en: "class"))
        }
        let data = try database.summarySheet(of: classID, by: requester)
        guard !data.students.isEmpty else {
            throw JournalError.other(Phrase(ru: "в классе \(data.className) за учебный год нет учеников: печатать нечего",
                                            en: "class \(data.className) has no students this school year: nothing to print"))
        }
        return SummarySheet.document(data, school: try database.school(), footer: footer)
    }

    private static func resolve(_ database: AppDatabase, _ codes: ReportScopeCodes) throws -> ReportScope {
        let today = SchoolDate(dayNumber: 0)
        return try database.reportScope(codes, from: today, to: today, asOf: SchoolTime(seconds: 0))
    }
}
