import Foundation
import JournalCore
@testable import RegionRollup

/// A small weekly report written by hand, as `zhurnal report weekly` writes
/// one: two indicators over four weeks, the verdict over the last two.
enum RegionSample {
    static func week(_ label: String, _ from: String, _ to: String, planning: Int, journal: Int) -> String {
        """
        {"week": "\(label)", "from": "\(from)", "to": "\(to)", "complete": true, "indicators": [
          {"key": "planning", "numerator": \(planning), "denominator": 100, "value": \(planning), "threshold": 95, "met": \(planning >= 95)},
          {"key": "journal", "numerator": \(journal), "denominator": 100, "value": \(journal), "threshold": 90, "met": \(journal >= 90)}]}
        """
    }

    static let template = """
        {
          "format": "zhurnal-weekly", "version": 1,
          "school": {"code": "0901-007", "name": "МБОУ СОШ № 7"},
          "week": "2024-W45", "as_of": "2024-11-11T09:00:00",
          "audit_head": "12:\(String(repeating: "ab", count: 32))",
          "readiness": {
            "profile": "kchr", "profile_name": "КЧР", "from": "2024-10-14", "to": "2024-11-10", "as_of": "2024-11-11T09:00:00",
            "indicators": [
              {"key": "planning", "numerator": 396, "denominator": 400, "value": 99, "threshold": 95, "met": true},
              {"key": "journal", "numerator": 396, "denominator": 400, "value": 99, "threshold": 90, "met": true}],
            "weeks": [\(week("2024-W42", "2024-10-14", "2024-10-20", planning: 99, journal: 99)),
                      \(week("2024-W43", "2024-10-21", "2024-10-27", planning: 99, journal: 99)),
                      \(week("2024-W44", "2024-10-28", "2024-11-03", planning: 99, journal: 99)),
                      \(week("2024-W45", "2024-11-04", "2024-11-10", planning: 99, journal: 99))],
            "verdict": {"ready": true, "blocking": [], "required_weeks": 2, "weeks": ["2024-W44", "2024-W45"],
                        "missing_weeks": 0, "held_back": []}
          }
        }

        """

    /// A folder of `schools` sample schools × `weeks` weeks with its allowed_signers.
    static func folder(schools: Int, weeks: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("region-\(UUID().uuidString)").path
        try SampleRegion(template: template, schools: schools, weeks: weeks).write(to: path)
        return path
    }

    static func signers(_ folder: String) throws -> AllowedSigners {
        try AllowedSigners.load(path: folder + "/allowed_signers")
    }
}
