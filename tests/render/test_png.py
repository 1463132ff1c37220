"""The parallel PNG encoder: a standard file, pixel for pixel the picture it was given."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from journeymap.render import png


@given(st.binary(max_size=300), st.binary(max_size=300))
def test_adler32_combine_matches_zlib(first: bytes, second: bytes) -> None:
    combined = png.adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second))
    assert combined == zlib.adler32(first + second)


def _idat(data: bytes) -> bytes:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, stream = 8, b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body)
        if kind == b"IDAT":
            stream += body
        at += 12 + length
    return stream


@pytest.mark.parametrize("alpha", [False, True])
def test_many_blocks_decode_to_the_same_pixels(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, alpha: bool
) -> None:
    monkeypatch.setattr(png, "BLOCK", 1000)  # a few rows per block: dozens of blocks
    fmt = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    image = QImage(123, 77, fmt)  # 123 px: RGB rows are not a multiple of 4 bytes
    image.fill(QColor(0, 0, 0, 0) if alpha else Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(QColor("#c0392b"))
    painter.drawEllipse(5, 5, 100, 60)
    painter.fillRect(40, 20, 30, 30, QColor(20, 120, 200, 128))
    painter.end()
    data = png.encode_png(image)
    raw = zlib.decompress(_idat(data))  # zlib checks the combined Adler-32
    row = 123 * (4 if alpha else 3)
    assert len(raw) == 77 * (row + 1) and raw[:: row + 1] == bytes(77)
    back = QImage.fromData(data)
    assert back.convertToFormat(fmt) == image.convertToFormat(fmt)
