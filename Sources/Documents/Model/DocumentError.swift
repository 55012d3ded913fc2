/// Why a document could not be written. The caller words it for the user.
public enum DocumentError: Error, Equatable, Sendable {
    case cannotWrite(path: String, reason: String)
    case printerFailed(status: Int32, message: String)

    /// Russian first, as every message of the journal.
    public var russian: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "не удалось записать файл «\(path)»: \(reason); прежний файл, если был, не изменён"
        case .printerFailed(let status, let message):
            "принтер не принял задание (lp, код \(status))" + (message.isEmpty ? "" : ": \(message)")
        }
    }

    public var english: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "cannot write \"\(path)\": \(reason); the previous file, if any, is unchanged"
        case .printerFailed(let status, let message):
            "the printer refused the job (lp, status \(status))" + (message.isEmpty ? "" : ": \(message)")
        }
    }
}
