/// The version of the bundle format a folder is written in. School.csv says
/// it: a `format` column holding `2` makes a format-2 bundle; without it (or
/// with `1`) the bundle is format 1, as every bundle was before groups, class
/// history and the calendar came in. Export always writes the newest.
public enum BundleFormat: Int, CaseIterable, Comparable, Sendable {
    case one = 1
    case two = 2

    public static let newest = BundleFormat.two

    public static func < (lhs: BundleFormat, rhs: BundleFormat) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A `format` cell of school.csv that is not empty (empty means format 1).
    init(parsing text: String) throws(BundleProblem) {
        guard let number = Int(text), let format = BundleFormat(rawValue: number) else {
            throw .unknownFormat(text)
        }
        self = format
    }
}
