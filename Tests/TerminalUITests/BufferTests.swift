import Testing
@testable import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test func cyrillicAndLatinTakeOneColumn() {
        #expect(DisplayWidth.of("Журнал") == 6)
        #expect(DisplayWidth.of("Ёё Йй") == 5)
        #expect(DisplayWidth.of("abc") == 3)
    }

    @Test func cjkAndEmojiTakeTwoColumns() {
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("한") == 2)
    }

    @Test func combiningMarksTakeNoColumn() {
        let decomposedShortI = "и\u{0306}"
        #expect(decomposedShortI.count == 1)
        #expect(DisplayWidth.of(decomposedShortI) == 1)
        #expect(DisplayWidth.of("Ё́жик") == 4)
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
    }

    @Test func controlCharactersAreShownAsReplacement() {
        #expect(DisplayWidth.printable("\u{1B}") == DisplayWidth.replacement)
        #expect(DisplayWidth.printable("\u{7}") == DisplayWidth.replacement)
        #expect(DisplayWidth.printable("ж") == "ж")
        #expect(DisplayWidth.of(Character("\u{1B}")) == 1)
    }
}

@Suite("Buffer")
struct BufferTests {
    @Test func writesCyrillicOneCellPerLetter() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let end = buffer.write("Пётр", at: Point(x: 1, y: 0), style: .header)
        #expect(end == 5)
        #expect(buffer.lines() == [" Пётр     "])
        #expect(buffer[2, 0].grapheme == "ё")
        #expect(buffer[2, 0].style == .header)
        #expect(buffer[5, 0].style == .normal)
    }

    @Test func wideCharacterTakesACellAndAContinuation() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.write("a中b", at: .zero)
        #expect(buffer[1, 0].grapheme == "中")
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].grapheme == "b")
        #expect(buffer.lines() == ["a中b  "])
    }

    @Test func combiningMarkStaysWithItsLetter() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.write("Ё́жик", at: .zero)
        #expect(buffer[0, 0].grapheme == "Ё́")
        #expect(buffer[1, 0].grapheme == "ж")
        #expect(buffer.lines() == ["Ё́жик  "])
    }

    @Test func controlCharactersNeverReachACell() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.write("a\u{1B}[2Jb", at: .zero)
        #expect(buffer.cells.allSatisfy { !DisplayWidth.isControl($0.grapheme.unicodeScalars.first!.value) })
        #expect(buffer.lines() == ["a\u{FFFD}[2Jb"])
    }

    @Test func clipsToTheRectangleAndTheBuffer() {
        var buffer = Buffer(size: Size(width: 8, height: 2))
        buffer.write("Здравствуйте", at: Point(x: 0, y: 0), clip: Rect(x: 2, y: 0, width: 4, height: 1))
        buffer.write("Привет", at: Point(x: 5, y: 1))
        buffer.write("вне", at: Point(x: 0, y: 5))
        #expect(buffer.lines() == ["  равс  ", "     При"])
    }

    @Test func wideCharacterThatDoesNotFitIsNotHalfDrawn() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("ab中", at: Point(x: 1, y: 0))
        #expect(buffer.lines() == [" ab "])
        var clipped = Buffer(size: Size(width: 4, height: 1))
        clipped.write("中x", at: Point(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(clipped.lines() == ["  x "])
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        buffer.write("中文", at: .zero)
        buffer.write("x", at: Point(x: 1, y: 0))
        #expect(buffer.lines() == [" x文 "])
        buffer.write("y", at: Point(x: 2, y: 0))
        #expect(buffer.lines() == [" xy  "])
        #expect(!buffer.cells.contains { $0.isContinuation })
    }

    @Test func fillAndSetStyleCoverOnlyTheRectangle() {
        var buffer = Buffer(size: Size(width: 4, height: 3))
        buffer.fill(Rect(x: 1, y: 1, width: 9, height: 1), with: "#", style: .warning)
        #expect(buffer.lines() == ["    ", " ###", "    "])
        buffer.setStyle(.error, in: Rect(x: 0, y: 1, width: 2, height: 1))
        #expect(buffer[0, 1].style == .error && buffer[1, 1].style == .error)
        #expect(buffer[1, 1].grapheme == "#")
        #expect(buffer[2, 1].style == .warning)
    }

    @Test func pasteCopiesAnotherBufferClipped() {
        var small = Buffer(size: Size(width: 3, height: 1))
        small.write("дом", at: .zero, style: .title)
        var big = Buffer(size: Size(width: 4, height: 2))
        big.paste(small, at: Point(x: 2, y: 1))
        #expect(big.lines() == ["    ", "  до"])
        #expect(big[2, 1].style == .title)
    }
}

@Suite("Buffer diff")
struct BufferDiffTests {
    @Test func everythingChangesWithoutAPreviousFrame() {
        let buffer = Buffer(size: Size(width: 3, height: 2))
        let runs = buffer.changedRuns(since: nil)
        #expect(runs.count == 2)
        #expect(runs.map(\.cells.count) == [3, 3])
    }

    @Test func aSizeChangeRedrawsEverything() {
        let old = Buffer(size: Size(width: 3, height: 2))
        let new = Buffer(size: Size(width: 4, height: 2))
        #expect(new.changedCellCount(since: old) == 8)
    }

    @Test func identicalFramesChangeNothing() {
        var buffer = Buffer(size: Size(width: 20, height: 5))
        buffer.write("Иванов 5 4", at: Point(x: 2, y: 2))
        #expect(buffer.changedRuns(since: buffer).isEmpty)
    }

    @Test func onlyChangedCellsFormRuns() {
        var old = Buffer(size: Size(width: 10, height: 2))
        old.write("абвгдежзий", at: .zero)
        var new = old
        new.write("ЖЗ", at: Point(x: 2, y: 0))
        new.write("к", at: Point(x: 7, y: 0))
        new.write("x", at: Point(x: 0, y: 1))
        let runs = new.changedRuns(since: old)
        #expect(runs == [
            CellRun(origin: Point(x: 2, y: 0), cells: [Cell("Ж"), Cell("З")]),
            CellRun(origin: Point(x: 7, y: 0), cells: [Cell("к")]),
            CellRun(origin: Point(x: 0, y: 1), cells: [Cell("x")]),
        ])
    }

    @Test func aStyleChangeIsAChange() {
        var old = Buffer(size: Size(width: 4, height: 1))
        old.write("5", at: .zero)
        var new = Buffer(size: Size(width: 4, height: 1))
        new.write("5", at: .zero, style: .selected)
        #expect(new.changedRuns(since: old).map(\.origin) == [.zero])
    }

    @Test func aRunNeverStartsOnTheRightHalfOfAWideCharacter() {
        var old = Buffer(size: Size(width: 4, height: 1))
        old.write("中", at: .zero, style: .normal)
        var new = Buffer(size: Size(width: 4, height: 1))
        new.write("中", at: .zero, style: .normal)
        new.setStyle(.selected, in: Rect(x: 1, y: 0, width: 1, height: 1))
        let runs = new.changedRuns(since: old)
        #expect(runs.first?.origin == .zero)
        #expect(runs.first?.text == "中")
    }
}
