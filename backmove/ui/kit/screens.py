"""Which screen a window opens on, how big it may be there, and what happens when screens
come and go.

A break, a question or a card is meant for the user where they are working now, and that is
the screen under the mouse pointer, not the primary one: someone working on a laptop's second
monitor would otherwise never see the prompt. Every window backmove opens by itself is placed
here, by one rule (`screen_for_now`), sized to the available part of that screen (what the
panels and docks leave), so that no button ends up off-screen.

Screens are plugged in and out while the app runs. A window placed here follows that
(`follow`): one whose screen goes away moves to a screen that remains, and a full-screen break
dims exactly the screens there are now.

The arithmetic (`pick`, `frame_in`, `fitted`) works on plain rectangles, so it is tested
without real screens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QLayout, QStackedWidget, QWidget

FRAME_ALLOWANCE = QSize(16, 48)
"""Room a window manager's frame (title bar, borders) takes around a decorated window, guessed
before the window is shown: the available geometry includes the frame, the window size does
not."""

NORMAL_SHARE = 0.94
"""How much of the available area a break window that is not full screen may take."""


class Spot(Enum):
    """Where on its screen a window goes."""

    CENTRE = "centre"
    TOP_RIGHT = "top-right"
    """The prompt: near the tray, out of the way of what the user is typing."""
    BOTTOM_RIGHT = "bottom-right"
    """The end-of-day card: where notifications come, out of the way."""


_MARGINS = {
    Spot.CENTRE: (0, 0),
    Spot.TOP_RIGHT: (24, 48),
    Spot.BOTTOM_RIGHT: (16, 16),
}
"""(right, top or bottom) distance from the edge of the available area."""


# --- the arithmetic ------------------------------------------------------------------------


def pick(areas: Sequence[QRect], pointer: QPoint) -> int | None:
    """The index of the screen (by its geometry) that holds `pointer`, as
    `QGuiApplication.screenAt` answers it; None when the pointer is on none of them."""
    for i, area in enumerate(areas):
        if area.contains(pointer):
            return i
    return None


def fitted(size: QSize, area: QSize) -> QSize:
    """`size`, made no larger than `area` in either direction."""
    return QSize(min(size.width(), area.width()), min(size.height(), area.height()))


def frame_in(size: QSize, area: QRect, spot: Spot) -> QRect:
    """Where a window of `size` goes in `area` (a screen's available geometry): at `spot`,
    shrunk to fit, and never past an edge."""
    s = fitted(size, area.size())
    w, h = s.width(), s.height()
    side, edge = _MARGINS[spot]
    if spot is Spot.CENTRE:
        x = area.x() + (area.width() - w) // 2
        y = area.y() + (area.height() - h) // 2
    elif spot is Spot.TOP_RIGHT:
        x = area.x() + area.width() - w - side
        y = area.y() + edge
    else:
        x = area.x() + area.width() - w - side
        y = area.y() + area.height() - h - edge
    x = max(area.x(), min(x, area.x() + area.width() - w))
    y = max(area.y(), min(y, area.y() + area.height() - h))
    return QRect(x, y, w, h)


# --- the screens there are -----------------------------------------------------------------


def screen_for_now(avoid: QScreen | None = None) -> QScreen | None:
    """The screen the user is working on: the one holding the mouse pointer, else the primary
    screen (`avoid`, a screen going away, is never the answer). None only with no screen."""
    screens = [s for s in QGuiApplication.screens() if s is not avoid]
    at = pick([s.geometry() for s in screens], QCursor.pos())
    if at is not None:
        return screens[at]
    primary = QGuiApplication.primaryScreen()
    if primary is not None and primary is not avoid:
        return primary
    return screens[0] if screens else None


def _frame_allowance(window: QWidget) -> QSize:
    if window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        return QSize(0, 0)
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        return QSize(outer.width() - inner.width(), outer.height() - inner.height())
    return FRAME_ALLOWANCE


def fit_to_screen(
    window: QWidget,
    preferred: QSize,
    *,
    screen: QScreen | None = None,
    area: QRect | None = None,
    spot: Spot = Spot.CENTRE,
) -> QRect:
    """Size `window` to `preferred` or the available area of its screen, whichever is
    smaller, lower its minimum size to fit too, and move it to `spot` there. Returns the
    window's new geometry. `area` stands in for the screen's available geometry (tests)."""
    if area is None:
        screen = screen or screen_for_now()
        if screen is None:
            window.resize(preferred)
            return window.geometry()
        window.setScreen(screen)
        area = screen.availableGeometry()
    extra = _frame_allowance(window)
    room = QSize(max(1, area.width() - extra.width()), max(1, area.height() - extra.height()))
    least = window.minimumSize()
    if least != fitted(least, room):
        # Only a minimum that cannot fit is lowered: setting one freezes what a layout would
        # otherwise keep up to date itself.
        window.setMinimumSize(fitted(least, room))
    frame = frame_in(preferred, QRect(area.topLeft(), room), spot)
    window.resize(frame.size())
    window.move(frame.topLeft())
    return window.geometry()


def needed_height(window: QWidget) -> int:
    """The height `window` needs at its width to show all its words without scrolling.

    Wrapped words and a scrolled part (`widgets.Scroller`) need more height at a narrower
    width, so the window is laid out at its width first (every page of a stack too, as each
    page takes the same place), then measured; a window does not grow for wrapped text by
    itself."""
    window.ensurePolished()
    for child in window.findChildren(QWidget):
        # Parts built before they joined the window were measured in another style; their
        # layouts would answer from those sizes until the event loop next runs.
        child.ensurePolished()
        inner = child.layout()
        if inner is not None:
            _forget_sizes(inner)
        child.updateGeometry()
    layout = window.layout()
    if layout is None:
        return window.sizeHint().height()
    _forget_sizes(layout)
    _lay_out(window)
    for child in window.findChildren(QWidget):
        child.updateGeometry()  # measured again at the width it has now
    _forget_sizes(layout)
    at_width = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    need = max(at_width, layout.totalSizeHint().height())
    # A stack asks only its pages with a height for width; a page whose words all scroll has
    # none, only its size hint, and is measured here, with what lies around the stack.
    for stack in window.findChildren(QStackedWidget):
        around = window.height() - stack.height()
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is not None and not page.hasHeightForWidth():
                need = max(need, page.sizeHint().height() + around)
    return need


def _lay_out(widget: QWidget) -> None:
    """Lay `widget` and what it holds out now, top down: a hidden window is not laid out
    again by being resized, nor are the pages of a stack that are not showing."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    if isinstance(widget, QStackedWidget):
        for i in range(widget.count()):
            page = widget.widget(i)
            if page is not None:
                page.setGeometry(widget.contentsRect())
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            _lay_out(child)


def _forget_sizes(layout: QLayout) -> None:
    """Drop what `layout` and the layouts inside it remember of their items' sizes."""
    layout.invalidate()
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None:
            _forget_sizes(inner)


# --- following screens as they come and go -------------------------------------------------


class ScreenFollower(QObject):
    """Places its window again when screens are added or removed, while the window is shown.

    `arrange(screen)` puts the window on `screen`; it is called with the screen the window is
    on, or, when that screen went away, with the screen for now among those that remain.
    """

    NAME = "screen-follower"

    def __init__(self, window: QWidget, arrange: Callable[[QScreen], None]) -> None:
        super().__init__(window)
        self.setObjectName(self.NAME)
        self._window = window
        self._arrange = arrange
        self.screen: QScreen | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.screen_added)
            app.screenRemoved.connect(self.screen_removed)

    def place(self, screen: QScreen) -> None:
        self.screen = screen
        self._arrange(screen)

    def screen_added(self, screen: QScreen) -> None:
        """A new screen: the window stays where it is, but is arranged again (a full-screen
        break dims the new screen too)."""
        del screen
        if self._window.isVisible() and self.screen is not None:
            self.place(self.screen)

    def screen_removed(self, screen: QScreen) -> None:
        """A screen went away: the window leaves it for one that remains; either way it is
        arranged again, since the set of screens to dim changed."""
        if not self._window.isVisible():
            return
        target = self.screen if self.screen is not None and self.screen is not screen else None
        target = target or screen_for_now(avoid=screen)
        if target is not None:
            self.place(target)


def follow(window: QWidget, arrange: Callable[[QScreen], None]) -> QScreen | None:
    """Arrange `window` on the screen for now and keep it arranged as screens come and go.
    A window placed again gets a fresh follower, not a second one. Returns the screen."""
    old = window.findChild(ScreenFollower, ScreenFollower.NAME)
    if old is not None:
        old.setParent(None)
        old.deleteLater()
    screen = screen_for_now()
    if screen is None:
        return None
    ScreenFollower(window, arrange).place(screen)
    return screen


def put(window: QWidget, spot: Spot, size: QSize | None = None) -> None:
    """Show `window` at `spot` on the screen for now, at most as large as that screen's
    available area, following screens as they come and go. Does not activate it."""

    def arrange(screen: QScreen) -> None:
        fit_to_screen(window, size or window.size(), screen=screen, spot=spot)

    follow(window, arrange)
    window.show()


# --- full screen breaks ----------------------------------------------------------------------


class ScreenDimmer(QWidget):
    """A dark veil over one of the other screens while a break is full screen."""

    def __init__(self, screen: QScreen, colour: str) -> None:
        super().__init__(
            None,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.Tool
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAccessibleName(self.tr("Dimmed screen"))
        self._colour = QColor(colour)
        self.setWindowOpacity(0.82)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = QPainter(self)
        p.fillRect(self.rect(), self._colour)
        p.end()


def place(window: QWidget, full_screen: bool, size: QSize, dim: str) -> list[ScreenDimmer]:
    """Show a break window on the screen for now: full screen with every other screen
    dimmed, or as a normal window of about `size`, centred. Returns the dimmers (close them
    with it); the list is kept up to date in place as screens come and go."""
    dimmers: list[ScreenDimmer] = []

    def arrange(screen: QScreen) -> None:
        for dimmer in dimmers:
            dimmer.close()
            dimmer.deleteLater()
        dimmers.clear()
        if full_screen:
            if window.isFullScreen() and window.screen() is not screen:
                window.showNormal()  # a full-screen window moves only once it is normal
            window.setScreen(screen)
            window.setGeometry(screen.geometry())
            window.showFullScreen()
            for other in QGuiApplication.screens():
                if other is not screen:
                    dimmer = ScreenDimmer(other, dim)
                    dimmer.showFullScreen()
                    dimmers.append(dimmer)
        else:
            area = screen.availableGeometry()
            most = QSize(int(area.width() * NORMAL_SHARE), int(area.height() * NORMAL_SHARE))
            size_now = fitted(size, most)
            # Taller when larger text (or a taller font) needs it, as far as the screen allows.
            window.resize(size_now.width(), window.height())
            size_now.setHeight(max(size_now.height(), needed_height(window)))
            fit_to_screen(window, size_now, screen=screen)
            window.showNormal()

    if follow(window, arrange) is None:
        window.resize(size)
        window.show()
        return []
    window.raise_()
    window.activateWindow()
    return dimmers
