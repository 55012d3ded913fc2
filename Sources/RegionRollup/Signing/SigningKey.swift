import Crypto
import Foundation

/// The school director's key: an unencrypted OpenSSH Ed25519 private key file
/// (`ssh-keygen -t ed25519 -N ''`), the format `openssh-key-v1`.
public struct SigningKey: Sendable {
    /// The 32-byte seed; the key object is made for each signature, so that
    /// this value stays plain bytes and can cross threads.
    private let seed: [UInt8]
    public let publicKey: SSHPublicKey
    public let comment: String

    private init(seed: [UInt8], publicKey: SSHPublicKey, comment: String) {
        self.seed = seed
        self.publicKey = publicKey
        self.comment = comment
    }

    /// A key from its 32-byte seed (the sample region's schools).
    init(seed: [UInt8], comment: String) {
        let key = try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        self.init(seed: seed, publicKey: SSHPublicKey(raw: Array(key.publicKey.rawRepresentation))!, comment: comment)
    }

    private static let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    private static let end = "-----END OPENSSH PRIVATE KEY-----"
    private static let magic = Array("openssh-key-v1\0".utf8)

    /// Reads the key file; every problem is a `SigningError` naming the file.
    public static func load(path: String) throws -> SigningKey {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch let problem as FileProblem {
            throw SigningError.keyUnreadable(path: path, reason: problem.reason)
        }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    static func parse(_ text: String, path: String) throws -> SigningKey {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("ssh-") || trimmed.hasPrefix("ecdsa-") { throw SigningError.publicKeyGiven(path: path) }
        if trimmed.hasPrefix("-----BEGIN") && !trimmed.hasPrefix(begin) {
            // PEM: `ssh-keygen -m PEM`, or an RSA/EC key of another program
            throw SigningError.notOpenSSHKey(path: path)
        }
        guard trimmed.hasPrefix(begin), trimmed.hasSuffix(end) else { throw SigningError.notOpenSSHKey(path: path) }
        let body = trimmed.dropFirst(begin.count).dropLast(end.count)
        guard let decoded = Data(base64Encoded: String(body), options: .ignoreUnknownCharacters) else {
            throw SigningError.damagedKey(path: path)
        }
        do {
            return try parse(container: Array(decoded), path: path)
        } catch let error as SigningError {
            throw error
        } catch {
            throw SigningError.damagedKey(path: path)
        }
    }

    /// The container: magic, cipher, KDF, one public key, the private section.
    private static func parse(container: [UInt8], path: String) throws -> SigningKey {
        var reader = SSHWireReader(container)
        guard try reader.raw(magic.count) == magic else { throw SigningError.notOpenSSHKey(path: path) }
        let cipher = try reader.text()
        _ = try reader.text()   // KDF name
        _ = try reader.string() // KDF options
        guard cipher == "none" else { throw SigningError.encryptedKey(path: path) }
        guard try reader.uint32() == 1 else { throw SigningError.damagedKey(path: path) }
        let publicBlob = try reader.string()
        var keyType = SSHWireReader(publicBlob)
        let type = try keyType.text()
        guard type == SSHPublicKey.keyType else { throw SigningError.unsupportedKeyType(path: path, type: type) }
        return try parse(privateSection: try reader.string(), publicBlob: publicBlob, path: path)
    }

    /// Two equal check numbers, then the key: type, public half, seed with the
    /// public half again, comment; then padding 1, 2, 3…
    private static func parse(privateSection: [UInt8], publicBlob: [UInt8], path: String) throws -> SigningKey {
        var reader = SSHWireReader(privateSection)
        let check = try reader.uint32()
        guard try reader.uint32() == check, try reader.text() == SSHPublicKey.keyType else {
            throw SigningError.damagedKey(path: path)
        }
        let publicRaw = try reader.string()
        let secret = try reader.string()
        let comment = try reader.text()
        guard secret.count == 64, Array(secret[32...]) == publicRaw, let publicKey = SSHPublicKey(raw: publicRaw),
              publicKey.blob == publicBlob,
              reader.rest.enumerated().allSatisfy({ Int($0.element) == $0.offset + 1 }) else {
            throw SigningError.damagedKey(path: path)
        }
        let privateKey = try Curve25519.Signing.PrivateKey(rawRepresentation: secret[..<32])
        // the stored public half must be the seed's own
        guard privateKey.publicKey.rawRepresentation == Data(publicRaw) else { throw SigningError.damagedKey(path: path) }
        return SigningKey(seed: Array(secret[..<32]), publicKey: publicKey, comment: comment)
    }

    var privateKey: Curve25519.Signing.PrivateKey {
        // 32 bytes by construction: `parse` checked them
        try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }
}
