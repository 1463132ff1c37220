"""journeymap: a desktop editor for customer journey maps, kept as open `.journey` files."""

from __future__ import annotations

__version__ = "0.1.0"
