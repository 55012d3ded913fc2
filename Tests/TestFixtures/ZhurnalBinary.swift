import Foundation

/// The `zhurnal` executable built beside the test bundle (and `zhurnal-bench`,
/// whose writer processes the tests start), and a way to run them.
public enum ZhurnalBinary {
    public enum Program: String, Sendable {
        case journal = "zhurnal"
        case bench = "zhurnal-bench"
    }

    public static var url: URL { url(of: .journal) }

    public static func url(of program: Program) -> URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On Linux the tests run from `.build/<config>/zhurnalPackageTests.xctest`.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent(program.rawValue).path),
              directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent(program.rawValue)
    }

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// Starts the binary; `wait` collects its output and exit status.
    public static func start(_ arguments: [String], environment: [String: String] = [:],
                             standardInput: String? = nil, program: Program = .journal) throws -> RunningProcess {
        let process = Process()
        process.executableURL = url(of: program)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        if standardInput != nil { process.standardInput = input }
        try process.run()
        if let standardInput {
            input.fileHandleForWriting.write(Data(standardInput.utf8))
            try input.fileHandleForWriting.close()
        }
        return RunningProcess(process: process, out: out, err: err)
    }

    public static func run(_ arguments: [String], environment: [String: String] = [:],
                           program: Program = .journal) throws -> Result {
        try start(arguments, environment: environment, program: program).wait()
    }
}

public struct RunningProcess {
    let process: Process
    let out: Pipe
    let err: Pipe

    /// Ends the program at once (SIGKILL), as a crash or a power cut would, and waits for it.
    public func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    public func wait() -> ZhurnalBinary.Result {
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ZhurnalBinary.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                    stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A fresh directory under the system temp folder, removed by `remove()`.
public struct TemporaryDirectory {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
