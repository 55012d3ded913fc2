import Foundation

/// A stand-in for CUPS `lp` in tests: a script on PATH that writes its
/// arguments to a log and answers as `lp` does.
public enum StandInPrinter {
    /// Writes `bin/lp` into the folder; returns the `bin` folder.
    public static func install(in dir: TemporaryDirectory, log: String) throws -> String {
        let bin = dir.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            echo "$*" >> '\(log)'
            echo "request id is $2-1 (1 file(s))"

            """
        try script.write(toFile: bin + "/lp", atomically: true, encoding: .utf8)
        chmod(bin + "/lp", 0o755)
        return bin
    }

    /// Runs `body` with `bin` first on PATH (for this process and its children).
    public static func withPath<T>(_ bin: String, _ body: () throws -> T) rethrows -> T {
        let old = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        setenv("PATH", bin + ":" + old, 1)
        defer { setenv("PATH", old, 1) }
        return try body()
    }
}
