import Foundation
import JournalCore
import ReadinessMetrics

/// The municipality's roll-up of its schools' weekly reports: every file of the
/// folder checked against the list of the schools' keys, the trusted ones
/// placed by school and week, the schools ranked by their shortfall, and the
/// files that cannot be trusted set apart with the reason.
public struct RegionRollup: Sendable {
    public var folder: String
    public var signers: AllowedSigners
    /// `*.zhw` files found.
    public var fileCount: Int
    /// Ranked: schools without any report, then those whose newest report is
    /// older than the region's week, then by shortfall, largest first.
    public var schools: [SchoolStanding]
    public var untrusted: [UntrustedFile]
    /// Trusted files left out because the same school sent a later report for
    /// the same week.
    public var superseded: [String]
    /// The newest week any trusted report is for.
    public var week: String?
    /// Every file was checked; false for the first look (see `read`).
    public var checkedAll: Bool

    public struct UntrustedFile: Hashable, Sendable {
        /// Relative to the region's folder.
        public var path: String
        public var reason: UntrustedReason
    }

    /// The indicators of the schools' profiles, in readiness.md order: the
    /// columns of the roll-up.
    public var columns: [IndicatorKey] {
        Set(schools.flatMap { $0.latest?.indicators ?? [] }).sorted()
    }

    public var trustedCount: Int { fileCount - untrusted.count }

    /// Reads the folder: every file checked on `workers` threads (the header
    /// only), then each school's newest report read whole.
    ///
    /// `firstLook` is what the screen shows first, in a fraction of the time:
    /// a file named as `zhurnal report weekly` names it (`КОД-2024-W45.zhw`)
    /// is placed by its name, and only each school's newest files are checked,
    /// down to the first trusted one; `checkedAll` is then false, and the
    /// whole check (`firstLook: false`) replaces the roll-up when it is done.
    public static func read(folder: String, signers: AllowedSigners, firstLook: Bool = false,
                            workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> RegionRollup {
        let paths = try RegionFolder.reportFiles(in: folder)
        var bySchool: [String: [SchoolStanding.ReportFile]] = [:]
        var unplaced = paths
        if firstLook {
            unplaced = []
            for path in paths {
                guard let (code, week) = WeeklyFile.parseName((path as NSString).lastPathComponent) else {
                    unplaced.append(path)
                    continue
                }
                bySchool[code, default: []].append(.init(path: path, week: week, asOf: ""))
            }
        }
        let toCheck = unplaced
        let checked = parallelMap(toCheck.count, workers: workers) { index in
            WeeklyFile.verify(path: folder + "/" + toCheck[index], signers: signers, as: WeeklyHeader.self)
        }
        var untrusted: [UntrustedFile] = []
        var names: [String: String] = [:]
        for (path, outcome) in zip(unplaced, checked) {
            switch outcome {
            case .success(let verified):
                let header = verified.content
                bySchool[header.schoolCode, default: []].append(.init(path: path, week: header.week, asOf: header.asOf))
                names[header.schoolCode] = header.schoolName
            case .failure(let reason):
                untrusted.append(UntrustedFile(path: path, reason: reason))
            }
        }
        var superseded: [String] = []
        let files = bySchool.mapValues { files in
            let (kept, left) = latestPerWeek(files)
            superseded += left
            return kept
        }
        var rollup = RegionRollup(folder: folder, signers: signers, fileCount: paths.count, schools: [],
                                  untrusted: untrusted, superseded: superseded.sorted(), week: nil, checkedAll: !firstLook)
        rollup.schools = rollup.standings(files: files, names: names, workers: workers)
        rollup.week = rollup.schools.compactMap { $0.latest?.header.week }.max()
        for index in rollup.schools.indices {
            rollup.schools[index].isStale = rollup.schools[index].latest.map { $0.header.week < rollup.week ?? "" } ?? false
        }
        rollup.schools.sort(by: Self.ranksBefore)
        rollup.untrusted.sort { $0.path < $1.path }
        return rollup
    }

    /// One file per week: the one with the latest moment (of equal ones, the
    /// last path); newest week first. Also the paths left out.
    private static func latestPerWeek(_ files: [SchoolStanding.ReportFile]) -> ([SchoolStanding.ReportFile], [String]) {
        var kept: [String: SchoolStanding.ReportFile] = [:]
        var left: [String] = []
        for file in files {
            if let other = kept[file.week] {
                let newer = (file.asOf, file.path) > (other.asOf, other.path)
                left.append(newer ? other.path : file.path)
                if !newer { continue }
            }
            kept[file.week] = file
        }
        return (kept.values.sorted { $0.week > $1.week }, left)
    }

    /// Each school's newest report read whole (checked again: the file may
    /// have changed since the first pass); a file that fails now joins the
    /// untrusted and the week before it is taken. Schools of the key list that
    /// sent nothing are listed too.
    private mutating func standings(files: [String: [SchoolStanding.ReportFile]], names: [String: String],
                                    workers: Int) -> [SchoolStanding] {
        let codes = files.keys.sorted()
        let signers = signers, folder = folder
        let newest = parallelMap(codes.count, workers: workers) { index in
            Self.newestReport(files[codes[index]] ?? [], of: codes[index], folder: folder, signers: signers)
        }
        var schools: [SchoolStanding] = []
        for (code, found) in zip(codes, newest) {
            untrusted += found.failed
            let failedPaths = Set(found.failed.map(\.path))
            schools.append(SchoolStanding(code: code, name: found.report?.header.schoolName ?? names[code] ?? code,
                                          latest: found.report, keyFingerprint: found.key?.fingerprint,
                                          files: (files[code] ?? []).filter { !failedPaths.contains($0.path) }, isStale: false))
        }
        for (code, comment) in signers.schools where files[code] == nil {
            schools.append(SchoolStanding(code: code, name: comment.isEmpty ? code : comment, latest: nil, keyFingerprint: nil,
                                          files: [], isStale: false))
        }
        return schools
    }

    private static func newestReport(_ files: [SchoolStanding.ReportFile], of code: String, folder: String, signers: AllowedSigners)
        -> (report: WeeklyReport?, key: SSHPublicKey?, failed: [UntrustedFile]) {
        var failed: [UntrustedFile] = []
        for file in files {
            switch WeeklyFile.verify(path: folder + "/" + file.path, signers: signers, as: WeeklyReport.self) {
            case .success(let verified) where verified.content.header.schoolCode != code: continue
            case .success(let verified): return (verified.content, verified.key, failed)
            case .failure(let reason): failed.append(UntrustedFile(path: file.path, reason: reason))
            }
        }
        return (nil, nil, failed)
    }

    static func ranksBefore(_ a: SchoolStanding, _ b: SchoolStanding) -> Bool {
        if (a.latest == nil) != (b.latest == nil) { return a.latest == nil }
        if a.isStale != b.isStale { return a.isStale }
        if a.isStale, let weekA = a.latest?.header.week, let weekB = b.latest?.header.week, weekA != weekB { return weekA < weekB }
        if a.shortfall != b.shortfall { return a.shortfall > b.shortfall }
        if a.unmetCount != b.unmetCount { return a.unmetCount > b.unmetCount }
        return (a.name, a.code) < (b.name, b.code)
    }

    /// Every week of one school, read whole from its files (checked again),
    /// newest first; a file that fails now is returned with its reason.
    public func weeks(of school: SchoolStanding, workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        -> [Result<WeeklyReport, UntrustedFile>] {
        let signers = signers, folder = folder, files = school.files
        return parallelMap(files.count, workers: workers) { index in
            switch WeeklyFile.verify(path: folder + "/" + files[index].path, signers: signers, as: WeeklyReport.self) {
            case .success(let verified): .success(verified.content)
            case .failure(let reason): .failure(UntrustedFile(path: files[index].path, reason: reason))
            }
        }
    }
}

extension RegionRollup.UntrustedFile: Error {}
