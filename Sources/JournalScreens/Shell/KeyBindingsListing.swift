import TerminalUI

/// A screen's key bindings, each given by its keys, in the order the screen
/// looks a key up: a home's added shortcuts before its own keys, the lesson
/// editor's keys before its roll's. The shell's own keys (F1, Ctrl-L, Ctrl-C)
/// come before all of them. How a test proves that no key of any screen is
/// bound twice (`KeyClashes`), layout twins included.
protocol ListsKeyBindings {
    var keyBindings: [[Key]] { get }
}

extension KeyMap {
    var keySets: [[Key]] { bindings.map(\.keys) }
}

extension ShortcutScreen: ListsKeyBindings {
    var keyBindings: [[Key]] { shortcuts.map(\.keys) + ((inner as? any ListsKeyBindings)?.keyBindings ?? []) }
}

extension LessonEditorScreen: ListsKeyBindings {
    var keyBindings: [[Key]] { keyMap.keySets + rollKeys.keySets }
}

extension LoginScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ChangePasswordScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension IdleLockScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension PlaceholderHome: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension TodayScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension MyClassesScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ClassGridScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension CellEditorScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension FinalMarksScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension YearMarksScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension PromotionScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ReadinessDashboardScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension BreakdownScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ShortfallScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension AccountsScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension NewAccountScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension FamilyHome: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension FamilySubjectScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension AuditTrailScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension RoadmapScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ComputersScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ReportsScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ReportPickerScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ReportRowsScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension StudentMarksScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension TeacherLessonsScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension ReportDatesScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension SchoolSectionsScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension PeopleScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension HomeworkDueScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension HomeworkLoadScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
