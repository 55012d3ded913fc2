import Documents
import JournalCore

/// «Реквизиты доступа»: a sheet of cut-out slips, one per student and parent
/// of a class, that the class teacher hands out on paper. Each slip says the
/// school, whose it is, the login, the one-time code and where to sign in.
/// The codes on it are the only copy: the store keeps their hashes.
public enum AccessSlips {
    /// The default words of «where to sign in» when the school set none.
    public static let defaultSignInPlace = "электронный журнал школы (программа zhurnal, ПК в школе или вход по SSH)"

    public static func document(_ sheet: AccessSlipSheet, signInPlace: String = defaultSignInPlace,
                                footer: DocumentFooter) -> Document {
        var document = Document(title: "Реквизиты доступа к электронному журналу",
                                subtitle: "\(sheet.schoolName) · класс \(sheet.className) · листков: \(sheet.slips.count)",
                                footer: footer)
        document.blocks.append(.paragraph("Разрежьте лист по пунктирным линиям и раздайте каждому его листок лично. "
            + "Код действует один раз: при первом входе журнал попросит придумать свой пароль. "
            + "Выданные ранее коды этих учётных записей больше не действуют."))
        document.blocks.append(.cards(sheet.slips.map { card($0, sheet, signInPlace) }))
        return document
    }

    static func card(_ slip: IssuedCode, _ sheet: AccessSlipSheet, _ signInPlace: String) -> DocumentCard {
        let who: [String]
        switch slip.holder {
        case .student: who = ["Ученик: \(slip.fullName)"]
        case .parent(let children): who = ["Родитель: \(slip.fullName)"] + (children.isEmpty ? [] : ["Ребёнок: \(children)"])
        case .staff: who = ["Сотрудник: \(slip.fullName)"]
        }
        return DocumentCard(lines: ["\(sheet.schoolName) · \(sheet.className)"] + who + [
            "Логин: \(slip.login)",
            "Одноразовый код: \(slip.code)",
            "Где войти: \(signInPlace)",
        ])
    }

    /// The file name in the user's reports folder: «реквизиты-7А-2026-12-02.pdf».
    public static func fileName(className: String, on day: SchoolDate) -> String {
        "реквизиты-\(className)-\(day.iso).pdf"
    }
}
