import JournalCore
import ReadinessMetrics
import TerminalUI

/// Draws the roadmap: the summary line, the items (№, measure, deadline,
/// status; overdue red, done green) and the selected item's details at the
/// bottom.
struct RoadmapView {
    let state: RoadmapState
    let mayManage: Bool
    let context: AppContext

    static let detailRows = 4
    private var language: Language { context.language }

    func render(in area: Rect, buffer: inout Buffer, list: inout ListState) {
        buffer.fill(area)
        if let error = state.loadError {
            Paragraph(TextFitting.wrap(error, width: area.width).map { Line($0, style: .error) }).render(in: area, buffer: &buffer)
            return
        }
        guard let progress = state.progress else { return renderNotStarted(in: area, buffer: &buffer) }
        buffer.write(summary(progress), at: area.origin, clip: area)
        buffer.write(header(width: area.width), at: Point(x: area.x, y: area.y + 1), style: .header, clip: area)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 3 - Self.detailRows))
        List(items: progress.lines.map { item($0, width: area.width) }).render(in: body, buffer: &buffer, state: &list)
        if let index = list.selected, progress.lines.indices.contains(index) {
            let details = Rect(x: area.x, y: area.y + area.height - Self.detailRows, width: area.width, height: Self.detailRows)
            Paragraph(detailLines(progress.lines[index])).render(in: details, buffer: &buffer)
        }
    }

    private func summary(_ progress: RoadmapProgress) -> Line {
        let name = (try? RoadmapTemplate.builtIn(named: progress.templateID))?.shortName.text(in: language) ?? progress.templateID
        var spans = [Span(context.t("Шаблон: ", "Template: ")), Span(name, style: .emphasis),
                     Span(context.t(" · выполнено \(progress.doneCount) из \(progress.lines.count)",
                                    " · done \(progress.doneCount) of \(progress.lines.count)"))]
        if progress.overdueCount > 0 {
            spans.append(Span(context.t(" · просрочено \(progress.overdueCount)", " · overdue \(progress.overdueCount)"), style: .error))
        }
        return Line(spans)
    }

    static let numberWidth = 3, deadlineWidth = 10, statusWidth = 11

    private func titleWidth(_ width: Int) -> Int {
        max(10, width - Self.numberWidth - Self.deadlineWidth - Self.statusWidth - 3)
    }

    private func header(width: Int) -> String {
        row(context.t("№", "No"), context.t("Мероприятие", "Measure"), context.t("Срок", "Deadline"), context.t("Состояние", "Status"),
            width: width)
    }

    private func row(_ number: String, _ title: String, _ deadline: String, _ status: String, width: Int) -> String {
        TextFitting.fit(number, width: Self.numberWidth, alignment: .right) + " "
            + TextFitting.fit(title, width: titleWidth(width)) + " "
            + TextFitting.fit(deadline, width: Self.deadlineWidth) + " " + TextFitting.truncate(status, toWidth: Self.statusWidth)
    }

    private func item(_ line: RoadmapLine, width: Int) -> ListItem {
        let status: String
        if line.isOverdue {
            status = context.t("просрочено", "overdue")
        } else if line.status == .done {
            status = "✓ " + line.status.title.text(in: language)
        } else {
            status = line.status.title.text(in: language)
        }
        let title = (line.item.closesItself ? "◆ " : "") + line.item.title
        let text = row(String(line.item.position), title, line.item.deadline?.russian ?? "—", status, width: width)
        let style: StyleRole? = line.isOverdue ? .error : (line.status == .done ? .success : nil)
        return ListItem(text, style: style)
    }

    private func detailLines(_ line: RoadmapLine) -> [Line] {
        let item = line.item
        var lines = [
            Line([Span(item.stage + " · ", style: .dim), Span(context.t("ответственный: ", "responsible: ")), Span(item.responsible, style: .emphasis)]),
        ]
        if item.closesItself {
            lines.append(Line(context.t("◆ Показатель: ", "◆ Indicator: ") + line.statusText(language)))
        } else {
            let document = line.documentText.isEmpty ? context.t("не нужен", "none") : line.documentText
            lines.append(Line(context.t("Документ: ", "Document: ") + document))
        }
        lines.append(Line(context.t("Мероприятие: ", "Measure: ") + item.title, style: .dim))
        if let comment = item.comment { lines.append(Line(context.t("Комментарий: ", "Comment: ") + comment)) }
        return lines
    }

    private func renderNotStarted(in area: Rect, buffer: inout Buffer) {
        let text = mayManage
            ? context.t("Дорожная карта перехода на ББЖ ещё не начата. F4 — начать по шаблону: типовая карта КЧР, "
                        + "дорожная карта лицея Московской области или план-график школы Республики Крым. "
                        + "Пункты потом можно менять: сроки, ответственных, документы, комментарии.",
                        "The transition roadmap is not started yet. F4 starts it from a template (KChR, Moscow region, Crimea).")
            : context.t("Дорожная карта перехода на ББЖ ещё не начата: её начинает администратор или завуч.",
                        "The transition roadmap is not started yet: the administrator or the deputy starts it.")
        Paragraph(TextFitting.wrap(text, width: area.width - 2).map { Line($0) }).render(in: area.inset(horizontal: 1, vertical: 1), buffer: &buffer)
    }
}
