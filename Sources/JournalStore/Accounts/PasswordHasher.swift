import CCrypt
import Foundation

/// Password hashes in the system's own format: yescrypt (`$y$`) through
/// libxcrypt, the same hashes Debian keeps for its system accounts.
enum PasswordHasher {
    /// libxcrypt refuses longer phrases; a longer paste is simply not a password.
    static let maximumLength = 512

    static func hash(_ password: String) throws -> String {
        guard password.utf8.count <= maximumLength else { throw PasswordError.tooLong }
        var setting = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        guard crypt_gensalt_rn("$y$", 0, nil, 0, &setting, Int32(setting.count)) != nil else {
            throw PasswordError.hashingFailed
        }
        guard let hashed = crypt(password, settingPointer: setting), hashed.hasPrefix("$y$") else {
            throw PasswordError.hashingFailed
        }
        return hashed
    }

    /// Whether `password` matches `hash`, compared in constant time.
    static func verify(_ password: String, hash: String) -> Bool {
        guard password.utf8.count <= maximumLength, hash.hasPrefix("$"),
              let computed = crypt(password, settingPointer: Array(hash.utf8CString)) else { return false }
        return constantTimeEqual(Array(computed.utf8), Array(hash.utf8))
    }

    /// A hash of nothing in particular, checked against when the login does not
    /// exist, so that a wrong login takes as long as a wrong password.
    static let decoy = (try? hash("zhurnal decoy password")) ?? "$y$j9T$decoy$"

    private static func crypt(_ password: String, settingPointer setting: [CChar]) -> String? {
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer { data.deallocate() }
        memset(data, 0, MemoryLayout<crypt_data>.size)
        guard let result = crypt_r(password, setting, data) else { return nil }
        let text = String(cString: result)
        return text.hasPrefix("*") ? nil : text
    }

    private static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

enum PasswordError: Error {
    case tooLong
    case hashingFailed
}
