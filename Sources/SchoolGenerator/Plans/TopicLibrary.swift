/// The topics of Resources/topics.txt: for each subject a list for all grades
/// and, where the course differs by grade, lists for some grades.
struct TopicLibrary: Sendable {
    private struct Section: Sendable {
        let grades: ClosedRange<Int>?
        var topics: [String]
    }

    private let sections: [String: [Section]]

    static let shared = TopicLibrary(lines: ResourceText.lines("topics"))

    init(lines: [String]) {
        var sections: [String: [Section]] = [:]
        var current: (subject: String, index: Int)?
        for line in lines {
            if line.hasPrefix("["), line.hasSuffix("]") {
                let header = line.dropFirst().dropLast().split(separator: " ")
                let subject = String(header[0])
                let grades = header.count > 1 ? Self.grades(String(header[1])) : nil
                sections[subject, default: []].append(Section(grades: grades, topics: []))
                current = (subject, sections[subject]!.count - 1)
            } else if let (subject, index) = current {
                sections[subject]![index].topics.append(line)
            }
        }
        self.sections = sections
    }

    /// The grade's own list, else the subject's general one, else none.
    func topics(subject: String, grade: Int) -> [String] {
        let candidates = sections[subject] ?? []
        return (candidates.first { $0.grades?.contains(grade) ?? false } ?? candidates.first { $0.grades == nil })?.topics ?? []
    }

    private static func grades(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "-").compactMap { Int($0) }
        switch bounds.count {
        case 1: return bounds[0]...bounds[0]
        case 2: return bounds[0]...bounds[1]
        default: return nil
        }
    }
}
