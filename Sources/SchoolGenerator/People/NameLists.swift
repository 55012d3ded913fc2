import Foundation

/// The name lists of Resources/, read once. They are resources rather than code
/// so that a school can be made to look like its region (Tatar or Yakut names)
/// by editing text files.
struct NameLists: Sendable {
    struct MaleName: Sendable {
        let name: String
        let sonPatronymic: String
        let daughterPatronymic: String
    }

    let surnames: [String]
    let adultMen: [MaleName]
    let adultWomen: [String]
    let boys: [String]
    let girls: [String]

    static let shared = NameLists(
        surnames: ResourceText.lines("surnames"),
        adultMen: ResourceText.lines("male-names-adult").map { line in
            let parts = line.split(separator: " ").map(String.init)
            precondition(parts.count == 3, "male-names-adult.txt: «\(line)» needs name, son's and daughter's patronymic")
            return MaleName(name: parts[0], sonPatronymic: parts[1], daughterPatronymic: parts[2])
        },
        adultWomen: ResourceText.lines("female-names-adult"),
        boys: ResourceText.lines("male-names-child"),
        girls: ResourceText.lines("female-names-child"))
}

/// Reads a text resource of this module as non-empty lines without comments.
enum ResourceText {
    static func lines(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("resource \(name).txt is missing from the SchoolGenerator bundle")
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
