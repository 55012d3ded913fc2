import JournalCore
import TerminalUI

/// The four lists of «Ученики и сотрудники».
enum PeopleTab: Int, CaseIterable, Equatable {
    case classes, students, staff, parents

    func title(_ language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .classes: return ru ? "Классы" : "Classes"
        case .students: return ru ? "Ученики" : "Students"
        case .staff: return ru ? "Сотрудники" : "Staff"
        case .parents: return ru ? "Родители" : "Parents"
        }
    }
}

/// What the screen shows, without a database: the lists as read, the tab,
/// the search typed and the row chosen. Typing narrows the list (by name,
/// login, class or code), as in «Учётки».
struct PeopleState: SearchedTable {
    var directory = PeopleDirectory()
    var tab = PeopleTab.students
    var search = TextFieldState(maxLength: 40)
    var table = TableState()

    mutating func switchTab(by step: Int) {
        let all = PeopleTab.allCases
        tab = all[(tab.rawValue + step + all.count) % all.count]
        search = TextFieldState(maxLength: 40)
        table = TableState()
    }

    private var needle: String { search.text.trimmingSpaces.lowercased() }

    private func matches(_ texts: String?...) -> Bool {
        let needle = needle
        return needle.isEmpty || texts.contains { $0?.lowercased().contains(needle) == true }
    }

    var classes: [ClassListing] { directory.classes.filter { matches($0.name, $0.code, $0.homeroomName) } }
    var students: [StudentListing] { directory.students.filter { matches($0.fullName, $0.className, $0.login, $0.code) } }
    var staff: [StaffListing] { directory.staff.filter { matches($0.fullName, $0.login) } }
    var parents: [ParentListing] {
        directory.parents.filter { parent in matches(parent.fullName, parent.login) || parent.children.contains { matches($0.fullName) } }
    }

    var rowCount: Int {
        switch tab {
        case .classes: classes.count
        case .students: students.count
        case .staff: staff.count
        case .parents: parents.count
        }
    }

    var totalCount: Int {
        switch tab {
        case .classes: directory.classes.count
        case .students: directory.students.count
        case .staff: directory.staff.count
        case .parents: directory.parents.count
        }
    }

    private func chosen<T>(_ list: [T], on tab: PeopleTab) -> T? {
        guard self.tab == tab, table.selectedRow < list.count else { return nil }
        return list[table.selectedRow]
    }

    var selectedClass: ClassListing? { chosen(classes, on: .classes) }
    var selectedStudent: StudentListing? { chosen(students, on: .students) }
    var selectedStaff: StaffListing? { chosen(staff, on: .staff) }
    var selectedParent: ParentListing? { chosen(parents, on: .parents) }

    /// The class a typed name or code means («7б» is 7Б); an unknown one is
    /// passed on as typed, for the store to refuse naming it.
    func classCode(typed text: String) -> String {
        let wanted = text.trimmingSpaces.lowercased()
        return directory.classes.first { $0.name.lowercased() == wanted || $0.code.lowercased() == wanted }?.code ?? text.trimmingSpaces
    }

    /// The class the slips are for: the chosen class, or the chosen student's.
    var classForSlips: (code: String, name: String)? {
        if let chosen = selectedClass { return (chosen.code, chosen.name) }
        if let student = selectedStudent, student.leftAfter == nil, let code = student.classCode {
            return (code, student.className ?? code)
        }
        return nil
    }
}
