import JournalCore
import ReadinessMetrics
import RegionRollup
import TerminalUI

/// Everything the region screen shows: the roll-up, which page is open and
/// where the selection is. Keys change it; `RegionView` only draws it.
public struct RegionState {
    public enum Page: Equatable {
        case schools
        /// One school's weeks, read from its files when the page opened.
        case weeks(SchoolWeeks)
        case untrusted
    }

    public struct SchoolWeeks: Equatable {
        public var school: SchoolStanding
        /// Newest first; a file that failed its check when read again keeps its reason.
        public var weeks: [Result<WeeklyReport, RegionRollup.UntrustedFile>]
    }

    public private(set) var rollup: RegionRollup
    /// Set when the whole check could not finish.
    public var problem: String?
    public let language: Language
    public private(set) var page = Page.schools
    public var schoolsTable = TableState()
    public var weeksTable = TableState()
    public var untrustedTable = TableState()
    public var help: ScrollState?
    let keys: KeyMap<RegionAction>

    public init(rollup: RegionRollup, language: Language) {
        self.rollup = rollup
        self.language = language
        keys = RegionAction.keyMap(language)
    }

    public var selectedSchool: SchoolStanding? {
        rollup.schools.indices.contains(schoolsTable.selectedRow) ? rollup.schools[schoolsTable.selectedRow] : nil
    }

    /// Handles one key; false when the user leaves the screen.
    public mutating func handle(_ key: Key, tables: RegionTables) -> Bool {
        if help != nil {
            if key == .escape || key == .function(10) || key == .function(1) { help = nil } else { _ = help?.handle(key, lineCount: keys.helpEntries.count + 2) }
            return true
        }
        switch keys.action(for: key) {
        case .move?:
            switch page {
            case .schools: _ = schoolsTable.handle(key, for: tables.schools)
            case .weeks: _ = weeksTable.handle(key, for: tables.weeks)
            case .untrusted: _ = untrustedTable.handle(key, for: tables.untrusted)
            }
        case .open?:
            if page == .schools, let school = selectedSchool { open(school) }
        case .untrusted?:
            page = .untrusted
            untrustedTable = TableState()
        case .help?:
            help = ScrollState()
        case .back?:
            guard page != .schools else { return false }
            page = .schools
        case nil:
            break
        }
        return true
    }

    /// The roll-up of the whole check in place of the first look; the
    /// selection stays on the same school.
    public mutating func replace(with full: RegionRollup) {
        let selected = selectedSchool?.code
        rollup = full
        if let selected, let row = full.schools.firstIndex(where: { $0.code == selected }) {
            schoolsTable.select(row: row, column: schoolsTable.selectedColumn)
        }
        untrustedTable = TableState()
    }

    /// Reads the school's files (checked again) for its weeks page.
    public mutating func open(_ school: SchoolStanding) {
        page = .weeks(SchoolWeeks(school: school, weeks: rollup.weeks(of: school)))
        weeksTable = TableState()
    }
}
