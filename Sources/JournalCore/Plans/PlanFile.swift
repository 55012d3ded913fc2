/// A КТП file as a teacher brings it: a CSV written by hand or exported from a
/// spreadsheet — `;` or `,` between fields, fields in double quotes when they
/// hold the separator, UTF-8 with or without the byte-order mark, or
/// Windows-1251 (what a Russian Excel saves as «CSV (разделители — точка с
/// запятой)»).
///
/// Columns: with a header line, the column whose title has «тема» is the
/// topic and the one with «час» (or «кол») the hours, others (№, date) are
/// ignored; without one, two columns are topic and hours, three or more are
/// №, topic, hours. The lines' order is the plan's order. Every bad line is
/// named as `file:line`, and then nothing is taken.
public enum PlanFile {
    public static func parse(_ bytes: [UInt8], fileName: String) throws -> [PlanTopic] {
        let text = decode(bytes)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).replacingCharacters("\r") }
        while lines.last?.trimmingSpaces.isEmpty == true { lines.removeLast() }
        guard let first = lines.firstIndex(where: { !$0.trimmingSpaces.isEmpty }) else {
            throw failure(["\(fileName): в файле нет ни одной темы"], en: "\(fileName): the file has no topics")
        }
        let separator: Character = lines[first].contains(";") ? ";" : (lines[first].contains("\t") ? "\t" : ",")
        var columns = Columns(count: fields(lines[first], separator).count)
        var start = first
        if let header = Columns(header: fields(lines[first], separator)) {
            columns = header
            start = first + 1
        }
        var topics: [PlanTopic] = []
        var problems: [String] = []
        for index in lines.indices.dropFirst(start) {
            let cells = fields(lines[index], separator)
            if cells.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            let place = "\(fileName):\(index + 1)"
            let topic = columns.topic < cells.count ? cells[columns.topic].trimmingSpaces : ""
            let hoursText = columns.hours < cells.count ? cells[columns.hours].trimmingSpaces : ""
            guard let hours = Int(hoursText) else {
                problems.append("\(place): часы «\(hoursText)» — нужно целое число от 1 до 99")
                continue
            }
            if let problem = PlanTopic.problem(topic: topic, hours: hours) {
                problems.append("\(place): \(problem.ru)")
                continue
            }
            topics.append(PlanTopic(seq: topics.count + 1, topic: topic, hours: hours))
        }
        if topics.isEmpty && problems.isEmpty { problems.append("\(fileName): в файле нет ни одной темы") }
        guard problems.isEmpty else {
            let shown = problems.prefix(20) + (problems.count > 20 ? ["… и ещё \(problems.count - 20)"] : [])
            throw failure(["КТП не загружен, ошибок \(problems.count):"] + shown, en: "The plan was not imported: \(problems.count) errors")
        }
        return topics
    }

    private static func failure(_ lines: [String], en: String) -> JournalError {
        .other(Phrase(ru: lines.joined(separator: "\n"), en: en + "\n" + lines.dropFirst().joined(separator: "\n")))
    }

    /// Which column holds what.
    struct Columns {
        var topic: Int
        var hours: Int

        init(count: Int) {
            if count >= 3 { (topic, hours) = (1, 2) } else { (topic, hours) = (0, 1) }
        }

        /// Nil when the line is not a header (no column titled «тема»).
        init?(header: [String]) {
            let titles = header.map { $0.trimmingSpaces.lowercased() }
            guard let topic = titles.firstIndex(where: { $0.contains("тема") || $0 == "topic" }),
                  let hours = titles.firstIndex(where: { $0.contains("час") || $0.hasPrefix("кол") || $0 == "hours" }) else { return nil }
            self.topic = topic
            self.hours = hours
        }
    }

    /// The fields of one line: quoted fields may hold the separator and `""`.
    static func fields(_ line: String, _ separator: Character) -> [String] {
        var result: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.trimmingSpaces.isEmpty {
                field = ""
                quoted = true
            } else if character == separator {
                result.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        result.append(field)
        return result
    }

    /// UTF-8 (the byte-order mark dropped), else Windows-1251.
    static func decode(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(body.map(Windows1251.scalar)))
    }
}

/// The Russian Windows code page, byte by byte.
enum Windows1251 {
    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        switch byte {
        case 0..<0x80: Unicode.Scalar(byte)
        case 0xC0...0xFF: Unicode.Scalar(0x0410 + UInt32(byte - 0xC0))!
        default: Unicode.Scalar(high[Int(byte - 0x80)])!
        }
    }

    private static let high: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ]
}

private extension String {
    func replacingCharacters(_ removed: Character) -> String { String(filter { $0 != removed }) }
}
