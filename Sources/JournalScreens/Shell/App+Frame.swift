import JournalCore
import TerminalUI

/// Drawing one frame: the chrome every screen shares, the screen's body inside
/// a frame, and on top of it the help or a dialog.
extension App {
    public func frame() -> Buffer {
        var buffer = Buffer(size: backend.size)
        guard backend.size.covers(Self.minimumSize) else {
            TooSmallView(size: backend.size, minimum: Self.minimumSize, language: context.language)
                .render(in: buffer.area, buffer: &buffer)
            return buffer
        }
        let layout = ScreenLayout(area: buffer.area)
        titleBar.render(in: layout.title, buffer: &buffer)
        if let screen = activeScreen {
            let box = Frame(title: screen.title(in: context))
            box.render(in: layout.body, buffer: &buffer)
            screen.render(in: box.inner(of: layout.body), buffer: &buffer, context: context)
            FunctionBar(items: functionBarItems(of: screen)).render(in: layout.functionBar, buffer: &buffer)
        }
        statusBar.render(in: layout.status, buffer: &buffer)
        drawOverlays(in: layout.body, buffer: &buffer)
        return buffer
    }

    /// The screen's keys with the shell's own (F1 «Помощь») where the screen
    /// leaves the slot free, as the bar of every screen in ui.md begins.
    func functionBarItems(of screen: any Screen) -> [FunctionBarItem] {
        let own = screen.functionBarItems
        let shared = globalKeys.functionBarItems.filter { item in !own.contains { $0.slot == item.slot } }
        return (shared + own).sorted { $0.slot < $1.slot }
    }

    /// School · user (role) · period · date and time; only the school while the
    /// session is locked, which shows nothing of whoever is signed in. When the
    /// row is short, the school's name gives way first: at a shared PC, who is
    /// signed in matters more.
    var titleBar: StatusBar {
        guard lock == nil else { return StatusBar(Line(" " + context.school.name), style: .title) }
        let now = context.now
        var right = WeekdayNames.short(now.date.weekday, context.language) + " " + now.date.russian + " " + now.timeOfDay.text + " "
        if let period = context.period(on: now.date) {
            right = period.period.name + " · " + right
        }
        var who = ""
        if let user = context.user {
            let role = user.mainRole.map { " (" + $0.title.text(in: context.language) + ")" } ?? ""
            who = " · " + PersonName.short(user.fullName) + role
        }
        let room = backend.size.width - DisplayWidth.of(right) - DisplayWidth.of(who) - 2
        let school = TextFitting.truncate(context.school.name, toWidth: max(8, room))
        return StatusBar(Line(" " + school + who), right: Line(right), style: .title)
    }

    var statusBar: StatusBar {
        guard let status else { return StatusBar("") }
        let role: StyleRole = switch status.kind {
        case .info: .statusLine
        case .success: .success
        case .warning: .warning
        case .error: .error
        }
        return StatusBar(Line(" " + status.text, style: role))
    }

    var helpView: HelpView {
        let screen = activeScreen
        let global = globalKeys.helpEntries + [
            HelpEntry(keys: "Esc 1 … Esc 0", text: context.t("то же, что F1 … F10, если функциональные клавиши не работают",
                                                            "same as F1 … F10 when function keys do not work")),
        ]
        let heading = [Line(screen?.title(in: context) ?? "", style: .emphasis), Line("")]
        return HelpView(entries: (screen?.helpEntries ?? []) + global, heading: heading)
    }

    private func drawOverlays(in body: Rect, buffer: inout Buffer) {
        if var state = help {
            let box = body.inset(by: 1)
            let frame = Frame(title: context.t("Справка — F1", "Help — F1"), style: .dialog, titleStyle: .dialogTitle, fillsInside: true)
            frame.render(in: box, buffer: &buffer)
            helpView.render(in: frame.inner(of: box), buffer: &buffer, state: &state)
            help = state
            buffer.cursor = nil
        } else if let (request, state) = confirmation {
            var dialogState = state
            Dialog(title: request.title, message: request.message, buttons: request.buttons)
                .render(in: body, buffer: &buffer, state: &dialogState)
            buffer.cursor = nil
        }
    }
}

/// Shown instead of everything when the terminal is smaller than 80×24; the
/// application keeps its state and comes back when the window grows.
struct TooSmallView: Widget {
    var size: Size
    var minimum: Size
    var language: Language

    func render(in area: Rect, buffer: inout Buffer) {
        let ru = language == .ru
        let lines = [
            ru ? "Окно слишком маленькое: \(size.width)×\(size.height)." : "The window is too small: \(size.width)×\(size.height).",
            ru ? "Нужно не меньше \(minimum.width)×\(minimum.height)." : "At least \(minimum.width)×\(minimum.height) is needed.",
            ru ? "Растяните окно терминала." : "Please enlarge the terminal window.",
        ]
        let top = max(0, (area.height - lines.count) / 2)
        for (index, text) in lines.enumerated() where top + index < area.height {
            let fitted = TextFitting.truncate(text, toWidth: area.width)
            let x = max(0, (area.width - DisplayWidth.of(fitted)) / 2)
            _ = buffer.write(fitted, at: Point(x: x, y: top + index), style: index == 0 ? .warning : .normal)
        }
    }
}
