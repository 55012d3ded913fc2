import Foundation
import JournalCore

/// The region's list of school keys, in the format of OpenSSH's
/// `allowed_signers` (ssh-keygen(1), «ALLOWED SIGNERS»), so that the same file
/// serves `ssh-keygen -Y verify`:
///
///     0901-007 namespaces="zhurnal-weekly" ssh-ed25519 AAAAC3Nza… МБОУ СОШ № 7
///
/// Principals are school codes (the `school_code` setting), separated by commas
/// when one key signs for several schools. The options zhurnal understands are
/// `namespaces`; the others (`cert-authority`, `valid-after`, `valid-before`)
/// would change whom the file trusts in ways zhurnal does not check, so a line
/// with one of them is refused rather than read differently from ssh-keygen.
public struct AllowedSigners: Sendable {
    public struct Entry: Hashable, Sendable {
        public var principals: [String]
        /// Nil: any namespace.
        public var namespaces: [String]?
        public var key: SSHPublicKey
        /// The rest of the line after the key: the school's name, for people.
        public var comment: String
        public var line: Int
    }

    public let path: String
    public let entries: [Entry]
    private let byKey: [SSHPublicKey: [Entry]]

    public init(path: String, entries: [Entry]) {
        self.path = path
        self.entries = entries
        byKey = Dictionary(grouping: entries, by: \.key)
    }

    /// The school codes `key` may sign weekly reports for (`namespace`).
    public func principals(of key: SSHPublicKey, namespace: String) -> Set<String> {
        var codes: Set<String> = []
        for entry in byKey[key] ?? [] where entry.namespaces?.contains(namespace) ?? true {
            codes.formUnion(entry.principals)
        }
        return codes
    }

    /// Whether the key is in the list at all (for any namespace).
    public func knows(_ key: SSHPublicKey) -> Bool {
        byKey[key] != nil
    }

    /// Every school code the list names, first line first, with the line's
    /// comment: the region's schools, also those that have sent nothing.
    public var schools: [(code: String, comment: String)] {
        var seen: Set<String> = []
        var schools: [(String, String)] = []
        for entry in entries {
            for code in entry.principals where seen.insert(code).inserted { schools.append((code, entry.comment)) }
        }
        return schools
    }

    public static func load(path: String) throws -> AllowedSigners {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch let problem as FileProblem {
            throw SigningError.allowedSignersUnreadable(path: path, reason: problem.reason)
        }
        let signers = try parse(String(decoding: bytes, as: UTF8.self), path: path)
        guard !signers.entries.isEmpty else { throw SigningError.allowedSignersEmpty(path: path) }
        return signers
    }

    static func parse(_ text: String, path: String) throws -> AllowedSigners {
        var entries: [Entry] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                entries.append(try entry(line, number: index + 1))
            } catch let problem as LineProblem {
                throw SigningError.allowedSignersLine(path: path, line: index + 1, problem: problem.phrase)
            }
        }
        return AllowedSigners(path: path, entries: entries)
    }

    private struct LineProblem: Error {
        var phrase: Phrase
        init(_ ru: String, _ en: String) { phrase = Phrase(ru: ru, en: en) }
    }

    private static func entry(_ line: String, number: Int) throws -> Entry {
        var fields = tokens(line)
        guard fields.count >= 3 else {
            throw LineProblem("нужно «КОД_ШКОЛЫ ssh-ed25519 КЛЮЧ [название]», а здесь меньше трёх полей",
                              "\"SCHOOL_CODE ssh-ed25519 KEY [name]\" is needed; this line has fewer than three fields")
        }
        if isKeyType(fields[0]) {
            // a line of a .pub file: the key without the school it speaks for
            throw LineProblem("строка начинается с ключа: впереди нужен код школы — «КОД_ШКОЛЫ \(fields[0]) КЛЮЧ [название]»",
                              "the line starts with a key: the school code must come first — \"SCHOOL_CODE \(fields[0]) KEY [name]\"")
        }
        let principals = try self.principals(fields.removeFirst())
        var namespaces: [String]?
        if !isKeyType(fields[0]) {
            namespaces = try options(fields.removeFirst())
        }
        guard fields.count >= 2 else {
            throw LineProblem("после кода школы нет ключа «ssh-ed25519 …»", "no \"ssh-ed25519 …\" key after the school code")
        }
        let type = fields.removeFirst()
        guard type == SSHPublicKey.keyType else {
            throw LineProblem("ключ типа \(type): школы подписывают отчёты ключами ssh-ed25519",
                              "a \(type) key: schools sign reports with ssh-ed25519 keys")
        }
        guard let blob = Data(base64Encoded: fields.removeFirst()), let key = SSHPublicKey(blob: Array(blob)) else {
            throw LineProblem("ключ ssh-ed25519 повреждён (не base64 или не той длины)", "the ssh-ed25519 key is damaged (not base64 or of the wrong length)")
        }
        return Entry(principals: principals, namespaces: namespaces, key: key, comment: fields.joined(separator: " "), line: number)
    }

    private static func principals(_ field: String) throws -> [String] {
        let codes = unquoted(field).split(separator: ",").map(String.init)
        guard !codes.isEmpty, codes.allSatisfy({ !$0.isEmpty }) else {
            throw LineProblem("пустой код школы", "an empty school code")
        }
        if let pattern = codes.first(where: { $0.contains { "*?!".contains($0) } }) {
            throw LineProblem("«\(pattern)» — шаблон; zhurnal сверяет коды школ только целиком, без * ? !",
                              "\"\(pattern)\" is a pattern; zhurnal matches school codes whole, without * ? !")
        }
        return codes
    }

    /// `namespaces="a,b"`; the other options are refused (see the type's comment).
    private static func options(_ field: String) throws -> [String]? {
        var namespaces: [String]?
        for option in splitOutsideQuotes(field, on: ",") {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0].lowercased()
            guard name == "namespaces", parts.count == 2 else {
                throw LineProblem("параметр «\(option)» zhurnal не поддерживает: поддерживается только namespaces=\"zhurnal-weekly\"",
                                  "zhurnal does not support the option \"\(option)\": only namespaces=\"zhurnal-weekly\" is")
            }
            namespaces = (namespaces ?? []) + unquoted(parts[1]).split(separator: ",").map(String.init)
        }
        return namespaces
    }

    private static func isKeyType(_ field: String) -> Bool {
        field.hasPrefix("ssh-") || field.hasPrefix("ecdsa-") || field.hasPrefix("sk-") || field.hasPrefix("rsa-")
    }

    private static func unquoted(_ text: String) -> String {
        text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") ? String(text.dropFirst().dropLast()) : text
    }

    /// Fields separated by white space; a double-quoted part keeps its spaces.
    private static func tokens(_ line: String) -> [String] {
        splitOutsideQuotes(line, on: " \t").filter { !$0.isEmpty }
    }

    private static func splitOutsideQuotes(_ text: String, on separators: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted && separators.contains(character) {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
