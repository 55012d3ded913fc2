// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "zhurnal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zhurnal", targets: ["zhurnal"]),
        .executable(name: "zhurnal-bench", targets: ["zhurnal-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CCrypt"),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CCairoPango", path: "Sources/CCairoPango"),
        .systemLibrary(name: "CXLSXWriter", path: "Sources/CXLSXWriter"),
        .target(name: "Documents", dependencies: ["CCairoPango", "CXLSXWriter"]),
        .target(name: "TerminalUI"),
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "TerminalUI"]),
        .target(name: "JournalCore"),
        .target(name: "JournalStore", dependencies: [
            "JournalCore", "CCrypt",
            .product(name: "GRDB", package: "GRDB.swift"),
            // the same SQLite GRDB uses, for the one file control GRDB does not offer (persistent WAL)
            // and the bulk load's binding (BulkInsert)
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "SchoolBundle", dependencies: ["JournalCore", "JournalStore"]),
        .target(name: "SchoolGenerator", dependencies: ["JournalCore"], resources: [.process("Resources")]),
        .target(name: "ReadinessMetrics", dependencies: ["JournalCore", "JournalStore"]),
        .target(name: "ControlReports", dependencies: ["JournalCore", "JournalStore", "ReadinessMetrics", "Documents"]),
        .target(name: "PaperJournal", dependencies: ["JournalCore", "JournalStore", "Documents"]),
        .target(name: "RegionRollup", dependencies: [
            "JournalCore", "ReadinessMetrics", "Documents",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "RegionScreens", dependencies: ["JournalCore", "TerminalUI", "ReadinessMetrics", "RegionRollup"]),
        .target(name: "JournalScreens", dependencies: ["JournalCore", "JournalStore", "TerminalUI", "ReadinessMetrics", "ControlReports", "PaperJournal", "Documents"]),
        .target(name: "ZhurnalCommandLine", dependencies: [
            "JournalCore", "JournalStore", "SchoolGenerator",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "zhurnal", dependencies: [
            "JournalCore", "JournalStore", "JournalScreens", "CursesBackend", "SchoolBundle", "SchoolGenerator", "ReadinessMetrics", "TerminalUI",
            "ZhurnalCommandLine", "ControlReports", "Documents", "PaperJournal", "RegionRollup", "RegionScreens",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "zhurnal-bench", dependencies: [
            "JournalCore", "JournalStore", "JournalScreens", "CursesBackend", "SchoolBundle", "SchoolGenerator", "ReadinessMetrics", "TerminalUI",
            "ZhurnalCommandLine", "TmuxDriver", "RegionRollup", "RegionScreens",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TmuxDriver"),
        .target(name: "TestFixtures", dependencies: ["JournalCore", "JournalStore", "TmuxDriver"], path: "Tests/TestFixtures"),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestFixtures"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalUI"]),
        .testTarget(name: "JournalCoreTests", dependencies: ["JournalCore"]),
        .testTarget(name: "JournalStoreTests", dependencies: [
            "JournalStore", "JournalCore", "TestFixtures",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "JournalScreensTests", dependencies: ["JournalScreens", "JournalStore", "JournalCore", "TerminalUI", "TestFixtures", "ReadinessMetrics", "ControlReports", "Documents"]),
        .testTarget(name: "SchoolBundleTests", dependencies: [
            "SchoolBundle", "JournalStore", "JournalCore", "SchoolGenerator", "TestFixtures",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .testTarget(name: "SchoolGeneratorTests", dependencies: ["SchoolGenerator", "JournalStore", "JournalCore"]),
        .testTarget(name: "ReadinessMetricsTests", dependencies: ["ReadinessMetrics", "JournalStore", "JournalCore", "TestFixtures"]),
        .testTarget(name: "PaperJournalTests", dependencies: ["PaperJournal", "Documents", "JournalStore", "JournalCore", "TestFixtures"]),
        .testTarget(name: "ControlReportsTests", dependencies: ["ControlReports", "JournalStore", "JournalCore", "TestFixtures"]),
        .testTarget(name: "RegionRollupTests", dependencies: ["RegionRollup", "RegionScreens", "ReadinessMetrics", "JournalCore", "TerminalUI"]),
        .testTarget(name: "ZhurnalCommandLineTests", dependencies: ["ZhurnalCommandLine", "JournalCore"]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "JournalStore", "JournalCore", "TestFixtures", "zhurnal", "zhurnal-bench", "JournalScreens", "TerminalUI", "ReadinessMetrics", "PaperJournal", "Documents", "RegionRollup",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
