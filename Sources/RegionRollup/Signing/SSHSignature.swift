import Crypto
import Foundation

/// An OpenSSH signature of a message (`PROTOCOL.sshsig`), the format
/// `ssh-keygen -Y sign` writes and `ssh-keygen -Y verify` checks: the signer's
/// public key, a namespace naming what the signature is for, and an Ed25519
/// signature over the message's SHA-512 digest. zhurnal signs and verifies it
/// in-process, so that a region checks thousands of files in a second, and the
/// same files can still be checked with ssh-keygen alone.
public struct SSHSignature: Hashable, Sendable {
    /// What zhurnal's signatures are for: a key's signature on anything else
    /// (a git commit, another program's file) is not a weekly report.
    public static let weeklyNamespace = "zhurnal-weekly"
    static let begin = "-----BEGIN SSH SIGNATURE-----"
    static let end = "-----END SSH SIGNATURE-----"
    private static let magic = Array("SSHSIG".utf8)
    private static let hashAlgorithm = "sha512"

    public var publicKey: SSHPublicKey
    public var namespace: String
    /// `sha512` or `sha256`: ssh-keygen may write either.
    var hashName: String
    /// The Ed25519 signature, 64 bytes.
    var signature: [UInt8]

    /// Signs `message` for `namespace`.
    public static func sign(_ message: some DataProtocol, with key: SigningKey,
                            namespace: String = weeklyNamespace) throws -> SSHSignature {
        let digest = Array(SHA512.hash(data: message))
        let signed = signedData(namespace: namespace, hashName: hashAlgorithm, digest: digest)
        let signature = Array(try key.privateKey.signature(for: signed))
        return SSHSignature(publicKey: key.publicKey, namespace: namespace, hashName: hashAlgorithm, signature: signature)
    }

    /// Whether the signature is the key's over exactly `message`.
    public func isValid(for message: some DataProtocol) -> Bool {
        let digest: [UInt8]
        switch hashName {
        case "sha512": digest = Array(SHA512.hash(data: message))
        case "sha256": digest = Array(SHA256.hash(data: message))
        default: return false
        }
        guard let key = publicKey.verifyingKey else { return false }
        return key.isValidSignature(signature, for: Self.signedData(namespace: namespace, hashName: hashName, digest: digest))
    }

    /// What the Ed25519 signature covers: the magic, the namespace, an empty
    /// reserved field, the hash's name and the message's digest.
    private static func signedData(namespace: String, hashName: String, digest: [UInt8]) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.raw(magic)
        writer.text(namespace)
        writer.text("")
        writer.text(hashName)
        writer.string(digest)
        return writer.bytes
    }

    /// The binary form, version 1.
    var blob: [UInt8] {
        var inner = SSHWireWriter()
        inner.text(SSHPublicKey.keyType)
        inner.string(signature)
        var writer = SSHWireWriter()
        writer.raw(Self.magic)
        writer.uint32(1)
        writer.string(publicKey.blob)
        writer.text(namespace)
        writer.text("")
        writer.text(hashName)
        writer.string(inner.bytes)
        return writer.bytes
    }

    /// Reads the binary form; nil when it is not an Ed25519 SSHSIG of version 1.
    init?(blob: [UInt8]) {
        var reader = SSHWireReader(blob)
        guard (try? reader.raw(Self.magic.count)) == Self.magic, (try? reader.uint32()) == 1,
              let keyBlob = try? reader.string(), let publicKey = SSHPublicKey(blob: keyBlob),
              let namespace = try? reader.text(), (try? reader.string()) != nil,
              let hashName = try? reader.text(), let inner = try? reader.string(), reader.isAtEnd else { return nil }
        var signatureReader = SSHWireReader(inner)
        guard (try? signatureReader.text()) == SSHPublicKey.keyType, let signature = try? signatureReader.string(),
              signature.count == 64, signatureReader.isAtEnd else { return nil }
        self.init(publicKey: publicKey, namespace: namespace, hashName: hashName, signature: signature)
    }

    private init(publicKey: SSHPublicKey, namespace: String, hashName: String, signature: [UInt8]) {
        self.publicKey = publicKey
        self.namespace = namespace
        self.hashName = hashName
        self.signature = signature
    }

    /// The armoured text, as `ssh-keygen -Y sign` writes a `.sig` file: base64
    /// in lines of 70 characters between BEGIN and END lines.
    public var armored: String {
        let base64 = Array(Data(blob).base64EncodedString())
        let lines = stride(from: 0, to: base64.count, by: 70).map { String(base64[$0..<min($0 + 70, base64.count)]) }
        return ([Self.begin] + lines + [Self.end]).joined(separator: "\n") + "\n"
    }

    /// Reads the armoured text (BEGIN line to END line); nil when it is not one.
    public init?(armored text: some Collection<UInt8>) {
        let string = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard string.hasPrefix(Self.begin), string.hasSuffix(Self.end) else { return nil }
        let body = string.dropFirst(Self.begin.count).dropLast(Self.end.count).filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: String(body)) else { return nil }
        self.init(blob: Array(data))
    }
}
