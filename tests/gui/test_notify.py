"""Heads-up messages reach the user by the first way that works, and never crash the app."""

from __future__ import annotations

import pytest

from backmove.platform.notify import CallableNotifier, NotifierChain, PlyerNotifier
from backmove.ui.toast import Toast


class Broken:
    name = "broken"

    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str) -> None:
        raise RuntimeError("the notification daemon fell over")


def test_a_failing_notifier_hands_over_to_the_next(qtbot) -> None:
    toast = Toast(timeout_ms=60000)
    qtbot.addWidget(toast)
    chain = NotifierChain([Broken(), CallableNotifier("toast", lambda: True, toast.show_message)])
    assert chain.notify("Break in 30 s", "A 2-min stretch is coming up.") == "toast"
    assert toast.isVisible()
    assert toast.title.text() == "Break in 30 s"


def test_an_unavailable_notifier_is_not_tried(qtbot) -> None:
    tried: list[str] = []
    chain = NotifierChain(
        [
            CallableNotifier("tray", lambda: False, lambda t, b: tried.append("tray")),
            CallableNotifier("toast", lambda: True, lambda t, b: tried.append("toast")),
        ]
    )
    assert chain.notify("t", "b") == "toast"
    assert tried == ["toast"]


def test_plyer_is_skipped_without_a_notification_service() -> None:
    plyer = PlyerNotifier(service_present=lambda: False)
    assert not plyer.available()
    assert NotifierChain([plyer]).notify("t", "b") is None


def test_plyer_whose_probe_raises_counts_as_unavailable() -> None:
    def boom() -> bool:
        raise OSError("no bus")

    assert not PlyerNotifier(service_present=boom).available()


def test_plyer_with_nothing_to_call_falls_through_without_a_warning(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No dbus-python and no notify-send: plyer warns, then raises. With warnings as errors,
    # a leaked UserWarning would fail this test; the raise must hand over to the toast.
    monkeypatch.setenv("PATH", "")
    shown: list[str] = []
    chain = NotifierChain(
        [
            PlyerNotifier(service_present=lambda: True),
            CallableNotifier("toast", lambda: True, lambda t, b: shown.append(t)),
        ]
    )
    assert chain.notify("Break soon", "b") == "toast"
    assert shown == ["Break soon"]


def test_the_toast_goes_away_by_itself(qtbot) -> None:
    toast = Toast(timeout_ms=50)
    qtbot.addWidget(toast)
    toast.show_message("Break", "Now")
    qtbot.waitUntil(lambda: not toast.isVisible(), timeout=3000)
