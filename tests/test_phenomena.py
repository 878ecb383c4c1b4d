"""Phenomenon tables (tests/data/phenomena/*.jsonl): text -> expected records."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import DATA, matches
from outcomes import extract

GAPS: dict[str, str] = json.loads((DATA / "phenomena_gaps.json").read_text(encoding="utf-8"))


def _cases() -> list[Any]:
    cases = []
    for path in sorted((DATA / "phenomena").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            marks = []
            if case["id"] in GAPS:
                marks.append(pytest.mark.xfail(reason=GAPS[case["id"]], strict=True))
            cases.append(pytest.param(case["text"], case["expected"], id=case["id"], marks=marks))
    return cases


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_phenomena_extract(text: str, expected: list[dict[str, Any]]) -> None:
    records = extract(text)
    assert matches(expected, records), [
        r.model_dump(mode="json", exclude_none=True) for r in records
    ]


def test_phenomena_gaps_name_real_cases() -> None:
    ids = {
        json.loads(line)["id"]
        for path in (DATA / "phenomena").glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert set(GAPS) <= ids
