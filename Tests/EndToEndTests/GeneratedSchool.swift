import TestFixtures
import Testing

/// A school made by `zhurnal generate` into `school.sqlite` of a test's
/// folder, for the tests that drive the command line on it.
enum GeneratedSchool {
    /// `options`: the generator's, e.g. `--size small --weeks 1`.
    static func create(in dir: TemporaryDirectory, _ options: String...) throws -> String {
        let path = dir.path("school.sqlite")
        let generated = try ZhurnalBinary.run(["generate", "--db", path] + options)
        #expect(generated.status == 0, "\(generated.stderr)")
        return path
    }
}
