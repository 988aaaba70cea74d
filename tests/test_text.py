"""clean_text: invisible characters out, whitespace collapsed, typography kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.text import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Fach\u00adkräfte-Reihe", "Fachkräfte-Reihe"),  # soft hyphen
        ("H2PopUp\u200bLab", "H2PopUpLab"),  # zero-width space
        ("a\u200cb\u200dc\u2060d\ufeffe", "abcde"),  # ZWNJ, ZWJ, word joiner, BOM
        ("17:00\u00a0Uhr", "17:00 Uhr"),  # no-break space
        ("Bahnhofstraße\u202f69", "Bahnhofstraße 69"),  # narrow no-break space
        ("  Akteure aus\n\t Wirtschaft \u00a0 ", "Akteure aus Wirtschaft"),
        ("Mach’s – „Wasserstoff“", "Mach’s – „Wasserstoff“"),  # typography as published
        ("\u00ad\u200b \u00a0", ""),
        ("", ""),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


_NOISE = st.sampled_from(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
_SPACE = st.sampled_from([" ", "\u00a0", "\u202f", "\n", "\t", "  "])


@given(st.lists(st.text(alphabet="abcäöüß’–„“XYZ0123", min_size=1), min_size=1, max_size=6))
def test_words_survive_any_whitespace_and_noise(words: list[str]) -> None:
    noisy = "\u00a0 ".join("\u00ad".join(word) for word in words) + "\u200b\n"
    assert clean_text(noisy) == " ".join(words)


@given(st.text(), _NOISE, _SPACE)
def test_clean_text_is_idempotent_and_clean(text: str, noise: str, space: str) -> None:
    once = clean_text(noise + text + space + noise)
    assert clean_text(once) == once
    assert once == once.strip()
    assert "  " not in once
    for ch in "\u00ad\u200b\u200c\u200d\u2060\ufeff\u00a0\u202f\n\t":
        assert ch not in once
