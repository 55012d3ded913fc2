import Foundation
import JournalCore
import JournalStore

/// What every screen may use: the database, the signed-in user, the school,
/// the clock and the language. One per running application.
public final class AppContext {
    public let db: AppDatabase
    public let language: Language
    public private(set) var school: School
    public private(set) var user: ActingUser?
    private var periodCache: (date: SchoolDate, period: PeriodInfo?)?
    /// Makes and delivers the access slips' PDF; nil where nothing is printed.
    public var accessSlipDesk: (any AccessSlipDesk)?

    public init(db: AppDatabase, language: Language) throws {
        self.db = db
        self.language = language
        self.school = try db.school()
    }

    /// The school's wall-clock time now.
    public var now: SchoolTime { db.clock.now(in: school.timeZone) }
    public var today: SchoolDate { now.date }
    /// The injected clock's instant, for measuring how long nobody pressed a key.
    public var instant: Date { db.clock.now() }

    /// A text in the interface language.
    public func t(_ ru: String, _ en: String) -> String {
        language == .ru ? ru : en
    }

    public func text(_ message: LocalizedMessage) -> String {
        message.text(in: language)
    }

    /// The words for any error a store call threw.
    public func describe(_ error: Error) -> String {
        if let message = error as? LocalizedMessage { return message.text(in: language) }
        return t("непредвиденная ошибка: \(error)", "unexpected error: \(error)")
    }

    func signIn(_ user: ActingUser) {
        self.user = user
    }

    func signOut() {
        user = nil
    }

    /// The marking period of a day, read once per day rather than on every
    /// frame of the title bar.
    public func period(on date: SchoolDate) -> PeriodInfo? {
        if let cached = periodCache, cached.date == date { return cached.period }
        let period = try? db.currentPeriod(on: date)
        periodCache = (date, period)
        return period
    }

    /// Forget what was cached from the database (another process committed).
    func invalidateCaches() {
        periodCache = nil
        reloadSchool()
    }

    func reloadSchool() {
        if let fresh = try? db.school() { school = fresh }
    }
}
