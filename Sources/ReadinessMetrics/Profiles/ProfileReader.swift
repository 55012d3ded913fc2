import Foundation
import JournalCore

/// Turns a profile file into a `ReadinessProfile`, refusing anything unclear: an
/// unknown field, indicator or entry kind, a missing threshold, a deadline rule
/// that is not one of the three.
struct ProfileReader {
    let origin: String
    let fallbackID: String

    func read(_ data: Data) throws -> ReadinessProfile {
        let root: JSONValue
        do {
            root = try JSONValue.parse(data)
        } catch {
            throw invalid("это не JSON (\(Self.describe(error)))", "this is not JSON (\(Self.describe(error)))")
        }
        guard case .object(let fields) = root else {
            throw invalid("нужен JSON-объект { ... }", "a JSON object { ... } is needed")
        }
        if let unknown = fields.keys.sorted().first(where: { !ProfileField.topLevel.contains($0) }) {
            throw invalid("неизвестное поле «\(unknown)»; допустимы: \(ProfileField.topLevel.sorted().joined(separator: ", "))",
                          "unknown field \"\(unknown)\"; allowed are \(ProfileField.topLevel.sorted().joined(separator: ", "))")
        }
        let thresholds = try readIndicators(fields[ProfileField.indicators])
        let journalKinds = try readKinds(fields, ProfileField.journalEntryKinds, required: thresholds[.journal] != nil)
        let onTimeKinds = try readKinds(fields, ProfileField.onTimeEntryKinds, required: thresholds[.onTime] != nil)
        let deadline = try readDeadline(fields[ProfileField.deadline], required: thresholds[.onTime] != nil)
        return ReadinessProfile(id: try readID(fields[ProfileField.id]), name: try string(fields, ProfileField.name) ?? fallbackID,
                                source: try string(fields, ProfileField.source), thresholds: thresholds,
                                journalEntryKinds: journalKinds, onTimeEntryKinds: onTimeKinds,
                                deadline: deadline ?? .nextDayNoon)
    }

    // MARK: fields

    private func readID(_ value: JSONValue?) throws -> String {
        guard let value else { return fallbackID }
        guard case .string(let id) = value, !id.isEmpty,
              id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") })
        else {
            throw invalid("поле id должно быть непустой строкой из латинских букв, цифр, «_» и «-»",
                          "id must be a non-empty string of Latin letters, digits, _ and -")
        }
        return id
    }

    private func string(_ fields: [String: JSONValue], _ name: String) throws -> String? {
        guard let value = fields[name] else { return nil }
        guard case .string(let text) = value else { throw wrongType(name, value, expected: ("строка", "a string")) }
        return text
    }

    private func readIndicators(_ value: JSONValue?) throws -> [IndicatorKey: Threshold] {
        guard let value else {
            throw invalid("нет списка показателей (поле indicators)", "no list of indicators (field indicators)")
        }
        guard case .array(let items) = value, !items.isEmpty else {
            throw invalid("поле indicators должно быть непустым списком вида [{\"key\": \"planning\", \"threshold\": 95}, ...]",
                          "indicators must be a non-empty list like [{\"key\": \"planning\", \"threshold\": 95}, ...]")
        }
        var thresholds: [IndicatorKey: Threshold] = [:]
        for (index, item) in items.enumerated() {
            let (key, threshold) = try readIndicator(item, position: index + 1)
            guard thresholds[key] == nil else {
                throw invalid("показатель «\(key.rawValue)» указан дважды", "indicator \"\(key.rawValue)\" is given twice")
            }
            thresholds[key] = threshold
        }
        return thresholds
    }

    private func readIndicator(_ item: JSONValue, position: Int) throws -> (IndicatorKey, Threshold) {
        guard case .object(let fields) = item else {
            throw invalid("элемент \(position) списка indicators должен быть объектом {\"key\": ..., \"threshold\": ...}",
                          "item \(position) of indicators must be an object {\"key\": ..., \"threshold\": ...}")
        }
        if let unknown = fields.keys.sorted().first(where: { $0 != ProfileField.key && $0 != ProfileField.threshold }) {
            throw invalid("в элементе \(position) списка indicators неизвестное поле «\(unknown)»; допустимы key и threshold",
                          "item \(position) of indicators has an unknown field \"\(unknown)\"; allowed are key and threshold")
        }
        guard case .string(let name)? = fields[ProfileField.key] else {
            throw invalid("в элементе \(position) списка indicators не указан показатель (key)",
                          "item \(position) of indicators names no indicator (key)")
        }
        guard let key = IndicatorKey(rawValue: name) else {
            throw invalid("неизвестный показатель «\(name)»; допустимы: \(IndicatorKey.keyList)",
                          "unknown indicator \"\(name)\"; allowed are \(IndicatorKey.keyList)")
        }
        guard let value = fields[ProfileField.threshold], value != .null else {
            throw invalid("у показателя «\(name)» не указан порог (threshold)", "indicator \"\(name)\" has no threshold")
        }
        guard case .number(let number) = value, let threshold = Threshold(number: number),
              threshold <= ProfileField.maximumThreshold(key) else {
            let maximum = ProfileField.maximumThreshold(key).text
            throw invalid("порог показателя «\(name)» должен быть числом от 0 до \(maximum) (не более двух знаков после точки)",
                          "the threshold of \"\(name)\" must be a number from 0 to \(maximum) (at most two decimals)")
        }
        return (key, threshold)
    }

    private func readKinds(_ fields: [String: JSONValue], _ name: String, required: Bool) throws -> EntryKindSet {
        guard let value = fields[name] else {
            if required {
                throw invalid("не указано поле \(name) (виды записей, например [\"mark\", \"attendance\", \"held\", \"comment\"])",
                              "field \(name) is missing (entry kinds, e.g. [\"mark\", \"attendance\", \"held\", \"comment\"])")
            }
            return EntryKindSet([])
        }
        let allowed = JournalEntryKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard case .array(let items) = value, !items.isEmpty || !required else {
            throw invalid("поле \(name) должно быть непустым списком видов записей: \(allowed)",
                          "\(name) must be a non-empty list of entry kinds: \(allowed)")
        }
        var kinds: [JournalEntryKind] = []
        for item in items {
            guard case .string(let text) = item, let kind = JournalEntryKind(rawValue: text) else {
                let shown = if case .string(let text) = item { text } else { item.kindName.ru }
                throw invalid("в поле \(name) неизвестный вид записи «\(shown)»; допустимы: \(allowed)",
                              "\(name) has an unknown entry kind \"\(shown)\"; allowed are \(allowed)")
            }
            kinds.append(kind)
        }
        return EntryKindSet(kinds)
    }

    private func readDeadline(_ value: JSONValue?, required: Bool) throws -> DeadlineRule? {
        guard let value else {
            if required {
                throw invalid("не указан срок своевременности (поле deadline), нужный показателю on_time",
                              "no deadline rule (field deadline), which on_time needs")
            }
            return nil
        }
        guard case .object(let fields) = value, case .string(let rule)? = fields[ProfileField.rule] else {
            throw invalid("поле deadline должно быть объектом с правилом rule: \(ProfileField.rules.joined(separator: ", "))",
                          "deadline must be an object with a rule: \(ProfileField.rules.joined(separator: ", "))")
        }
        switch rule {
        case ProfileField.nextDayAt:
            try onlyFields(fields, [ProfileField.rule, ProfileField.time])
            return .nextDayAt(secondOfDay: try readTime(fields[ProfileField.time]))
        case ProfileField.hoursAfterStart:
            try onlyFields(fields, [ProfileField.rule, ProfileField.hours])
            return .afterStart(seconds: try readHours(fields[ProfileField.hours]) * 3600)
        case ProfileField.hoursAfterDayEnd:
            try onlyFields(fields, [ProfileField.rule, ProfileField.hours])
            return .afterDayEnd(seconds: try readHours(fields[ProfileField.hours]) * 3600)
        default:
            throw invalid("неизвестное правило срока «\(rule)»; допустимы: \(ProfileField.rules.joined(separator: ", "))",
                          "unknown deadline rule \"\(rule)\"; allowed are \(ProfileField.rules.joined(separator: ", "))")
        }
    }

    private func onlyFields(_ fields: [String: JSONValue], _ allowed: Set<String>) throws {
        if let unknown = fields.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw invalid("в поле deadline неизвестное поле «\(unknown)»; допустимы: \(allowed.sorted().joined(separator: ", "))",
                          "deadline has an unknown field \"\(unknown)\"; allowed are \(allowed.sorted().joined(separator: ", "))")
        }
    }

    /// `12:00` or `12:00:30` → seconds after midnight.
    private func readTime(_ value: JSONValue?) throws -> Int {
        let problem = invalid("для правила next_day_at нужно время «ЧЧ:ММ» (поле time), например \"12:00\"",
                              "next_day_at needs a time \"HH:MM\" (field time), e.g. \"12:00\"")
        guard case .string(let text)? = value else { throw problem }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let time = TimeOfDay(text: parts[0] + ":" + parts[1]) else { throw problem }
        guard parts.count == 3 else { return time.minutes * 60 }
        guard parts[2].count == 2, let second = Int(parts[2]), (0..<60).contains(second) else { throw problem }
        return time.minutes * 60 + second
    }

    private func readHours(_ value: JSONValue?) throws -> Int {
        guard case .number(let number)? = value, number == number.rounded(), (0...168).contains(number) else {
            throw invalid("нужно целое число часов от 0 до 168 (поле hours)", "a whole number of hours from 0 to 168 is needed (field hours)")
        }
        return Int(number)
    }

    // MARK: messages

    private func invalid(_ ru: String, _ en: String) -> ReadinessError {
        .profileInvalid(origin: origin, problem: Phrase(ru: ru, en: en))
    }

    private func wrongType(_ name: String, _ value: JSONValue, expected: (ru: String, en: String)) -> ReadinessError {
        invalid("поле \(name) должно быть: \(expected.ru), а не \(value.kindName.ru)",
                "\(name) must be \(expected.en), not \(value.kindName.en)")
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = context.underlyingError.map { ($0 as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\($0)" }
            return underlying ?? context.debugDescription
        }
        return String(describing: error)
    }
}
