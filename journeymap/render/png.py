"""A fast PNG encoder for large map images: rows compressed in parallel.

Qt's PNG writer compresses on one core and is the slowest step of exporting a big map.
Here the image's rows are split into blocks; each block is gathered (every row prefixed
with filter byte 0) and deflated on a worker thread (``bytes.join``, zlib and adler32
release the GIL for large buffers), with sync flushes between blocks, and the parts are
joined into one valid zlib stream, the technique of pigz. No copy of the whole image is
made: each block converts its own rows to RGB(A), so a 150 MB picture costs a few 4 MB
buffers at a time beside it.
The file is a standard 8-bit RGB or RGBA PNG with its resolution.
"""

from __future__ import annotations

import os
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtGui import QImage

BLOCK = 4 * 1024 * 1024
LEVEL = 2
_ADLER_BASE = 65521


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two buffers joined, from each one's checksum (zlib's adler32_combine)."""
    rem = second_length % _ADLER_BASE
    sum1 = first & 0xFFFF
    sum2 = (rem * sum1) % _ADLER_BASE
    sum1 = (sum1 + (second & 0xFFFF) + _ADLER_BASE - 1) % _ADLER_BASE
    sum2 = (sum2 + (first >> 16) + (second >> 16) + _ADLER_BASE - rem) % _ADLER_BASE
    return sum1 | (sum2 << 16)


def _row_blocks(height: int, row_bytes: int) -> list[tuple[int, int]]:
    rows = max(1, BLOCK // (row_bytes + 1))
    return [(top, min(height, top + rows)) for top in range(0, height, rows)] or [(0, 0)]


def encode_png(image: QImage, *, dpi: float = 96.0) -> bytes:
    alpha = image.hasAlphaChannel()
    fmt = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    width, height = image.width(), image.height()
    row_bytes = width * (4 if alpha else 3)
    blocks = _row_blocks(height, row_bytes)

    def deflate(index: int) -> tuple[bytes, int, int]:
        top, bottom = blocks[index]
        # each block converts its own rows: a converted copy of the whole picture would
        # double the memory of a big export (210 MB more for the 1,000-touchpoint map)
        part = image.copy(0, top, width, bottom - top).convertToFormat(fmt)
        stride = part.bytesPerLine()
        bits = memoryview(part.constBits())
        # b"\0".join(["", row, row, ...]) puts the filter byte (0, None) before every row
        raw = b"\x00".join([b"", *(bits[y * stride : y * stride + row_bytes] for y in range(bottom - top))])
        compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        last = index == len(blocks) - 1
        data = compressor.compress(raw) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
        return data, zlib.adler32(raw), len(raw)

    with ThreadPoolExecutor(max_workers=max(1, min(8, os.cpu_count() or 1))) as pool:
        parts = list(pool.map(deflate, range(len(blocks))))
    checksum = 1  # the Adler-32 of nothing
    for _, adler, length in parts:
        checksum = adler32_combine(checksum, adler, length)
    stream = b"\x78\x01" + b"".join(data for data, _, _ in parts) + struct.pack(">I", checksum)
    per_meter = round(dpi / 0.0254)
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"pHYs", struct.pack(">IIB", per_meter, per_meter, 1)),
            _chunk(b"IDAT", stream),
            _chunk(b"IEND", b""),
        )
    )
