import Foundation
import Testing

/// Programs the end-to-end tests drive. On a machine without one, its tests are
/// skipped with a reason that names the Debian package to install, and the rest
/// run; `.ci/run` installs them all and fails when anything was skipped.
public struct Tool: Sendable {
    public let paths: [String]
    public let package: String

    public init(paths: [String], package: String) {
        self.paths = paths
        self.package = package
    }

    /// `ZHURNAL_TESTS_WITHOUT=tmux,openssh-server` plays a machine without
    /// those packages, to see the skipping (and `.ci/run` refusing it).
    public var isInstalled: Bool {
        let pretendMissing = (ProcessInfo.processInfo.environment["ZHURNAL_TESTS_WITHOUT"] ?? "").split(separator: ",")
        return !pretendMissing.contains(Substring(package)) && paths.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Why a test is skipped, for `.enabled(if: tool.isInstalled, tool.missing)`.
    public var missing: Comment {
        Comment(rawValue: "нет \(paths.joined(separator: ", ")): установите пакет \(package) (sudo apt-get install \(package))")
    }
}

public enum Tools {
    public static let tmux = Tool(paths: ["/usr/bin/tmux"], package: "tmux")
    public static let sshd = Tool(paths: ["/usr/sbin/sshd", "/usr/bin/ssh-keygen"], package: "openssh-server")
    public static let ssh = Tool(paths: ["/usr/bin/ssh"], package: "openssh-client")
    public static let sshKeygen = Tool(paths: ["/usr/bin/ssh-keygen"], package: "openssh-client")
    public static let sqlite3 = Tool(paths: ["/usr/bin/sqlite3"], package: "sqlite3")
    public static let perl = Tool(paths: ["/usr/bin/perl"], package: "perl-base")
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only where `tool` is installed; elsewhere it is
    /// skipped with the package to install as the reason.
    public static func requires(_ tool: Tool) -> Self {
        .enabled(if: tool.isInstalled, tool.missing)
    }
}
