"""The colours and fonts of the map, light or dark, built from a QPalette.

One Theme is shared by every item of a scene; items never pick colours of their own.
Stage colours are soft tints of a calm palette (or of ``Stage.color``) blended into the
canvas, so the same map reads well on a light or a dark background.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from journeymap.model.stage_look import STAGE_PALETTE

FONT_FAMILIES = ["Noto Sans", "Inter", "Segoe UI", "Helvetica Neue", "DejaVu Sans", "Noto Sans Arabic"]

EMOTION_COLORS = ("#d0504f", "#e48a4d", "#a0a4ab", "#6cb47a", "#2f9e6a")
"""Very negative .. very positive (index = emotion + 2)."""


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` blended towards ``b`` by ``t`` (0 = a, 1 = b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


@lru_cache(maxsize=64)
def _font(family: str, pixel_size: int, weight: int) -> QFont:
    font = QFont()
    font.setFamilies([family, *FONT_FAMILIES])
    font.setPixelSize(pixel_size)
    font.setWeight(QFont.Weight(weight))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True, eq=False)
class Theme:
    """Colours for the canvas and its items; fonts sized in pixels so export matches screen."""

    dark: bool
    canvas: QColor
    surface: QColor
    header: QColor
    text: QColor
    muted: QColor
    line: QColor
    accent: QColor
    pain: QColor
    opportunity: QColor
    flow: QColor
    family: str = "Noto Sans"
    stage_palette: tuple[QColor, ...] = field(default_factory=lambda: tuple(map(QColor, STAGE_PALETTE)))
    emotions: tuple[QColor, ...] = field(default_factory=lambda: tuple(map(QColor, EMOTION_COLORS)))

    # ---- construction ------------------------------------------------------------

    @classmethod
    def light(cls) -> Theme:
        return cls(
            dark=False,
            canvas=QColor("#f7f6f3"),
            surface=QColor("#ffffff"),
            header=QColor("#ffffff"),
            text=QColor("#1f2430"),
            muted=QColor("#6b7180"),
            line=QColor("#dcdad5"),
            accent=QColor("#2f6fde"),
            pain=QColor("#d64545"),
            opportunity=QColor("#2f8f6a"),
            flow=QColor("#7a8190"),
        )

    @classmethod
    def dark_theme(cls) -> Theme:
        return cls(
            dark=True,
            canvas=QColor("#1c1e23"),
            surface=QColor("#2a2d34"),
            header=QColor("#25282e"),
            text=QColor("#e8e9ec"),
            muted=QColor("#a0a5b0"),
            line=QColor("#3b3f48"),
            accent=QColor("#6ea2ff"),
            pain=QColor("#f06363"),
            opportunity=QColor("#4cc28f"),
            flow=QColor("#8d94a3"),
        )

    @classmethod
    def from_palette(cls, palette: QPalette | None = None) -> Theme:
        """Light or dark after the palette's window colour; the accent is its highlight."""
        if palette is None:
            app = QGuiApplication.instance()
            palette = QGuiApplication.palette() if app is not None else QPalette()
        window = palette.color(QPalette.ColorRole.Window)
        base = cls.dark_theme() if window.lightness() < 128 else cls.light()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if highlight.isValid() and highlight.saturation() > 60:
            return base.with_accent(highlight)
        return base

    def with_accent(self, accent: QColor) -> Theme:
        fields = {name: getattr(self, name) for name in self.__dataclass_fields__}
        fields["accent"] = QColor(accent)
        return Theme(**fields)

    # ---- derived colours -----------------------------------------------------------

    def stage_color(self, index: int, color: str | None = None) -> QColor:
        """The stage's strong colour: its own, or the palette's by position."""
        if color:
            return QColor(color)
        return QColor(self.stage_palette[index % len(self.stage_palette)])

    def stage_tint(self, index: int, color: str | None = None) -> QColor:
        """The soft wash behind a stage column."""
        return _mix(self.canvas, self.stage_color(index, color), 0.16 if self.dark else 0.09)

    @staticmethod
    def blend(a: QColor, b: QColor, amount: float) -> QColor:
        """``a`` blended towards ``b`` by ``amount`` (0 = a, 1 = b)."""
        return _mix(a, b, amount)

    def soft(self, color: QColor, amount: float = 0.18) -> QColor:
        """``color`` washed into the card surface (chips, badges' backgrounds)."""
        return _mix(self.surface, color, amount)

    def emotion_color(self, emotion: int) -> QColor:
        return self.emotions[max(-2, min(2, emotion)) + 2]

    def on_color(self, background: QColor) -> QColor:
        """Readable text colour on ``background``."""
        return QColor("#ffffff") if background.lightnessF() < 0.62 else QColor("#1f2430")

    def font(self, pixel_size: int, *, bold: bool = False, medium: bool = False) -> QFont:
        weight = QFont.Weight.Bold if bold else QFont.Weight.Medium if medium else QFont.Weight.Normal
        return _font(self.family, pixel_size, int(weight.value))
