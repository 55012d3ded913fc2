import Foundation

/// Starts a program as a shell would: standard streams on /dev/null, no signal
/// blocked, default dispositions. Through posix_spawn rather than Foundation's
/// `Process`: a daemonizing child (tmux's server, sshd) inherits and keeps the
/// descriptors `Process` watches, and `waitUntilExit` would wait for ever; and
/// the test runner's threads block signals that the programs under test must
/// receive.
public enum QuietSpawn {
    public struct Failure: Error {
        public let program: String
        public let errno: Int32
    }

    /// The child's pid; `argv[0]` is the program's path.
    public static func spawn(_ argv: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var arguments = argv.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], &actions, &attributes, &arguments, environ)
        guard result == 0 else { throw Failure(program: argv[0], errno: result) }
        return pid
    }
}
