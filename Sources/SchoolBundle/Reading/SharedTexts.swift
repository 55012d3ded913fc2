/// One copy of each long text that many rows repeat. A huge school's
/// lessons.csv has 200,000 topics and 130,000 homeworks but only 25,000
/// different ones (parallel classes follow one plan, whose topics plans.csv
/// has too); each topic kept on its own was a tenth of the import's memory.
/// Texts of up to 15 bytes live inside the string value and are kept as they are.
struct SharedTexts {
    private var texts: Set<String> = []

    mutating func share(_ text: String?) -> String? {
        guard let text, text.utf8.count > 15 else { return text }
        return texts.insert(text).memberAfterInsert
    }
}
