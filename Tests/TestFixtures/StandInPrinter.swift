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
        try writeScript(script, to: bin + "/lp")
        return bin
    }

    /// Writes an executable script from a child shell, never through a file
    /// this process holds open: a test elsewhere in the process that spawns a
    /// program at that moment would inherit the open file, and running the
    /// script would then fail with «Text file busy» (ETXTBSY).
    public static func writeScript(_ text: String, to path: String) throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "printf '%s' \"$1\" > \"$2\" && chmod 755 \"$2\"", "sh", text, path]
        try shell.run()
        shell.waitUntilExit()
        guard shell.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Runs `body` with `bin` first on PATH (for this process and its children).
    public static func withPath<T>(_ bin: String, _ body: () throws -> T) rethrows -> T {
        let old = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        setenv("PATH", bin + ":" + old, 1)
        defer { setenv("PATH", old, 1) }
        return try body()
    }
}
