import JournalCore

/// One CSV file being written into memory: RFC 4180, a field quoted only when it
/// holds a comma, a quote or a line break. Dates and times are written digit by
/// digit, without building strings, because a big school has a million of them.
struct CSVOutput {
    private(set) var bytes: [UInt8] = []
    private let lineEnd: [UInt8]
    private var isRowStart = true

    /// `excel`: a BOM and CRLF line ends, so that spreadsheet programs open the
    /// file as UTF-8 rather than in the system's 8-bit code page.
    init(header: [String], excel: Bool) {
        lineEnd = excel ? [13, 10] : [10]
        if excel { bytes.append(contentsOf: FileText.byteOrderMark) }
        for name in header { text(name) }
        endRow()
    }

    mutating func endRow() {
        bytes.append(contentsOf: lineEnd)
        isRowStart = true
    }

    mutating func text(_ value: String?) {
        separate()
        guard let value else { return }
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(34)
        for byte in utf8 {
            if byte == 34 { bytes.append(34) }
            bytes.append(byte)
        }
        bytes.append(34)
    }

    mutating func number(_ value: Int) {
        separate()
        appendDecimal(value)
    }

    mutating func optionalNumber(_ value: Int?) {
        guard let value else { return separate() }
        number(value)
    }

    mutating func flag(_ value: Bool) {
        separate()
        bytes.append(value ? 49 : 48)
    }

    /// `YYYY-MM-DD`
    mutating func date(_ value: SchoolDate?) {
        separate()
        guard let value else { return }
        appendDate(value)
    }

    /// `HH:MM`
    mutating func time(_ value: TimeOfDay) {
        separate()
        appendPadded(value.hour, 2)
        bytes.append(58)
        appendPadded(value.minute, 2)
    }

    /// `YYYY-MM-DDTHH:MM:SS`, the school's wall clock.
    mutating func timestamp(_ value: SchoolTime?) {
        separate()
        guard let value else { return }
        appendDate(value.date)
        bytes.append(84)
        let second = value.secondOfDay
        appendPadded(second / 3600, 2)
        bytes.append(58)
        appendPadded(second / 60 % 60, 2)
        bytes.append(58)
        appendPadded(second % 60, 2)
    }

    private mutating func separate() {
        if isRowStart { isRowStart = false } else { bytes.append(44) }
    }

    private mutating func appendDate(_ date: SchoolDate) {
        let (year, month, day) = date.components
        appendPadded(year, 4)
        bytes.append(45)
        appendPadded(month, 2)
        bytes.append(45)
        appendPadded(day, 2)
    }

    private mutating func appendPadded(_ value: Int, _ width: Int) {
        var digits = 1
        var rest = abs(value) / 10
        while rest > 0 { digits += 1; rest /= 10 }
        if value < 0 { bytes.append(45) }
        for _ in digits..<max(width, digits) { bytes.append(48) }
        appendDigits(abs(value), digits)
    }

    private mutating func appendDecimal(_ value: Int) {
        appendPadded(value, 1)
    }

    private mutating func appendDigits(_ value: Int, _ count: Int) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
