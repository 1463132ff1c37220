"""Personas in and out of the persona manager: photos, avatars, clipboard, drag and drop.

- Photos: any image QImageReader can read, scaled to at most 256 x 256 and embedded as
  base64 PNG within :data:`MAX_PHOTO_BYTES`; broken or oversized files raise
  :class:`PhotoError` with a message that names the file.
- Clipboard: ``application/x-journeymap-personas`` holds JSON records (plus plain text);
  pasting gives fresh ids to personas whose id is taken.
- Drag: :func:`personas_mime` also carries the ids as :data:`~journeymap.ui.persona_drag.PERSONA_MIME`,
  which the canvas reads (:mod:`journeymap.ui.persona_drag`).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QImageWriter, QPainter, QPainterPath, QPixmap

from journeymap.model.elements import MAX_PHOTO_BYTES, Persona
from journeymap.model.ids import new_id
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Operation
from journeymap.model.persona_look import initials
from journeymap.ui.persona_drag import PERSONA_MIME

PERSONAS_MIME = "application/x-journeymap-personas"
CLIPBOARD_FORMAT = "journeymap-personas"
PHOTO_SIDE = 256
MAX_SOURCE_PIXELS = 12_000
MAX_SOURCE_BYTES = 50 * 1024 * 1024


def _tr(text: str) -> str:
    return QCoreApplication.translate("personas", text)


class PhotoError(ValueError):
    """A photo file that cannot be used; the message names the file and says why."""


# ---- photos ----------------------------------------------------------------------------


def image_file_filter() -> str:
    """A file-dialog filter listing every image format this Qt build reads."""
    patterns = " ".join(f"*.{bytes(f.data()).decode()}" for f in QImageReader.supportedImageFormats())
    return _tr("Images ({patterns});;All files (*)").format(patterns=patterns)


def load_photo(path: str | Path) -> str:
    """Read, scale and encode ``path`` as base64 PNG, or raise PhotoError naming the file."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise PhotoError(_tr("“{name}” does not exist or is not a file.").format(name=name))
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise PhotoError(
            _tr("“{name}” is too large ({mb} MB); choose an image under {limit} MB.").format(
                name=name, mb=path.stat().st_size // (1024 * 1024), limit=MAX_SOURCE_BYTES // (1024 * 1024)
            )
        )
    image = _read_image(path)
    png = _png_bytes(_scaled(image))
    if len(png) > MAX_PHOTO_BYTES:
        raise PhotoError(
            _tr("“{name}” is still {kb} KB after scaling; the limit is {limit} KB.").format(
                name=name, kb=len(png) // 1024, limit=MAX_PHOTO_BYTES // 1024
            )
        )
    return base64.b64encode(png).decode("ascii")


def _read_image(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_SOURCE_PIXELS:
        raise PhotoError(
            _tr("“{name}” is {w} x {h} pixels; the largest image accepted is {max} pixels a side.").format(
                name=path.name, w=size.width(), h=size.height(), max=MAX_SOURCE_PIXELS
            )
        )
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            _tr("“{name}” is not an image this program can read ({reason}).").format(
                name=path.name, reason=reader.errorString()
            )
        )
    return image


def _scaled(image: QImage) -> QImage:
    if image.width() <= PHOTO_SIDE and image.height() <= PHOTO_SIDE:
        return image
    return image.scaled(
        PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, b"PNG").write(image)  # QImage.save's typed format (bytes) fails at run time
    buffer.close()
    return bytes(data.data())


def photo_pixmap(photo: str | None) -> QPixmap | None:
    """The decoded photo, or None when there is none or it cannot be decoded."""
    if not photo:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(base64.b64decode(photo)):
        return None
    return pixmap


# ---- avatars ---------------------------------------------------------------------------


def avatar(persona: Persona, side: int, *, color: str, device_ratio: float = 1.0) -> QPixmap:
    """A round avatar: the photo when there is one, else its initials on ``color`` (from
    journeymap.model.persona_look, as on the cards)."""
    size = QSize(round(side * device_ratio), round(side * device_ratio))
    pixmap = QPixmap(size)
    pixmap.setDevicePixelRatio(device_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    rect = QRectF(0, 0, side, side)
    clip = QPainterPath()
    clip.addEllipse(rect)
    painter.setClipPath(clip)
    photo = photo_pixmap(persona.photo)
    if photo is not None:
        _draw_cover(painter, photo, rect)
    else:
        _draw_initials(painter, persona, rect, QColor(color))
    painter.end()
    return pixmap


def _draw_cover(painter: QPainter, photo: QPixmap, rect: QRectF) -> None:
    scaled = photo.scaled(
        round(rect.width()),
        round(rect.height()),
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    x = (rect.width() - scaled.width()) / 2
    y = (rect.height() - scaled.height()) / 2
    painter.drawPixmap(round(x), round(y), scaled)


def _draw_initials(painter: QPainter, persona: Persona, rect: QRectF, fill: QColor) -> None:
    painter.fillRect(rect, fill)
    font = QFont()
    font.setPixelSize(max(8, round(rect.height() * 0.4)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff") if fill.lightnessF() < 0.6 else QColor("#202020"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(persona.name))


# ---- clipboard and drag ----------------------------------------------------------------


def personas_mime(personas: Sequence[Persona]) -> QMimeData:
    """Clipboard or drag data for ``personas``: JSON records, their ids, and plain text."""
    mime = QMimeData()
    payload = {
        "format": CLIPBOARD_FORMAT,
        "version": 1,
        "personas": [p.model_dump(mode="json", exclude_defaults=True) for p in personas],
    }
    mime.setData(PERSONAS_MIME, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))
    mime.setData(PERSONA_MIME, QByteArray("\n".join(p.id for p in personas).encode("utf-8")))
    mime.setText("\n".join(persona_summary(p) for p in personas))
    return mime


def persona_summary(persona: Persona) -> str:
    return f"{persona.name} — {persona.role}" if persona.role else persona.name


def personas_from_mime(mime: QMimeData | None) -> list[Persona]:
    """The personas in clipboard data (invalid entries skipped); [] when there are none."""
    if mime is None or not mime.hasFormat(PERSONAS_MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(PERSONAS_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    if not isinstance(payload, dict) or payload.get("format") != CLIPBOARD_FORMAT:
        return []
    found: list[Persona] = []
    for item in payload.get("personas", ()):
        try:
            found.append(Persona.model_validate(item))
        except ValidationError:
            continue
    return found


def paste_ops(journey: Journey, personas: Iterable[Persona]) -> tuple[list[Operation], list[str]]:
    """Add ``personas`` at the end, with a fresh id where the id is already taken."""
    taken = {record.id for record in journey}  # ids are unique across all kinds
    ops: list[Operation] = []
    ids: list[str] = []
    for persona in personas:
        record = persona
        if persona.id in taken:
            record = persona.updated(id=new_id("persona", taken))
        taken.add(record.id)
        ops.append(Add(record))
        ids.append(record.id)
    return ops, ids
