"""The labelled documents in seeds/: every gold file fits the gold format of records.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import SEEDS
from outcomes.bench import gold_as_record
from outcomes.errors import GoldError

GOLD_FILES = sorted(SEEDS.glob("*.gold.json"))
MIN_DOCUMENTS = 150

ARM_NUMBERS = ("value", "n", "events", "sd", "interval.low", "interval.high", "interval.level")
# Numbers of the contract, by dotted path: (path, must be an integer).
NUMERIC_FIELDS = (
    *(
        (f"{role}.{name}", name in {"n", "events"})
        for role in ("intervention", "comparator")
        for name in (
            "value",
            "n",
            "events",
            "sd",
            "interval.low",
            "interval.high",
            "interval.level",
        )
    ),
    ("effect.value", False),
    ("effect.ci.low", False),
    ("effect.ci.high", False),
    ("effect.ci.level", False),
    ("p_value.value", False),
)


def _stem(path: Path) -> str:
    return path.name.removesuffix(".gold.json")


def _gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _text(path: Path) -> str:
    return path.with_name(f"{_stem(path)}.txt").read_text(encoding="utf-8")


def _get(data: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


GOLD = [pytest.param(path, id=_stem(path)) for path in GOLD_FILES]


def test_seeds_has_enough_labelled_documents() -> None:
    labelled = [path for path in GOLD_FILES if path.with_name(f"{_stem(path)}.txt").exists()]
    assert len(labelled) >= MIN_DOCUMENTS


@pytest.mark.parametrize("path", GOLD)
def test_seeds_doc_id_is_stem(path: Path) -> None:
    assert _gold(path)["doc_id"] == _stem(path)


@pytest.mark.parametrize("path", GOLD)
def test_seeds_text_exists(path: Path) -> None:
    assert path.with_name(f"{_stem(path)}.txt").is_file()


@pytest.mark.parametrize("path", GOLD)
def test_seeds_records_is_a_list_of_objects(path: Path) -> None:
    records = _gold(path)["records"]
    assert isinstance(records, list)
    assert all(isinstance(record, dict) for record in records)


@pytest.mark.parametrize("path", GOLD)
def test_seeds_evidence_occurs_exactly_once(path: Path) -> None:
    text = _text(path)
    counts = {
        i: text.count(record["evidence"]) if isinstance(record.get("evidence"), str) else None
        for i, record in enumerate(_gold(path)["records"])
    }
    assert {i: n for i, n in counts.items() if n != 1} == {}


@pytest.mark.parametrize("path", GOLD)
def test_seeds_records_validate(path: Path) -> None:
    text, stem = _text(path), _stem(path)
    problems = []
    for i, record in enumerate(_gold(path)["records"]):
        try:
            validated = gold_as_record(record, text, stem, i)
        except GoldError as exc:
            problems.append(str(exc))
            continue
        if validated.evidence.text != record["evidence"]:
            problems.append(f"record {i}: evidence read back as {validated.evidence.text!r}")
    assert problems == []


@pytest.mark.parametrize("path", GOLD)
def test_seeds_numbers_are_numbers(path: Path) -> None:
    wrong = []
    for i, record in enumerate(_gold(path)["records"]):
        for field, integer in NUMERIC_FIELDS:
            value = _get(record, field)
            if value is None:
                continue
            allowed = (int,) if integer else (int, float)
            if isinstance(value, bool) or not isinstance(value, allowed):
                wrong.append(f"record {i} {field}: {value!r}")
    assert wrong == []


@pytest.mark.parametrize("path", GOLD)
def test_seeds_significant_is_a_bool(path: Path) -> None:
    wrong = [
        i
        for i, record in enumerate(_gold(path)["records"])
        if record.get("significant") is not None and not isinstance(record["significant"], bool)
    ]
    assert wrong == []
