/// Who asks the store for personal data. Screens always ask as a signed-in user;
/// only the command line, run by the server's operator, asks as
/// `.serverOperator` — whoever can run zhurnal on the file could open it with
/// sqlite3 just as well, so the file's permissions are the guard there.
///
/// An explicit case rather than an optional user (as the writes take): a screen
/// that forgot to check for a sign-in must never read with the operator's rights.
public enum Requester: Hashable, Sendable {
    case serverOperator
    case user(ActingUser)
}
