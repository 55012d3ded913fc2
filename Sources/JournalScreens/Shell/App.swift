import Foundation
import JournalCore
import JournalStore
import TerminalUI

/// The application: a stack of screens over one terminal. One loop, generic
/// over the backend, draws the frame (title bar, the top screen, status line,
/// function bar), reads keys and carries out the screens' effects. The screen
/// is redrawn only after a key, a resize, a tick of the clock, or a commit by
/// another process; the backend sends only what changed.
public final class App<Backend: TerminalBackend> {
    public let backend: Backend
    public let context: AppContext
    private let makeLogin: (AppContext) -> any Screen
    private let makeHome: (AppContext, ActingUser) -> any Screen
    private(set) var stack: [any Screen] = []
    private(set) var status: StatusMessage?
    var confirmation: (Confirmation, DialogState)?
    var help: ScrollState?
    private var running = true
    private var lastDataVersion: Int?
    /// Set while the session is locked for idleness; the user's screens wait
    /// under it in `stack`, hidden.
    private(set) var lock: IdleLockScreen?
    private var lastActivity: Date
    private var idlePolicy: IdleLockPolicy
    private let idleCapSeconds: Int?
    let globalKeys: KeyMap<GlobalAction>

    /// The smallest terminal every screen must work in.
    public static var minimumSize: Size { Size(width: 80, height: 24) }

    /// `idleCapSeconds` shortens the school's idle lock time (never lengthens
    /// it); the composition root reads it from `ZHURNAL_IDLE_LOCK_SECONDS`.
    public init(backend: Backend, context: AppContext,
                login: @escaping (AppContext) -> any Screen,
                home: @escaping (AppContext, ActingUser) -> any Screen,
                idleCapSeconds: Int? = nil) {
        self.backend = backend
        self.context = context
        self.makeLogin = login
        self.makeHome = home
        self.idleCapSeconds = idleCapSeconds
        idlePolicy = IdleLockPolicy(database: context.db, capSeconds: idleCapSeconds)
        lastActivity = context.instant
        globalKeys = GlobalAction.keyMap(context)
        stack = [login(context)]
    }

    public var topScreen: (any Screen)? { stack.last }
    public var isRunning: Bool { running }
    public var isLocked: Bool { lock != nil }
    /// The screen keys go to and the frame shows: the lock, or the top of the stack.
    var activeScreen: (any Screen)? { lock ?? stack.last }

    /// Runs until the user leaves the program.
    public func run() throws {
        try backend.start()
        defer { backend.stop() }
        lastDataVersion = try? context.db.dataVersion()
        while running {
            draw()
            guard let key = backend.readKey(timeout: .seconds(1)) else {
                tick()
                refreshIfOthersCommitted()
                continue
            }
            handle(key)
            while running, let more = backend.readKey(timeout: .zero) { handle(more) }
        }
    }

    /// Draws one frame; tests call it after feeding keys.
    public func draw() {
        backend.draw(frame())
    }

    /// Handles one key as the loop would. A key that arrives after the idle
    /// time (the loop was not ticking: a suspended machine) first locks the
    /// session and does nothing else.
    public func handle(_ key: Key) {
        if key == .resize { return }
        if tick() { return }
        lastActivity = context.instant
        switch globalKeys.action(for: key) {
        case .redraw?:
            return backend.redrawAll()
        case .interrupt?:
            status = StatusMessage(interruptHint(key))
            return
        default:
            break
        }
        guard backend.size.covers(Self.minimumSize) else { return }
        if help != nil { return handleHelpKey(key) }
        if confirmation != nil { return handleConfirmationKey(key) }
        if globalKeys.action(for: key) == .help {
            help = ScrollState()
            return
        }
        guard let screen = activeScreen else { return }
        apply(screen.handle(key, context: context))
    }

    /// Called when a second passes without a key: locks a signed-in session
    /// that has been idle too long; with nobody signed in, clears the login
    /// screen (a password typed without Enter must not wait there for the next
    /// person). True when the session has just been locked.
    @discardableResult
    public func tick() -> Bool {
        guard lock == nil, idlePolicy.isDue(lastActivity: lastActivity, now: context.instant) else { return false }
        lastActivity = context.instant
        guard let user = context.user else {
            resetToLogin(status: status)
            return false
        }
        lock = IdleLockScreen(user: user, policy: idlePolicy, context: context)
        help = nil
        confirmation = nil
        status = nil
        return true
    }

    /// Ctrl-C, Ctrl-Z, Ctrl-\ never leave the program on a shared PC; say so of
    /// the key pressed, and what does leave, in one status line at 80 columns.
    private func interruptHint(_ key: Key) -> String {
        let name = key.name
        if lock != nil {
            return context.t("\(name) здесь не действует: введите пароль или F2 — войти под другим логином.",
                             "\(name) does nothing here: type the password, or F2 to sign in as someone else.")
        }
        if context.user == nil {
            return context.t("\(name) здесь не действует. Чтобы выйти из программы, нажмите F10.",
                             "\(name) does nothing here. To leave the program press F10.")
        }
        return context.t("\(name) здесь не действует: F10 — назад, на главном экране — выход из журнала.",
                         "\(name) does nothing here: F10 goes back; on the home screen F10 signs out.")
    }

    private func resetToLogin(status message: StatusMessage?) {
        context.signOut()
        lock = nil
        help = nil
        confirmation = nil
        stack = [makeLogin(context)]
        status = message
    }

    /// Checks whether another process committed, and if so reloads the top screen.
    public func refreshIfOthersCommitted() {
        guard let version = try? context.db.dataVersion() else { return }
        if let last = lastDataVersion, version != last {
            context.invalidateCaches()
            stack.last?.reload(context: context)
        }
        lastDataVersion = version
    }

    /// Carries out effects as if a screen had returned them; tests use it too.
    public func apply(screenEffects effects: [ScreenEffect]) {
        apply(effects)
    }

    /// Effects that open or leave a screen clear the status line first: what
    /// the last action did on one screen is not news on the next. A status in
    /// the same batch (an editor's «Тема сохранена.» as it closes) stays.
    func apply(_ effects: [ScreenEffect]) {
        if effects.contains(where: \.changesScreen) { status = nil }
        for effect in effects { apply(effect) }
    }

    private func apply(_ effect: ScreenEffect) {
        switch effect {
        case .push(let screen):
            stack.append(screen)
        case .pop:
            if stack.count > 1 { stack.removeLast() }
        case .popAndReload:
            if stack.count > 1 { stack.removeLast() }
            stack.last?.reload(context: context)
        case .replaceAll(let screen):
            stack = [screen]
        case .status(let message):
            status = message
        case .confirm(let request):
            confirmation = (request, DialogState())
        case .signedIn(let user):
            context.signIn(user)
            lock = nil
            idlePolicy = IdleLockPolicy(database: context.db, capSeconds: idleCapSeconds)
            lastActivity = context.instant
            stack = [makeHome(context, user)]
            // said once, at the start, rather than only at the first refused save
            status = context.db.isReadOnly ? StatusMessage(context.t(
                "База открыта только для чтения: смотреть можно, изменения не сохраняются.",
                "The database is open read-only: you can look, changes are not saved.")) : nil
        case .signOut:
            resetToLogin(status: StatusMessage(context.t("Вы вышли из журнала.", "You have signed out.")))
        case .unlock:
            lock = nil
            lastActivity = context.instant
            status = .success(context.t("Сеанс продолжен.", "Session resumed."))
        case .quit:
            running = false
        }
    }

    private func handleHelpKey(_ key: Key) {
        switch key {
        case .escape, .function(1), .function(10), .enter:
            help = nil
        default:
            if var state = help {
                _ = state.handle(key, lineCount: helpView.lines(width: backend.size.width - 4).count)
                help = state
            }
        }
    }

    private func handleConfirmationKey(_ key: Key) {
        guard let (request, current) = confirmation else { return }
        var state = current
        let dialog = Dialog(title: request.title, message: request.message, buttons: request.buttons)
        switch state.handle(key, for: dialog) {
        case .chosen(let index):
            confirmation = nil
            apply(request.onChoice(index))
        case .cancelled:
            confirmation = nil
            apply(request.onChoice(nil))
        default:
            confirmation = (request, state)
        }
    }
}
