import JournalCore
import JournalStore

/// The school's readiness settings (`SchoolSettings`), with the profile found.
public struct ReadinessSettings: Sendable {
    public var profile: ReadinessProfile
    public var verdictWeeks: Int

    public init(database: AppDatabase) throws {
        let settings = try database.settings()
        profile = try ReadinessProfile.builtIn(named: settings.defaultProfile)
        verdictWeeks = settings.verdictWeeks
    }

    /// Read apart, so that a report naming its own profile does not depend on
    /// the stored default.
    public static func defaultProfile(_ database: AppDatabase) throws -> ReadinessProfile {
        try ReadinessProfile.builtIn(named: try database.settings().defaultProfile)
    }

    public static func verdictWeeks(_ database: AppDatabase) throws -> Int {
        try database.settings().verdictWeeks
    }
}
