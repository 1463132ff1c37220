"""ImageOptions: how a picture of the map is made, one record for every caller and format.

The persona lens applies to every format (data exports leave out what does not concern the
persona; pictures fade it); the other fields are for pictures. Each format declares in the
suffix table which fields it uses; :func:`unused` names the ones a caller set in vain, and
the service gives a writer only the fields its format uses. Picture kinds are fields too:
``frame`` lays a PNG or SVG out to fill a 16:9 or 4:3 picture, ``handout`` makes a PDF the
printed handout instead of a picture of the map.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from journeymap.exchange.suffixes import FRAMES, PAGE_SIZES, Format, Frame, PageSize

__all__ = [
    "FRAMES",
    "FRAME_ASPECTS",
    "MAX_SCALE",
    "MIN_SCALE",
    "PAGE_SIZES",
    "PX_PER_INCH",
    "Frame",
    "ImageOptions",
    "PageSize",
]
FRAME_ASPECTS: dict[Frame, float] = {"16:9": 16 / 9, "4:3": 4 / 3}
HANDOUT_IGNORES = ("selection", "page_size", "tile")
"""A handout is the whole map on A4 landscape pages: these PDF options do not apply to it."""
MIN_SCALE, MAX_SCALE = 0.05, 16.0
"""A PNG from a twentieth of the canvas (a thumbnail) to 16 times it (a wall poster)."""
PX_PER_INCH = 96.0
"""One map pixel is 1/96 inch: a PNG at ``dpi`` is drawn at scale ``dpi / 96``."""


@dataclass(frozen=True, kw_only=True)
class ImageOptions:
    persona: str | None = None
    """Read the map through this persona (an id); None: everyone."""
    selection: tuple[str, ...] = ()
    """Draw only these elements (with a margin); empty: the whole map."""
    scale: float = 1.0
    """PNG: device pixels per map pixel."""
    dpi: float | None = None
    """PNG: instead of ``scale``, the print resolution (recorded in the file)."""
    page_size: PageSize = "fit"
    """PDF: one of :data:`PAGE_SIZES`; "fit" is one page the size of the map."""
    tile: bool = False
    """PDF: a large map across several pages of ``page_size``, as a poster."""
    transparent: bool = False
    """PNG: no background."""
    frame: Frame | None = None
    """PNG, SVG: the whole map laid out to fill a picture of this shape (a slide's)."""
    handout: bool = False
    """PDF: the workshop handout (a cover, a page per stage, the results), not a picture."""

    @property
    def pixel_scale(self) -> float:
        """The scale a PNG is drawn at: from ``dpi`` when given, else ``scale``."""
        return self.dpi / PX_PER_INCH if self.dpi else self.scale

    def set_fields(self) -> list[str]:
        """The fields that differ from their defaults, in declaration order."""
        default = ImageOptions()
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(default, f.name)]

    def only_for(self, format_: Format) -> ImageOptions:
        """These options with every field ``format_`` does not use back at its default."""
        unused = {name: getattr(ImageOptions(), name) for name in self.unused_by(format_)}
        return replace(self, **unused)

    def unused_by(self, format_: Format) -> list[str]:
        """The fields set here that ``format_`` does not use (a caller may note them)."""
        ignored = HANDOUT_IGNORES if self.handout and "handout" in format_.options else ()
        return [name for name in self.set_fields() if name not in format_.options or name in ignored]
