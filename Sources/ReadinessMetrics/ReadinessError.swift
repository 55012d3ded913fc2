import JournalCore

/// What can be wrong with a readiness request, said so that an administrator
/// knows what to fix.
public enum ReadinessError: Error, Equatable, Sendable, LocalizedMessage {
    case unknownProfile(String, known: [String])
    case profileUnreadable(path: String, reason: Phrase)
    case profileInvalid(origin: String, problem: Phrase)
    case windowReversed(from: SchoolDate, to: SchoolDate)
    case invalidDate(String)
    case invalidAsOf(String)
    case unknownPeriod(String, known: [String])
    case noPeriod
    case conflictingOptions(Phrase)
    case notApplicable(IndicatorKey, Phrase)

    public func text(in language: Language) -> String {
        let ru = language == .ru
        switch self {
        case .unknownProfile(let name, let known):
            return ru ? "неизвестный профиль «\(name)»: встроены \(known.joined(separator: ", ")); свой профиль задаётся файлом (--profile-file)"
                : "unknown profile \"\(name)\": built in are \(known.joined(separator: ", ")); a custom one is given by --profile-file"
        case .profileUnreadable(let path, let reason):
            return ru ? "не удалось прочитать файл профиля «\(path)»: \(reason.ru)" : "cannot read profile file \"\(path)\": \(reason.en)"
        case .profileInvalid(let origin, let problem):
            return ru ? "ошибка в профиле «\(origin)»: \(problem.ru)" : "error in profile \"\(origin)\": \(problem.en)"
        case .windowReversed(let from, let to):
            return ru ? "начало периода (\(from.russian)) позже его конца (\(to.russian))"
                : "the start of the window (\(from.iso)) is after its end (\(to.iso))"
        case .invalidDate(let text):
            return ru ? "неверная дата «\(text)»: нужен формат ГГГГ-ММ-ДД и существующий день"
                : "invalid date \"\(text)\": YYYY-MM-DD of a real day is needed"
        case .invalidAsOf(let text):
            return ru ? "неверный момент «\(text)»: нужна дата ГГГГ-ММ-ДД или время ГГГГ-ММ-ДДTЧЧ:ММ[:СС], можно со смещением (+03:00, Z)"
                : "invalid moment \"\(text)\": YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], optionally with an offset (+03:00, Z)"
        case .unknownPeriod(let code, let known):
            let list = known.isEmpty ? (ru ? "в школе нет периодов" : "the school has no periods") : known.joined(separator: ", ")
            return ru ? "неизвестный период «\(code)»: есть \(list)" : "unknown period \"\(code)\": there are \(list)"
        case .noPeriod:
            return ru ? "в школе нет учебных периодов: укажите окно отчёта явно (--from и --to)"
                : "the school has no marking periods: give the window with --from and --to"
        case .conflictingOptions(let phrase):
            return phrase.text(in: language)
        case .notApplicable(let key, let what):
            return ru ? "для показателя «\(key.title.ru)» \(what.ru) не определена"
                : "\(what.en) is not defined for \(key.rawValue)"
        }
    }
}
