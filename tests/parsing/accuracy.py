"""Field accuracy of the parsers over the fixture corpus and the property renderers.

Run from the repository root (a measurement, not a test)::

    .venv/bin/python -m tests.parsing.accuracy            # both tables
    .venv/bin/python -m tests.parsing.accuracy --show cards   # one failing example, in full

A field is one value of the contract JSON (series title/subtitle, each event field,
each location part, each contact field); a refused page counts its fields as wrong,
and a refusal that should have happened counts as one field. The renderer figures
use a fixed hypothesis seed, so two runs on the same tree print the same numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from all_families import FAMILIES, Family, render_page  # noqa: E402
from cms_chrome import CHROMES  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from page_compare import field_values, mismatches, score  # noqa: E402
from page_model import BERLIN, NOW, URL, Draw, Json, draws, page_models  # noqa: E402

from scraper.errors import NotASeriesPage  # noqa: E402
from scraper.parsers import PARSERS  # noqa: E402

CORPUS = HERE.parent / "fixtures" / "corpus"
_KEYED = re.compile(r"\[[^\]]*\]")


def _parse(parser: str, html: str, url: str, now: Any) -> tuple[Json | None, str | None]:
    """The parsed JSON, or None and why (a refusal or a crash is a wrong page)."""
    try:
        return PARSERS[parser](html, url, BERLIN, now=now).to_json(), None
    except NotASeriesPage as e:
        return None, f"refused: {e.reason}"
    except Exception as e:  # a measurement reports every failure, it never stops
        return None, f"{type(e).__name__}: {e}"


def corpus_table() -> tuple[int, int]:
    """Print one line per corpus document; return (right, total) over all of them."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    right = total = s_right = s_total = 0
    wrong_fields: Counter[str] = Counter()
    for name, entry in sorted(manifest.items()):
        html = (CORPUS / f"{name}.html").read_text(encoding="utf-8")
        now = dt.datetime.fromisoformat(entry["now"])
        got, why = _parse(entry["parser"], html, entry["url"], now)
        if entry.get("refuse"):
            ok = got is None and (why or "").startswith("refused")
            r, t = int(ok), 1
            note = "" if ok else "should be refused"
        else:
            expected = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
            r, t = score(got, expected)
            sr, st_ = score(got, expected, stated_only=True)
            s_right, s_total = s_right + sr, s_total + st_
            note = why or ""
            if got is not None:
                for line in mismatches(got, expected):
                    wrong_fields[_KEYED.sub("[]", line.split(":")[0])] += 1
        right, total = right + r, total + t
        print(f"  {name:48} {r:4}/{t:<4} {note[:70]}")
    print(f"corpus: {right}/{total} fields = {100 * right / max(total, 1):.1f} %")
    print(
        f"corpus, stated fields only: {s_right}/{s_total} = {100 * s_right / max(s_total, 1):.1f} %"
    )
    for path, n in wrong_fields.most_common(12):
        print(f"    {n:4} × {path}")
    return right, total


def coverage(pages: list[Json]) -> dict[str, tuple[int, int]]:
    """Per field (events generalised): how many expected values state something."""
    out: dict[str, tuple[int, int]] = {}
    for page in pages:
        for path, value in field_values(page).items():
            key = _KEYED.sub("[]", path)
            stated, seen = out.get(key, (0, 0))
            out[key] = (stated + (value not in (None, [], "")), seen + 1)
    return out


def coverage_table(examples: int) -> None:
    """Print which contract fields the corpus and the renderers exercise."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    corpus = [
        json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        for name, entry in manifest.items()
        if not entry.get("refuse")
    ]
    models: list[Json] = []

    @seed(20261203)
    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate])
    @given(model=page_models())
    def collect(model: Json) -> None:
        models.extend(f.expect(model) for f in FAMILIES.values())

    collect()
    c, r = coverage(corpus), coverage(models)
    print(f"{'field':32} {'corpus stated/seen':>20} {'renderers stated/seen':>22}")
    for key in sorted(set(c) | set(r)):
        cs, cn = c.get(key, (0, 0))
        rs, rn = r.get(key, (0, 0))
        print(f"  {key:30} {cs:9}/{cn:<10} {rs:9}/{rn:<10}")
    none = sorted(k for k in set(c) | set(r) if c.get(k, (0, 0))[0] + r.get(k, (0, 0))[0] == 0)
    print(f"fields never stated: {', '.join(none) or 'none'}")


def renderer_table(examples: int) -> tuple[int, int]:
    right = total = s_right = s_total = 0
    for name, family in sorted(FAMILIES.items()):
        scores: list[tuple[int, int]] = []
        stated: list[tuple[int, int]] = []
        wrong: Counter[str] = Counter()
        _sample(family, examples, scores, stated, wrong)
        r, t = sum(s[0] for s in scores), sum(s[1] for s in scores)
        sr, st_ = sum(s[0] for s in stated), sum(s[1] for s in stated)
        right, total, s_right, s_total = right + r, total + t, s_right + sr, s_total + st_
        top = ", ".join(f"{p} ×{n}" for p, n in wrong.most_common(3))
        print(
            f"  {name:16} {r:5}/{t:<5} = {100 * r / max(t, 1):5.1f} %"
            f"  stated {100 * sr / max(st_, 1):5.1f} %  {top[:80]}"
        )
    print(f"renderers: {right}/{total} fields = {100 * right / max(total, 1):.1f} %")
    share = 100 * s_right / max(s_total, 1)
    print(f"renderers, stated fields only: {s_right}/{s_total} = {share:.1f} %")
    return right, total


def _sample(
    family: Family,
    examples: int,
    scores: list[tuple[int, int]],
    stated: list[tuple[int, int]],
    wrong: Counter[str],
) -> None:
    @seed(20261203)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(model=page_models(), draw=draws, chrome=st.sampled_from(sorted(CHROMES)))
    def run(model: Json, draw: Draw, chrome: str) -> None:
        expected = family.expect(model)
        html = render_page(family, expected, draw, chrome)
        got, why = _parse(family.parser, html, URL, NOW)
        scores.append(score(got, expected))
        stated.append(score(got, expected, stated_only=True))
        if got is None:
            wrong[(why or "?").split(":")[0]] += 1
        else:
            for line in mismatches(got, expected):
                wrong[_KEYED.sub("[]", line.split(":")[0])] += 1

    run()


def show(name: str) -> None:
    """Print the smallest failing rendering of one family: body HTML and what differs."""
    family = FAMILIES[name]
    shown: list[str] = []

    @seed(1)
    @settings(max_examples=200, database=None, deadline=None, report_multiple_bugs=False)
    @given(model=page_models(), draw=draws)
    def run(model: Json, draw: Draw) -> None:
        expected = family.expect(model)
        body = family.body(expected, draw)
        got, why = _parse(family.parser, CHROMES["typo3"]("T", body), URL, NOW)
        wrong = [why] if got is None else mismatches(got, expected)
        if wrong:
            shown[:] = [body, *[w or "" for w in wrong]]
            raise AssertionError

    try:
        run()
    except AssertionError:
        print(shown[0])
        print("\n".join(shown[1:]))
    else:
        print(f"{name}: no failing example found")


def main() -> None:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=20, help="models per family")
    parser.add_argument("--show", metavar="FAMILY", help="print one failing example")
    parser.add_argument("--coverage", action="store_true", help="which fields are exercised")
    args = parser.parse_args()
    if args.show:
        show(args.show)
        return
    if args.coverage:
        coverage_table(args.examples)
        return
    print("Fixture corpus (tests/fixtures/corpus):")
    c = corpus_table() if (CORPUS / "manifest.json").exists() else (0, 0)
    print(f"\nProperty renderers ({args.examples} models per family, fixed seed):")
    r = renderer_table(args.examples)
    both = (c[0] + r[0], c[1] + r[1])
    print(f"\nall: {both[0]}/{both[1]} fields = {100 * both[0] / max(both[1], 1):.1f} %")


if __name__ == "__main__":
    main()
