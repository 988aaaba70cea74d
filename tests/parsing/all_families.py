"""Every markup family of the property tests: the basic ones and the plugin ones."""

from __future__ import annotations

from markup_families import FAMILIES as _BASIC
from markup_families import Family, render_page
from plugin_families import PLUGIN_FAMILIES

FAMILIES: dict[str, Family] = {**_BASIC, **PLUGIN_FAMILIES}

__all__ = ["FAMILIES", "Family", "render_page"]
