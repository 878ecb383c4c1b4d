"""Shared test helpers: paths and the partial-record matcher used by the case tables."""

from __future__ import annotations

import itertools
import math
from pathlib import Path
from typing import Any

from outcomes.bench import normalise_timepoint, token_f1
from outcomes.records import EffectRecord

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"

# One sentence and its gold record (three facts: intervention.value, comparator.value,
# p_value), shared by the harness and bad-input tests.
MORTALITY = "Mortality was 12% vs 18% (p=0.01)."
MORTALITY_GOLD: dict[str, Any] = {
    "outcome": "Mortality",
    "measure": "proportion",
    "unit": "%",
    "intervention": {"value": 12},
    "comparator": {"value": 18},
    "p_value": {"operator": "=", "value": 0.01},
    "direction": "decrease",
    "significant": True,
    "evidence": MORTALITY,
}
SHARED_CORPUS = ROOT.parent / "shared" / "corpora" / "pmc-abstracts"


def _fits(expected: Any, actual: Any, key: str = "") -> bool:
    if expected is None:
        return actual is None
    if key == "outcome":
        return isinstance(actual, str) and token_f1(actual, expected) >= 0.5
    if key == "group":
        return isinstance(actual, str) and (
            expected.lower() in actual.lower() or actual.lower() in expected.lower()
        )
    if key == "timepoint":
        return normalise_timepoint(actual) == normalise_timepoint(expected)
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            _fits(value, actual.get(name), name) for name, value in expected.items()
        )
    if isinstance(expected, (bool, str)):
        return bool(expected == actual)
    if isinstance(expected, (int, float)):
        return isinstance(actual, (int, float)) and math.isclose(expected, actual, rel_tol=1e-6)
    return bool(expected == actual)


def matches(expected: list[dict[str, Any]], records: list[EffectRecord]) -> bool:
    """True when the records are as many as expected and each fits one expected record."""
    if len(expected) != len(records):
        return False
    actual = [r.model_dump(mode="json") for r in records]
    return any(
        all(_fits(e, a) for e, a in zip(expected, order, strict=True))
        for order in itertools.permutations(actual)
    )
