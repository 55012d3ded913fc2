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
    /// Told how long each key took to handle and draw; set for measurements
    /// (`ZHURNAL_KEY_TIMING`), nil otherwise.
    public var keyTimingObserver: ((Key, Duration) -> Void)?

    /// The smallest terminal every screen must work in.
    public static var minimumSize: Size { Size(width: 80, height: 24) }

    public init(backend: Backend, context: AppContext,
                login: @escaping (AppContext) -> any Screen,
                home: @escaping (AppContext, ActingUser) -> any Screen) {
        self.backend = backend
        self.context = context
        self.makeLogin = login
        self.makeHome = home
        stack = [login(context)]
    }

    public var topScreen: (any Screen)? { stack.last }
    public var isRunning: Bool { running }

    /// Runs until the user leaves the program.
    public func run() throws {
        try backend.start()
        defer { backend.stop() }
        lastDataVersion = try? context.db.dataVersion()
        while running {
            draw()
            guard let key = backend.readKey(timeout: .seconds(1)) else {
                refreshIfOthersCommitted()
                continue
            }
            let started = ContinuousClock.now
            handle(key)
            while running, let more = backend.readKey(timeout: .zero) { handle(more) }
            if let observer = keyTimingObserver {
                draw()
                observer(key, ContinuousClock.now - started)
            }
        }
    }

    /// Draws one frame; tests call it after feeding keys.
    public func draw() {
        backend.draw(frame())
    }

    /// Handles one key as the loop would.
    public func handle(_ key: Key) {
        switch key {
        case .resize:
            return
        case .control("l"):
            backend.redrawAll()
            return
        default:
            break
        }
        guard backend.size.covers(Self.minimumSize) else { return }
        if help != nil { return handleHelpKey(key) }
        if confirmation != nil { return handleConfirmationKey(key) }
        if key == .function(1) {
            help = ScrollState()
            return
        }
        guard let screen = stack.last else { return }
        apply(screen.handle(key, context: context))
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

    func apply(_ effects: [ScreenEffect]) {
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
            stack = [makeHome(context, user)]
            status = nil
        case .signOut:
            context.signOut()
            stack = [makeLogin(context)]
            status = StatusMessage(context.t("Вы вышли из журнала.", "You have signed out."))
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
