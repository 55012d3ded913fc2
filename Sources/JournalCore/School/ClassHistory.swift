/// One stay of a student in a class (a line of the class history): from the
/// day they arrived to the last day they were there (inclusive; nil while they
/// still are), with the director's order (приказ) that moved them, if known.
///
/// A student's stays do not overlap. Arrival, transfer and departure are all
/// changes of this list: a transfer ends one stay and starts the next.
public struct Enrollment: Hashable, Sendable {
    public var studentCode: String
    public var classCode: String
    public var from: SchoolDate
    public var to: SchoolDate?
    /// The order's text as the school writes it: «№ 57 от 14.10.2026».
    public var order: String?

    public init(studentCode: String, classCode: String, from: SchoolDate, to: SchoolDate? = nil, order: String? = nil) {
        self.studentCode = studentCode
        self.classCode = classCode
        self.from = from
        self.to = to
        self.order = order
    }

    public func contains(_ date: SchoolDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }

    /// Whether the stay covers at least one day of `[from, to]`.
    public func overlaps(from start: SchoolDate, to end: SchoolDate) -> Bool {
        from <= end && (to.map { start <= $0 } ?? true)
    }
}

extension SchoolSnapshot {
    /// Adds a student with a single stay in one class: what a format-1 bundle
    /// says of every student.
    public mutating func enrol(_ student: Student, in classCode: String, from: SchoolDate, to: SchoolDate? = nil,
                               order: String? = nil) {
        students.append(student)
        enrollments.append(Enrollment(studentCode: student.code, classCode: classCode, from: from, to: to, order: order))
    }
}

/// Every student's stays in date order, for looking up who was in which class
/// on a day without scanning the whole history.
public struct ClassHistory: Sendable {
    private let staysByStudent: [String: [Enrollment]]

    public init(_ enrollments: [Enrollment]) {
        staysByStudent = Dictionary(grouping: enrollments, by: \.studentCode).mapValues { $0.sorted { $0.from < $1.from } }
    }

    /// A student's stays, earliest first.
    public func stays(of student: String) -> [Enrollment] {
        staysByStudent[student] ?? []
    }

    /// The class the student was in on `date`, if any.
    public func classCode(of student: String, on date: SchoolDate) -> String? {
        stays(of: student).first { $0.contains(date) }?.classCode
    }

    public func isEnrolled(_ student: String, in classCode: String, on date: SchoolDate) -> Bool {
        stays(of: student).contains { $0.classCode == classCode && $0.contains(date) }
    }

    /// The class of the student's latest stay (where they are, or were last).
    public func latestClass(of student: String) -> String? {
        stays(of: student).last?.classCode
    }
}

extension SchoolSnapshot {
    public var classHistory: ClassHistory { ClassHistory(enrollments) }
}
