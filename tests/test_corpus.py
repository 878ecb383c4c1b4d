"""The real abstracts in ../shared/corpora: every one extracts, and Methods yield no records."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import regex

from conftest import SHARED_CORPUS
from outcomes import EffectRecord, extract

_METHODS = regex.compile(r"^Methods?\s*$", regex.M)
_RESULTS = regex.compile(r"^Results?\s*$", regex.M)

pytestmark = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="shared corpus not present")


@cache
def _extracted() -> dict[str, tuple[str, list[EffectRecord]]]:
    out = {}
    for path in sorted(Path(SHARED_CORPUS).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name] = (text, extract(text, path.stem))
    return out


def test_corpus_every_abstract_extracts() -> None:
    extracted = _extracted()
    assert len(extracted) >= 600
    assert sum(len(records) for _, records in extracted.values()) > 1000


def test_corpus_methods_sections_yield_no_records() -> None:
    leaks = []
    for name, (text, records) in _extracted().items():
        methods, results = _METHODS.search(text), _RESULTS.search(text)
        if methods is None or results is None:
            continue
        leaks += [
            f"{name}: {r.evidence.text[:80]}"
            for r in records
            if methods.end() <= r.evidence.start < results.start()
        ]
    assert leaks == []


def test_corpus_evidence_spans_are_true() -> None:
    wrong = [
        name
        for name, (text, records) in _extracted().items()
        if any(text[r.evidence.start : r.evidence.end] != r.evidence.text for r in records)
    ]
    assert wrong == []
