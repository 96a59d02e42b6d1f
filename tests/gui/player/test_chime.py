"""The soft chime: made by us, off by default, and silent (never noisy in the log or the test
run) where there is no sound."""

from __future__ import annotations

import io
import itertools
import wave

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from backmove.ui.kit.chime import CHIME_NOTES, CHIME_RATE, Chime, chime_wav


def sound_effects(app: QApplication) -> list[QObject]:
    return [o for o in app.findChildren(QObject) if o.metaObject().className() == "QSoundEffect"]


def samples(data: bytes) -> tuple[tuple[int, int, int], list[int]]:
    """(channels, sample width, rate) and the samples."""
    with wave.open(io.BytesIO(data), "rb") as reader:
        shape = (reader.getnchannels(), reader.getsampwidth(), reader.getframerate())
        raw = reader.readframes(reader.getnframes())
    values = [int.from_bytes(raw[i : i + 2], "little", signed=True) for i in range(0, len(raw), 2)]
    return shape, values


def crossings(values: list[int]) -> int:
    return sum(1 for a, b in itertools.pairwise(values) if a < 0 <= b)


def test_the_chime_is_a_short_soft_two_note_wav() -> None:
    shape, values = samples(chime_wav(CHIME_NOTES["start"]))
    assert shape == (1, 2, CHIME_RATE)
    assert 0.5 < len(values) / CHIME_RATE < 2.0
    peak = max(abs(v) for v in values)
    assert 0.1 * 32767 < peak < 0.5 * 32767  # heard, never harsh
    assert abs(values[0]) < 0.01 * 32767 and abs(values[-1]) < 0.01 * 32767  # no clicks
    # Rising: the first note alone, then the higher second one rings over its fading end.
    first = crossings(values[: CHIME_RATE // 5]) / 0.2
    late = crossings(values[int(0.5 * CHIME_RATE) : int(0.7 * CHIME_RATE)]) / 0.2
    assert abs(first - CHIME_NOTES["start"][0]) < 30
    assert late > first + 100


def test_the_chime_is_off_by_default(player, qapp: QApplication) -> None:
    before = len(sound_effects(qapp))
    window = player(("S1",))
    window.next_button.click()
    assert window.chime is None
    assert len(sound_effects(qapp)) == before


def test_with_sound_on_a_missing_audio_stack_stays_silent(player, qapp: QApplication) -> None:
    # With no audio output here the chime stays silent; qt_log_level_fail and
    # filterwarnings=error make any leaked message fail this test.
    window = player(("S1",), sound=True)
    assert window.chime is Chime.shared()
    window.next_button.click()
    if not window.chime.available:
        assert sound_effects(qapp) == []
