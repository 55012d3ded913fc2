extension String {
    /// A number written with a decimal point («4.33», «0.5») as a Russian
    /// reader writes it: «4,33», «0,5». For what the screens and the printed
    /// figures show; files and JSON keep the point.
    public var withDecimalComma: String { String(map { $0 == "." ? "," : $0 }) }
}
