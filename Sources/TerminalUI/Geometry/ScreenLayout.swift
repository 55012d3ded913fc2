/// The standard screen frame: a title row on top, then the body, a status line
/// and the function-key bar at the bottom. Every screen of an application uses it,
/// so the chrome sits in the same place everywhere.
public struct ScreenLayout: Sendable, Equatable {
    public var title: Rect
    public var body: Rect
    public var status: Rect
    public var functionBar: Rect

    public init(area: Rect) {
        title = area.top(1)
        functionBar = area.removingTop(1).bottom(1)
        status = area.removingTop(1).removingBottom(1).bottom(1)
        body = area.removingTop(1).removingBottom(2)
    }
}
