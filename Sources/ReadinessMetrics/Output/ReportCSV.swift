import JournalCore

/// The report as CSV: one row per week and indicator (comma-separated, a point
/// for decimals, UTF-8), or one row per group and indicator for a breakdown.
public enum ReportCSV {
    public static func render(_ report: ReadinessReport) -> String {
        var rows = ["week,from,to,complete,key,numerator,denominator,value,threshold,met"]
        for week in report.weeks {
            for value in week.indicators {
                rows.append([week.week.label, week.week.from.iso, week.week.to.iso, String(week.week.isComplete),
                             value.key.rawValue, String(value.ratio.numerator), String(value.ratio.denominator),
                             value.ratio.decimalText ?? "", value.threshold?.text ?? "", String(value.met)].joined(separator: ","))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    public static func render(_ breakdown: ReportBreakdown) -> String {
        var rows = ["by,id,name,key,numerator,denominator,value,threshold,met"]
        for (key, groupRows) in breakdown.rows {
            for row in groupRows {
                rows.append([breakdown.dimension.rawValue, String(row.group.rawID), field(row.name), key.rawValue,
                             String(row.ratio.numerator), String(row.ratio.denominator), row.ratio.decimalText ?? "",
                             row.threshold?.text ?? "", String(row.met)].joined(separator: ","))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Shortfall items: their kind, lesson (when there is one) and description.
    public static func render(_ items: [ShortfallItem]) -> String {
        var rows = ["kind,lesson_id,text"]
        for item in items {
            rows.append([item.kindKey, item.lessonID.map { String($0.rawValue) } ?? "",
                         field(ShortfallText.line(item))].joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
