import Crypto
import Foundation

/// An Ed25519 public key as OpenSSH writes it: `ssh-ed25519 AAAA…` in
/// `allowed_signers` and `.pub` files, `SHA256:…` as its fingerprint.
public struct SSHPublicKey: Hashable, Sendable {
    public static let keyType = "ssh-ed25519"

    /// The 32 bytes of the key.
    public let raw: [UInt8]

    /// Nil unless exactly 32 bytes.
    public init?(raw: [UInt8]) {
        guard raw.count == 32 else { return nil }
        self.raw = raw
    }

    /// From the wire blob: `string "ssh-ed25519"`, `string key`. Nil for another
    /// key type or a damaged blob.
    init?(blob: [UInt8]) {
        var reader = SSHWireReader(blob)
        guard (try? reader.text()) == Self.keyType, let raw = try? reader.string(), reader.isAtEnd,
              let key = SSHPublicKey(raw: raw) else { return nil }
        self = key
    }

    var blob: [UInt8] {
        var writer = SSHWireWriter()
        writer.text(Self.keyType)
        writer.string(raw)
        return writer.bytes
    }

    /// `ssh-ed25519 AAAAC3Nza…`, as in a `.pub` file without its comment.
    public var openSSH: String {
        Self.keyType + " " + Data(blob).base64EncodedString()
    }

    /// `SHA256:…`, as `ssh-keygen -l` prints it.
    public var fingerprint: String {
        let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }

    var verifyingKey: Curve25519.Signing.PublicKey? {
        try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }
}
