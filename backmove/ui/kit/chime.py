"""The soft chime at the start and end of a break, made by us rather than shipped.

The break and the walk windows ring it when sound is on. The sound is synthesised on first use
into a temporary folder (removed at exit), so there is no audio file to package or license.
"""

from __future__ import annotations

import atexit
import io
import logging
import math
import shutil
import struct
import tempfile
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QUrl, qInstallMessageHandler

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

_log = logging.getLogger(__name__)

CHIME_RATE = 44100
CHIME_NOTES: dict[str, tuple[float, float]] = {
    "start": (659.25, 880.0),  # E5 then A5: rising, "let's go"
    "end": (880.0, 659.25),  # and falling back: "done"
}


def chime_wav(notes: tuple[float, float], rate: int = CHIME_RATE) -> bytes:
    """A soft two-note chime as 16-bit mono WAV bytes.

    Each note is a sine with a little octave overtone, a short fade in and a bell-like decay;
    the second starts while the first rings. The whole fades to silence, peaking well under
    full scale, so it is noticed without startling.
    """
    length = 1.1
    second_at = 0.22
    n = int(length * rate)
    frames = bytearray()
    for i in range(n):
        t = i / rate
        v = _bell(t, notes[0]) + (_bell(t - second_at, notes[1]) if t >= second_at else 0.0)
        fade_out = min(1.0, (length - t) / 0.12)
        frames += struct.pack("<h", round(v * fade_out * 0.3 * 32767))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out.getvalue()


def _bell(t: float, freq: float) -> float:
    attack = min(1.0, t / 0.012)
    envelope = attack * math.exp(-t * 4.2)
    return (
        envelope
        * (math.sin(2 * math.pi * freq * t) + 0.18 * math.sin(4 * math.pi * freq * t))
        / 1.18
    )


@contextmanager
def _qt_messages_to_log() -> Iterator[None]:
    """Qt's own chatter while the multimedia backend starts (missing libraries, no sound
    server) goes to our debug log, not to the user or the test run."""

    def handler(kind: Any, context: Any, message: str) -> None:
        _log.debug("Qt multimedia (%s): %s", getattr(context, "category", ""), message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


class Chime:
    """The soft chime at the start and end of a break, made by us on first use.

    One for the whole application, its sound effects children of the application so an end
    chime rings on after its window is gone. QtMultimedia is imported only here, only when
    sound is on; without it, or without an audio output, the chime stays silent.
    """

    _shared: ClassVar[Chime | None] = None
    _folder: ClassVar[Path | None] = None

    def __init__(self) -> None:
        self._effects: dict[str, QSoundEffect] = {}
        self.available = False
        app = QCoreApplication.instance()
        if app is None:
            return
        with _qt_messages_to_log():
            try:
                from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
            except (ImportError, OSError) as exc:
                _log.debug("no chime: QtMultimedia unavailable (%s)", exc)
                return
            if not QMediaDevices.audioOutputs():
                _log.debug("no chime: no audio output")
                return
            folder = self._sound_folder()
            for which, notes in CHIME_NOTES.items():
                file = folder / f"chime-{which}.wav"
                if not file.exists():
                    file.write_bytes(chime_wav(notes))
                effect = QSoundEffect(app)
                effect.setSource(QUrl.fromLocalFile(str(file)))
                effect.setVolume(0.6)
                self._effects[which] = effect
        self.available = True

    @classmethod
    def shared(cls) -> Chime:
        if cls._shared is None:
            cls._shared = Chime()
        return cls._shared

    @classmethod
    def _sound_folder(cls) -> Path:
        if cls._folder is None:
            cls._folder = Path(tempfile.mkdtemp(prefix="backmove-sound-"))
            atexit.register(shutil.rmtree, cls._folder, ignore_errors=True)
        return cls._folder

    def play(self, which: str) -> None:
        """`which` is "start" or "end"."""
        effect = self._effects.get(which)
        if effect is not None:
            with _qt_messages_to_log():
                effect.play()
