import TestFixtures
import Testing

/// On a machine without a program the end-to-end tests drive, their skip
/// reason names the Debian package to install.
@Suite struct ToolsTests {
    @Test func aMissingProgramNamesItsPackage() {
        let sshd = Tool(paths: ["/nonexistent/sbin/sshd"], package: "openssh-server")
        #expect(!sshd.isInstalled)
        #expect(sshd.missing.rawValue == "нет /nonexistent/sbin/sshd: установите пакет openssh-server (sudo apt-get install openssh-server)")
        #expect(Tool(paths: ["/bin/sh"], package: "dash").isInstalled)
    }
}
