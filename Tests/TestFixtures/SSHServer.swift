import Foundation

/// A real OpenSSH server for one test: Debian's `sshd` on a free loopback
/// port, as the current user, with a temporary host key, a client key in
/// `authorized_keys` and a config in a temporary folder whose `ForceCommand`
/// runs what the test says (zhurnal on a test database), as a school's server
/// would. `stop()` ends it; `sshCommand` connects.
public final class SSHServer {
    public static let daemon = "/usr/sbin/sshd"
    public static let keygen = "/usr/bin/ssh-keygen"

    public let port: Int
    public let user: String
    public let folder: URL
    private var pid: pid_t
    private var stopped = false

    /// Starts the server; throws with the server's log when it does not answer.
    /// `extraConfig`: lines after the forced command (a subsystem, a chroot).
    public init(forceCommand: String, folder: URL, extraConfig: String = "") throws {
        for tool in [Self.daemon, Self.keygen, "/usr/bin/ssh"] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw SSHServerError.missing(tool)
        }
        self.folder = folder
        user = Self.currentUser()
        try Self.preparePrivilegeSeparation()
        try Self.keyPair(folder.appendingPathComponent("host_key").path)
        try Self.keyPair(folder.appendingPathComponent("client_key").path)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("client_key.pub"),
                                         to: folder.appendingPathComponent("authorized_keys"))
        var attempt = 0
        while true {
            attempt += 1
            let port = try Self.freePort()
            try (Self.config(folder: folder, user: user, forceCommand: forceCommand) + extraConfig)
                .write(to: folder.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)
            let pid = try Self.spawn([Self.daemon, "-D", "-f", folder.appendingPathComponent("sshd_config").path,
                                      "-p", String(port), "-E", folder.appendingPathComponent("sshd.log").path])
            if Self.waitUntilListening(port: port, pid: pid, timeout: 10) {
                self.port = port
                self.pid = pid
                return
            }
            Self.end(pid)
            // another program took the port between our look and sshd's bind: try another
            guard attempt < 3, Self.log(folder).contains("Address already in use") else {
                throw SSHServerError.notListening(log: Self.log(folder))
            }
        }
    }

    deinit { stop() }

    /// `ssh` to this server with the test's key, no questions asked, a terminal forced.
    public var sshCommand: String {
        let key = folder.appendingPathComponent("client_key").path
        return "ssh -F /dev/null -tt -i \(key) -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no "
            + "-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -p \(port) \(user)@127.0.0.1"
    }

    /// The client options of `sshCommand` without the terminal, for `ssh` and
    /// `sftp` run as processes (`-p`/`-P` port and the destination added by the caller).
    public var clientOptions: [String] {
        ["-F", "/dev/null", "-i", folder.appendingPathComponent("client_key").path, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"]
    }

    public var destination: String { "\(user)@127.0.0.1" }

    /// The server's log so far, for failure messages.
    public var log: String { Self.log(folder) }

    /// Ends the listening server. Sessions end when their client disconnects.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        Self.end(pid)
    }

    // MARK: Setting up

    static func config(folder: URL, user: String, forceCommand: String) -> String {
        """
        ListenAddress 127.0.0.1
        HostKey \(folder.appendingPathComponent("host_key").path)
        PidFile \(folder.appendingPathComponent("sshd.pid").path)
        AuthorizedKeysFile \(folder.appendingPathComponent("authorized_keys").path)
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UsePAM no
        StrictModes no
        PermitRootLogin prohibit-password
        AllowUsers \(user)
        PrintMotd no
        PrintLastLog no
        X11Forwarding no
        AllowTcpForwarding no
        AllowAgentForwarding no
        LogLevel VERBOSE
        ForceCommand \(forceCommand)

        """
    }

    private static func currentUser() -> String {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "root" }
        return String(cString: name)
    }

    /// As root, sshd wants its privilege separation folder (Debian creates it
    /// at boot through systemd, which a container or CI machine may not run).
    private static func preparePrivilegeSeparation() throws {
        guard getuid() == 0 else { return }
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
    }

    private static func keyPair(_ path: String) throws {
        let pid = try spawn([keygen, "-q", "-t", "ed25519", "-N", "", "-C", "zhurnal-test", "-f", path])
        guard wait(pid, timeout: 30) == 0 else { throw SSHServerError.keygenFailed(path) }
    }

    /// A port nobody listens on now: bound to 0, read back, released.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SSHServerError.noPort }
        defer { close(fd) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw SSHServerError.noPort }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    /// Polls a TCP connect until the server answers, it ends, or the deadline.
    private static func waitUntilListening(port: Int, pid: pid_t, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return false }
            if connects(port: port) { return true }
            usleep(50_000)
        }
        return false
    }

    private static func connects(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = loopback(port: UInt16(port))
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    private static func log(_ folder: URL) -> String {
        (try? String(contentsOf: folder.appendingPathComponent("sshd.log"), encoding: .utf8)) ?? "(no log)"
    }

    // MARK: Processes

    /// Quietly, so that nothing the child or its children keep open ties the test up.
    private static func spawn(_ argv: [String]) throws -> pid_t {
        do {
            return try QuietSpawn.spawn(argv)
        } catch let failure as QuietSpawn.Failure {
            throw SSHServerError.cannotStart(failure.program, errno: failure.errno)
        }
    }

    /// The exit status, or nil at the deadline.
    @discardableResult
    private static func wait(_ pid: pid_t, timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return (status >> 8) & 0xFF }
            if result == -1 && errno != EINTR { return nil }
            usleep(20_000)
        }
        return nil
    }

    /// SIGTERM, and SIGKILL if it has not ended within five seconds.
    private static func end(_ pid: pid_t) {
        kill(pid, SIGTERM)
        if wait(pid, timeout: 5) == nil {
            kill(pid, SIGKILL)
            wait(pid, timeout: 5)
        }
    }
}

public enum SSHServerError: Error, CustomStringConvertible {
    case missing(String)
    case keygenFailed(String)
    case noPort
    case cannotStart(String, errno: Int32)
    case notListening(log: String)

    public var description: String {
        switch self {
        case .missing(let tool): "\(tool) is missing: apt-get install openssh-server openssh-client (.ci/run does)"
        case .keygenFailed(let path): "ssh-keygen could not write \(path)"
        case .noPort: "no free loopback port"
        case .cannotStart(let tool, let code): "cannot start \(tool): errno \(code)"
        case .notListening(let log): "sshd did not listen; its log:\n\(log)"
        }
    }
}
