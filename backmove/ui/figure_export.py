"""`backmove figures --out DIR`: every move's figure as PNG and SVG, and a contact sheet.

The pictures come from the same `render` the break window uses, so the docs show exactly what
the app shows. A static picture is the reduced-motion view: the key poses side by side.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from backmove.core.catalog import Catalog, Move, load_catalog
from backmove.resources import stretches_dir
from backmove.ui.figure import Theme, paint_picture, render_key_poses, theme_named

MOVE_SIZE = QSize(640, 360)
CELL = QSize(480, 300)
LABEL_H = 38


def _app() -> QGuiApplication:
    """Painting text needs a Qt application; make one when run from the command line."""
    app = QGuiApplication.instance()
    return app if isinstance(app, QGuiApplication) else QGuiApplication([])


def _shipped() -> Catalog:
    catalog, _ = load_catalog(stretches_dir())
    return catalog


def _paint_move(p: QPainter, rect: QRectF, move: Move, theme: Theme) -> None:
    p.fillRect(rect, QColor(theme.background))
    inner = rect.adjusted(rect.width() * 0.03, rect.height() * 0.04, -rect.width() * 0.03, 0)
    if move.figure is not None:
        render_key_poses(p, inner, move.figure, theme)
    elif move.image is not None:
        paint_picture(p, inner, str(move.image))


def save_png(move: Move, out: Path, theme: str = "light", size: QSize = MOVE_SIZE) -> Path:
    _app()
    image = QImage(size, QImage.Format.Format_ARGB32)
    p = QPainter(image)
    _paint_move(p, QRectF(0, 0, size.width(), size.height()), move, theme_named(theme))
    p.end()
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # format: str at run time, bytes in the stub
        raise OSError(f"could not write {out}")
    return out


def save_svg(move: Move, out: Path, theme: str = "light", size: QSize = MOVE_SIZE) -> Path:
    _app()
    gen = QSvgGenerator()
    gen.setFileName(str(out))
    gen.setSize(size)
    gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
    gen.setTitle(f"{move.id} {move.name}")
    gen.setDescription(" ".join(move.cues))
    p = QPainter(gen)
    _paint_move(p, QRectF(0, 0, size.width(), size.height()), move, theme_named(theme))
    p.end()
    return out


def export_figures(
    out_dir: Path, theme: str = "light", catalog: Catalog | None = None
) -> list[Path]:
    """Write <id>.png and <id>.svg for every move; returns the files written."""
    catalog = catalog if catalog is not None else _shipped()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for move in catalog:
        written.append(save_png(move, out_dir / f"{move.id}.png", theme))
        written.append(save_svg(move, out_dir / f"{move.id}.svg", theme))
    return written


def contact_sheet(
    out: Path, theme: str = "light", catalog: Catalog | None = None, columns: int = 4
) -> Path:
    """One PNG with every move in a grid, each under its id and name."""
    _app()
    catalog = catalog if catalog is not None else _shipped()
    look = theme_named(theme)
    moves = list(catalog)
    rows = max(1, (len(moves) + columns - 1) // columns)
    image = QImage(CELL.width() * columns, CELL.height() * rows, QImage.Format.Format_ARGB32)
    image.fill(QColor(look.background))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    font = QFont()
    font.setPixelSize(17)
    for i, move in enumerate(moves):
        x = (i % columns) * CELL.width()
        y = (i // columns) * CELL.height()
        cell = QRectF(x, y, CELL.width(), CELL.height())
        _paint_move(p, cell.adjusted(8, LABEL_H, -8, -8), move, look)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(look.highlight))
        label = QRectF(x + 14, y + 8, CELL.width() - 28, LABEL_H - 8)
        p.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, move.id)
        font.setBold(False)
        p.setFont(font)
        p.setPen(QColor(look.text))
        p.drawText(
            label.adjusted(48, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            move.name,
        )
    p.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # format: str at run time, bytes in the stub
        raise OSError(f"could not write {out}")
    return out
