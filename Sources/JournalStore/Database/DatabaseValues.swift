import GRDB
import JournalCore

extension SchoolDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { dayNumber.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> SchoolDate? {
        Int.fromDatabaseValue(dbValue).map(SchoolDate.init(dayNumber:))
    }
}

extension SchoolTime: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { seconds.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> SchoolTime? {
        Int.fromDatabaseValue(dbValue).map(SchoolTime.init(seconds:))
    }
}

extension RowID: DatabaseValueConvertible, SQLExpressible, StatementBinding {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> RowID? {
        Int64.fromDatabaseValue(dbValue).map(RowID.init)
    }
}

extension AttendanceCode: DatabaseValueConvertible {}
