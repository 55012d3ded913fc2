import TerminalUI

// The school-year screens list their keys for the key-conflict check.
extension CalendarScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension PlanScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension PlanTopicsScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension WorkTypesScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
extension YearEndScreen: ListsKeyBindings { var keyBindings: [[Key]] { keyMap.keySets } }
