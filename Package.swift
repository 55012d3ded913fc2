// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "zhurnal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zhurnal", targets: ["zhurnal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .target(name: "JournalCore"),
        .target(name: "JournalStore", dependencies: [
            "JournalCore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "ReadinessMetrics", dependencies: ["JournalCore", "JournalStore"]),
        .executableTarget(name: "zhurnal", dependencies: [
            "JournalCore", "JournalStore", "ReadinessMetrics",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "JournalCoreTests", dependencies: ["JournalCore"]),
        .testTarget(name: "JournalStoreTests", dependencies: ["JournalStore", "JournalCore"]),
        .testTarget(name: "ReadinessMetricsTests", dependencies: ["ReadinessMetrics", "JournalStore", "JournalCore"]),
    ],
    swiftLanguageModes: [.v6]
)
