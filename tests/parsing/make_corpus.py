"""Write the fixture corpus (``tests/fixtures/corpus/``) from its specs.

Run from the repository root after changing a spec::

    .venv/bin/python -m tests.parsing.make_corpus

For every document it writes ``NAME.html``, ``NAME.json`` (the contract JSON a careful
reader would note down; refused pages have none) and an entry in ``manifest.json``
(page URL, parser, the time of the check, whether it must be refused, what it shows).
The expected JSON comes from the hand-written specs, never from a parser.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from all_families import FAMILIES  # noqa: E402
from cms_chrome import CHROMES  # noqa: E402
from corpus_false_rt import FALSE_RT  # noqa: E402
from corpus_handwritten import HANDWRITTEN, INTRO, REFUSALS, Handwritten  # noqa: E402
from corpus_intros import INTROS  # noqa: E402
from corpus_life import LIFE  # noqa: E402
from corpus_life3 import LIFE3  # noqa: E402
from corpus_pages import PARTNERS, RVR, UNNA, Spec  # noqa: E402
from corpus_partners_hand import PARTNER_HAND  # noqa: E402
from corpus_prose_hand import PROSE_HAND  # noqa: E402
from corpus_structured_hand import STRUCTURED_HAND  # noqa: E402
from corpus_structured_unseen import STRUCTURED_UNSEEN  # noqa: E402
from corpus_structured_unseen2 import STRUCTURED_UNSEEN2  # noqa: E402
from corpus_unseen import UNSEEN  # noqa: E402
from corpus_unseen2 import UNSEEN2  # noqa: E402
from corpus_unseen3 import UNSEEN3  # noqa: E402
from event_writing import contact_box  # noqa: E402

CORPUS = HERE.parent / "fixtures" / "corpus"
# The renderers' generic intros (German, English), replaced by each series' own text.
GENERIC_INTROS = (
    "<p>Die Reihe bringt Unternehmen, Hochschulen und Verwaltung zusammen. "
    "Die Teilnahme ist kostenfrei.</p><p>Anmeldeschluss für den ersten Termin: 26. Januar 2026</p>",
    "<p>The workshop series brings together companies, universities and public bodies. "
    "Registration closes one week before each date.</p>"
    "<p>Registration deadline for the first date: 26 January 2026.</p>",
)


def from_spec(spec: Spec) -> tuple[str, dict[str, Any]]:
    family = FAMILIES[spec.family]
    expected = family.expect(spec.model)
    body = family.body(expected, spec.draw)
    for old, new in spec.words.items():
        if old not in body:
            raise SystemExit(f"{spec.name}: {old!r} is not in the rendered body")
        body = body.replace(old, new)
    intro = INTROS[expected["series"]["title"]]
    for generic in GENERIC_INTROS:
        body = body.replace(generic, intro)
    body += contact_box(expected["contacts"], "Kontakt") if expected["contacts"] else ""
    title = expected["series"]["title"]
    return spec.site.dress(CHROMES[spec.site.chrome](title, body)), expected


def from_handwritten(name: str, doc: Handwritten) -> str:
    if doc.html == "":
        return _truncated(name)
    if doc.site is None:
        return doc.html
    return doc.site.dress(CHROMES[doc.site.chrome]("Fachkräfte-Reihe", doc.html))


def _truncated(name: str) -> str:
    if name == "refuse-truncated-after-heading":
        full = RVR.dress(CHROMES["typo3"]("Fachkräfte-Reihe", INTRO + "<h2>Nächste Termine</h2>"))
        return full[: full.index("<h2>Nächste Termine</h2>") + len("<h2>Nächste Termine</h2>")]
    body = (
        "<h1>Kreisdialog Bildung</h1><p>Der Kreisdialog bringt Schulen, Betriebe und "
        "Beratungsstellen zusammen.</p><h2>Nächste Termine</h2>"
        "<h3>Übergang Schule – Beruf</h3>"
        "<p><strong>Wann:</strong> 4. März 2026, 14:00–17:00 Uhr</p>"
    )
    full = UNNA.dress(CHROMES["neos"]("Kreisdialog Bildung", body))
    return full[: full.index("4. März 2026") + len("4. Mä")]


def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.glob("*.html"):
        old.unlink()
    for old in CORPUS.glob("*.json"):
        old.unlink()
    manifest: dict[str, dict[str, Any]] = {}
    for spec in (*PARTNERS, *LIFE):
        html, expected = from_spec(spec)
        parser = FAMILIES[spec.family].parser
        _write(spec.name, html, expected)
        manifest[spec.name] = {
            "url": expected["url"],
            "parser": parser,
            "now": spec.now,
            "about": f"{spec.about} [{spec.site.org}, {spec.site.chrome}, {spec.family}]",
            "partner": spec.partner,
        }
    hand = {
        **HANDWRITTEN,
        **PARTNER_HAND,
        **PROSE_HAND,
        **STRUCTURED_HAND,
        **STRUCTURED_UNSEEN,
        **STRUCTURED_UNSEEN2,
        **UNSEEN,
        **UNSEEN2,
        **UNSEEN3,
        **FALSE_RT,
        **LIFE3,
        **REFUSALS,
    }
    for name, doc in hand.items():
        _write(name, from_handwritten(name, doc), doc.expected)
        entry: dict[str, Any] = {
            "url": doc.url,
            "parser": doc.parser,
            "now": doc.now,
            "about": doc.about,
            "partner": doc.partner,
        }
        if doc.expected is None:
            entry["refuse"] = True
        manifest[name] = entry
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    (CORPUS / "manifest.json").write_text(text, encoding="utf-8")
    (CORPUS / "README.md").write_text(_readme(manifest), encoding="utf-8")
    print(f"wrote {len(manifest)} documents to {CORPUS}")


def _readme(manifest: dict[str, dict[str, Any]]) -> str:
    rows = [
        f"| `{name}` | {'refused' if e.get('refuse') else e['parser']} | {e['now'][:10]} "
        f"| {e['about'].replace('|', '/')} |"
        for name, e in sorted(manifest.items())
    ]
    return (
        "# Fixture corpus\n\n"
        "Full documents of series pages (the RVR page's life, partner series of chambers,\n"
        "universities, cities and counties in TYPO3, Drupal, WordPress, Neos and Government\n"
        "Site Builder markup) and pages that must be refused. Generated by\n"
        "`tests/parsing/make_corpus.py` from hand-written specs (`tests/parsing/corpus_*.py`);\n"
        "`NAME.json` is the expected contract JSON, `manifest.json` gives URL, parser and the\n"
        "time of the check. Organisations and places are real, series and dates invented.\n"
        "The `unseen-*` documents are whole pages written by hand, without the renderers, in\n"
        "CMS markups and wordings the others lack (`corpus_unseen.py`); the `unseen2-*`\n"
        "documents are a second such round (`corpus_unseen2.py`), the `unseen3-*` documents a\n"
        "third (`corpus_unseen3.py`). The `falsert-*` documents\n"
        "tempt the reader to invent events, misplace them or refuse a good page\n"
        "(`corpus_false_rt.py`). The `life3-*` documents are the RVR page's life through\n"
        "2026 and 2027 written by hand (`corpus_life3.py`).\n\n"
        "| document | parser | checked | what it shows |\n| --- | --- | --- | --- |\n"
        + "\n".join(rows)
        + "\n"
    )


def _write(name: str, html: str, expected: dict[str, Any] | None) -> None:
    (CORPUS / f"{name}.html").write_text(html, encoding="utf-8")
    if expected is not None:
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (CORPUS / f"{name}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
