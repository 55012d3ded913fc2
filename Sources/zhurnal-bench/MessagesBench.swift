import Foundation
import JournalCore
import JournalStore

/// `zhurnal-bench --part messages` (issue 15): an announcement to every
/// account saved (≤ 200 ms), and the unread line of a home screen — what
/// every refresh reads — for a teacher with a hundred threads and a parent,
/// against the refresh's other reads. Runs on a copy (it writes).
struct MessagesBench {
    let database: AppDatabase
    let runs: Int

    struct Figure {
        var name: String
        var median: Double
        var detail: String
    }

    func run() throws -> [Figure] {
        guard let admin = try database.actingUser(login: "admin") else { throw DashboardBench.BenchError.noAdministrator }
        let accounts = try database.accounts(by: .serverOperator)
        let today = database.clock.now(in: try database.school().timeZone).date
        var figures: [Figure] = []
        let announce = try times { _ = try database.publishAnnouncement("Замер: объявление всем", to: .everyone, until: today.adding(days: 7), by: .user(admin)) }
        figures.append(Figure(name: "Объявление всем сохранено", median: announce, detail: "\(accounts.count) учётных записей"))

        let (teacher, parent) = try threads(admin: admin, accounts: accounts)
        let teacherThreads = try database.messageThreads(of: teacher).count
        figures.append(Figure(name: "Счётчик непрочитанного, учитель", median: try times { _ = try database.inboxSummary(for: teacher) },
                              detail: "переписок: \(teacherThreads), объявлений: \(runs + 1)"))
        figures.append(Figure(name: "Счётчик непрочитанного, родитель", median: try times { _ = try database.inboxSummary(for: parent) }, detail: ""))
        figures.append(Figure(name: "Только число непрочитанных сообщений", median: try times { _ = try database.unreadMessageCount(of: teacher) },
                              detail: ""))
        figures.append(Figure(name: "Для сравнения: data_version", median: try times { _ = try database.dataVersion() }, detail: ""))
        figures.append(Figure(name: "Список переписок учителя", median: try times { _ = try database.messageThreads(of: teacher) }, detail: ""))
        let published = try database.announcementsPublished(by: .user(admin))
        if let first = published.first {
            figures.append(Figure(name: "Кто прочитал объявление всем", median: try times { _ = try database.announcementReaders(first.id, by: .user(admin)) },
                                  detail: ""))
        }
        return figures
    }

    /// A teacher with a hundred threads from the parents of their students and
    /// colleagues (ten messages each, half unread), and one of those parents.
    private func threads(admin: ActingUser, accounts: [AccountOverview]) throws -> (ActingUser, ActingUser) {
        let teachers = accounts.filter { $0.account.roles.contains(.teacher) && !$0.account.disabled }
        guard let first = teachers.first, let teacher = try database.actingUser(login: first.login) else {
            throw DashboardBench.BenchError.noAdministrator
        }
        var peers = try database.messagePeers(of: teacher)
        peers = Array(peers.prefix(100))
        var parent: ActingUser?
        for peer in peers {
            guard let login = accounts.first(where: { $0.account.fullName == peer.fullName })?.login,
                  let other = try database.actingUser(login: login) else { continue }
            if parent == nil && other.has(.parent) { parent = other }
            let sent = try database.startThread(subject: "Замер", to: [other.accountID], body: "Сообщение 1", by: teacher)
            for number in 2...10 {
                _ = try database.postMessage("Сообщение \(number)", in: sent.thread, by: number % 2 == 0 ? other : teacher)
            }
        }
        return (teacher, parent ?? admin)
    }

    private func times(_ body: () throws -> Void) throws -> Double {
        try body()
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = clock.now
            try body()
            let elapsed = clock.now - start
            samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return samples.sorted()[samples.count / 2]
    }
}
