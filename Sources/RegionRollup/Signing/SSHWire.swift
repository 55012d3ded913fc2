/// The SSH wire encoding (RFC 4251): big-endian `uint32` and length-prefixed
/// `string`s. OpenSSH keeps private keys and signatures in it.
struct SSHWireReader {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }
    var remaining: Int { bytes.count - offset }

    mutating func uint32() throws(SSHWireError) -> UInt32 {
        guard remaining >= 4 else { throw .truncated }
        let value = bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        offset += 4
        return value
    }

    mutating func string() throws(SSHWireError) -> [UInt8] {
        let length = Int(try uint32())
        guard length <= remaining else { throw .truncated }
        defer { offset += length }
        return Array(bytes[offset..<offset + length])
    }

    mutating func text() throws(SSHWireError) -> String {
        String(decoding: try string(), as: UTF8.self)
    }

    /// Exactly `count` raw bytes (the magic preambles).
    mutating func raw(_ count: Int) throws(SSHWireError) -> [UInt8] {
        guard count <= remaining else { throw .truncated }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// What is left, unread.
    var rest: ArraySlice<UInt8> { bytes[offset...] }
}

enum SSHWireError: Error {
    case truncated
}

struct SSHWireWriter {
    private(set) var bytes: [UInt8] = []

    mutating func uint32(_ value: UInt32) {
        bytes += [UInt8(value >> 24), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
    }

    mutating func string(_ value: some Collection<UInt8>) {
        uint32(UInt32(value.count))
        bytes += value
    }

    mutating func text(_ value: String) {
        string(Array(value.utf8))
    }

    mutating func raw(_ value: some Collection<UInt8>) {
        bytes += value
    }
}
