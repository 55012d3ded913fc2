public enum StaffComputerEntity {}
public typealias StaffComputerID = RowID<StaffComputerEntity>

/// Where a journal PC stands: in the staff room, free for any teacher, or in
/// a classroom, free only when no lesson is held there.
public enum ComputerPlace: String, CaseIterable, Sendable {
    case staffRoom = "staff"
    case classroom

    public init(parsing text: String) throws {
        switch text.trimmingSpaces.lowercased() {
        case "staff", "учительская": self = .staffRoom
        case "classroom", "кабинет": self = .classroom
        default:
            throw JournalError.other(Phrase(ru: "неизвестное место ПК «\(text)»: допустимы staff (учительская), classroom (кабинет)",
                                            en: "unknown PC place \"\(text)\": allowed are staff, classroom"))
        }
    }

    public var title: Phrase {
        switch self {
        case .staffRoom: Phrase(ru: "учительская", en: "staff room")
        case .classroom: Phrase(ru: "кабинет", en: "classroom")
        }
    }
}

/// A PC of the school's register of journal computers.
public struct StaffComputer: Hashable, Sendable {
    public var id: StaffComputerID
    /// What the school calls it: `ПК-1`.
    public var name: String
    /// The room it stands in, as the timetable names rooms: `12`, `учительская`.
    public var room: String
    public var place: ComputerPlace

    public init(id: StaffComputerID, name: String, room: String, place: ComputerPlace) {
        self.id = id
        self.name = name
        self.room = room
        self.place = place
    }
}

/// The norm of the regulations: one PC for three or four teachers.
public struct ComputerSupply: Hashable, Sendable {
    public var teachers: Int
    public var computers: Int

    public init(teachers: Int, computers: Int) {
        self.teachers = teachers
        self.computers = computers
    }

    /// At most this many teachers share one PC.
    public static let teachersPerComputerLimit = 4

    public var meetsNorm: Bool { teachers <= computers * Self.teachersPerComputerLimit && (computers > 0 || teachers == 0) }

    /// PCs still needed for the norm.
    public var shortfall: Int { max(0, (teachers + Self.teachersPerComputerLimit - 1) / Self.teachersPerComputerLimit - computers) }

    /// Teachers per PC, in tenths (35 = 3,5); nil without PCs.
    public var teachersPerComputerTenths: Int? {
        computers > 0 ? (teachers * 20 + computers) / (2 * computers) : nil
    }
}
