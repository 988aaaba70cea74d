"""Every markup family of the property tests: basic, structured-data and plugin ones."""

from __future__ import annotations

from markup_families import FAMILIES as _BASIC
from markup_families import Family, render_page
from plugin_families import PLUGIN_FAMILIES
from structured_families import STRUCTURED_FAMILIES

FAMILIES: dict[str, Family] = {**_BASIC, **STRUCTURED_FAMILIES, **PLUGIN_FAMILIES}

__all__ = ["FAMILIES", "Family", "render_page"]
