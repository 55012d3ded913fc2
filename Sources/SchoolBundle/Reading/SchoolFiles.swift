import Foundation
import JournalCore

/// school.csv, periods.csv, bells.csv, subjects.csv, work_types.csv: the files
/// everything else refers to.
extension BundleAssembly {
    func readSchool() {
        var rowCount = 0
        let read = readTable(SchoolColumn.self) { row in
            rowCount += 1
            let name = row.text(.name)
            let zone = row.value(.timezone) { text in try School.validateTimeZone(text); return text }
            let year = row.value(.academicYear) { text in
                guard School.firstYear(ofAcademicYear: text) != nil else { throw BundleProblem.invalidAcademicYear(text) }
                return text
            }
            let format = row.optionalValue(.format) { try BundleFormat(parsing: $0) }
            if rowCount == 1, row.optionalText(.format) == nil || format != nil { self.format = format ?? .one }
            guard rowCount == 1, let name, let zone, let year else { return }
            snapshot.school = School(name: name, timeZoneID: zone, academicYear: year)
            timeZone = snapshot.school.timeZone
        }
        if read.isComplete, rowCount != 1 {
            issues.add(BundleIssue(.school, .schoolRowCount(rowCount)))
        }
    }

    func readPeriods() {
        var lines: [Int] = []
        let read = readTable(PeriodColumn.self) { row in
            let id = row.newIdentifier(.id, into: &periodIDs)
            let name = row.text(.name)
            let kind = row.value(.kind, PeriodKind.init(parsing:))
            let start = row.date(.start)
            let end = row.date(.end)
            row.checkOrder(start, end, endColumn: .end)
            let locked = row.flag(.locked)
            guard !row.hasIssues, let id, let name, let kind, let start, let end else { return }
            snapshot.periods.append(Period(code: id, name: name, kind: kind, start: start, end: end, locked: locked))
            lines.append(row.line)
        }
        periodIDs.isComplete = isComplete(read, .periods)
        reportOverlappingPeriods(lines: lines)
    }

    /// Periods of one kind must not share a day: a date belongs to one quarter.
    private func reportOverlappingPeriods(lines: [Int]) {
        let indices = snapshot.periods.indices.sorted {
            (snapshot.periods[$0].start, lines[$0]) < (snapshot.periods[$1].start, lines[$1])
        }
        var latestOfKind: [PeriodKind: Int] = [:]
        for index in indices {
            let period = snapshot.periods[index]
            if let previous = latestOfKind[period.kind], snapshot.periods[previous].end >= period.start {
                issues.add(BundleIssue(.periods, line: lines[index], column: PeriodColumn.start.rawValue,
                                       .periodsOverlap(otherID: snapshot.periods[previous].code, otherLine: lines[previous])))
            }
            if latestOfKind[period.kind].map({ snapshot.periods[$0].end < period.end }) ?? true {
                latestOfKind[period.kind] = index
            }
        }
    }

    func readBells() {
        let (bells, read) = readBellTable(BellColumn.self, numbers: &bellNumbers)
        snapshot.bells = bells
        bellNumbers.isComplete = isComplete(read, .bells)
    }

    /// The shortened day's times of the lessons bells.csv has.
    func readShortBells() {
        var shortNumbers = KnownIDs()
        let bells = readBellTable(ShortBellColumn.self, numbers: &shortNumbers) { row, number in
            _ = row.requireBell(number, .lessonNumber, bells: self.bellNumbers)
        }
        snapshot.shortBells = bells.bells
    }

    /// A bell schedule: each lesson number once, each lesson ending after it starts.
    private func readBellTable<C: BellColumns>(_: C.Type, numbers: inout KnownIDs,
                                               check: (inout BundleRow<C>, Int) -> Void = { _, _ in })
        -> (bells: [Bell], read: TableRead) {
        var bells: [Bell] = []
        let read = readTable(C.self) { row in
            let number = row.integer(.lessonNumber, in: 0...20)
            if let number, let first = numbers.register(String(number), line: row.line) {
                row.report(.lessonNumber, .duplicateIdentifier(String(number), firstLine: first))
            }
            if let number { check(&row, number) }
            let start = row.time(.start)
            let end = row.time(.end)
            if let start, let end, end <= start {
                row.report(.end, .endNotAfterStart(start: start.text, end: end.text))
            }
            guard !row.hasIssues, let number, let start, let end else { return }
            bells.append(Bell(lessonNumber: number, start: start, end: end))
        }
        return (bells, read)
    }

    func readSubjects() {
        let read = readTable(SubjectColumn.self) { row in
            let id = row.newIdentifier(.id, into: &subjectIDs)
            let name = row.text(.name)
            guard !row.hasIssues, let id, let name else { return }
            snapshot.subjects.append(Subject(code: id, name: name))
        }
        subjectIDs.isComplete = isComplete(read, .subjects)
    }

    /// Without work_types.csv the built-in list of readiness.md applies.
    func readWorkTypes() {
        var workTypes: [WorkType] = []
        let read = readTable(WorkTypeColumn.self) { row in
            let code = row.newIdentifier(.code, into: &workTypeCodes)
            let name = row.text(.name)
            let weight = row.value(.weight, Weight.init(parsing:))
            let inClass = row.requiredFlag(.inClass)
            guard !row.hasIssues, let code, let name, let weight, let inClass else { return }
            workTypes.append(WorkType(code: code, name: name, weight: weight, inClass: inClass))
        }
        if case .absent = read {
            workTypeCodes = KnownIDs(WorkType.builtIn.map(\.code))
        } else {
            snapshot.workTypes = workTypes
            workTypeCodes.isComplete = read.isComplete
        }
    }

    /// References into a file are checked when every row of it could be read, or
    /// when an optional file is simply absent (then there is nothing to refer to).
    func isComplete(_ read: TableRead, _ file: BundleFile) -> Bool {
        switch read {
        case .absent: !file.isRequired(in: format)
        case .read(let complete): complete
        }
    }
}
