"""Records (records.py): frozen models, JSON round trip, evidence spans that hold."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from conftest import SEEDS
from outcomes import (
    Arm,
    ConfidenceInterval,
    Direction,
    Effect,
    EffectMeasure,
    EffectRecord,
    Interval,
    IntervalKind,
    Measure,
    Operator,
    PValue,
    Span,
    extract,
)

SENTENCE = "Mortality was 12% vs 18% (HR 0.62, 95% CI 0.48-0.81; p=0.01)."

FULL = EffectRecord(
    outcome="Mortality",
    timepoint="90 days",
    measure=Measure.PROPORTION,
    unit="%",
    intervention=Arm(
        group="the drug group",
        value=12.0,
        n=120,
        events=14,
        sd=1.5,
        interval=Interval(kind=IntervalKind.CI, low=9.0, high=None, level=95.0),
    ),
    comparator=Arm(group="placebo", value=18.0, n=118),
    effect=Effect(
        measure=EffectMeasure.HAZARD_RATIO,
        value=0.62,
        ci=ConfidenceInterval(low=0.48, high=0.81, level=95.0),
    ),
    p_value=PValue(operator=Operator.EQ, value=0.01),
    direction=Direction.DECREASE,
    significant=True,
    evidence=Span(start=0, end=len(SENTENCE), text=SENTENCE),
    doc_id="doc-1",
)

MINIMAL = EffectRecord(outcome="Mortality", evidence=Span(start=0, end=9, text="Mortality"))

SEED_TEXTS = [pytest.param(path, id=path.stem) for path in sorted(SEEDS.glob("*.txt"))]

# Texts whose characters tempt an extractor to shift offsets (normalised dashes, spaces,
# decimal points, astral characters, CRLF line ends).
TRICKY_TEXTS = {
    "crlf": (
        "Background\r\nWe enrolled 200 adults.\r\nResults\r\nMortality was 12% vs 18% (p=0.01).\r\n"
    ),
    "unicode-minus": "The MELD score changed by −3.5 vs −1.2 points (P = .03).",
    "middle-dot-decimals": "Median survival was 14·5 vs 11·1 months (HR 0·62, 95% CI 0·48–0·81).",
    "no-break-spaces": "Mortality was 12\u00a0% vs 18\u00a0% (p\u00a0<\u00a00.01).",
    "thin-spaces": "Mortality was 12\u2009% vs 18\u2009% (p\u2009≤\u20090.01).",
    "astral-characters": "😀 Mortality was 12% vs 18% (p=0.01). 😀",
    "leading-whitespace": "   \n\n  Mortality was 12% vs 18% (p=0.01).   ",
    "tabs": "\tMortality\twas 12% vs 18%\t(p=0.01).",
    "times-ten-power": "Neutrophils were 1.5×10^9/L vs 2.0×10^9/L (p<0.001).",
    "superscript-power": "Counts were 1.5×10⁹/L vs 2.0×10⁹/L (p<0.001).",
    "greek-mu": "CD4 counts rose to 450 cells/μL vs 380 cells/μL (p = 0.02).",
    "ligature": "The ﬁnal mortality was 12% vs 18% (p=0.01).",
    "combining-accent": "Cafe\u0301 mortality was 12% vs 18% (p=0.01).",
    "zero-width-space": "Mortality\u200b was 12% vs 18% (p=0.01).",
    "fullwidth-digits": "Mortality was １２% vs １８% (p=0.01).",
    "three-sentences": (
        "Mortality was 12% vs 18% (p=0.01). Relapse was 30% vs 45% (p=0.02). "
        "Hospitalisation fell by 20% (p<0.05)."
    ),
}


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _extract_seed(path: Path) -> tuple[EffectRecord, ...]:
    return tuple(extract(_read(path), path.stem))


def _span_errors(text: str, records: list[EffectRecord]) -> list[str]:
    errors = []
    for i, record in enumerate(records):
        span = record.evidence
        if not 0 <= span.start <= span.end <= len(text):
            errors.append(f"record {i}: span {span.start}:{span.end} outside 0:{len(text)}")
        elif text[span.start : span.end] != span.text:
            errors.append(f"record {i}: text[{span.start}:{span.end}] != {span.text!r}")
    return errors


@pytest.mark.parametrize(
    ("model", "name", "value"),
    [
        pytest.param(FULL, "outcome", "Relapse", id="record-outcome"),
        pytest.param(FULL, "significant", False, id="record-significant"),
        pytest.param(FULL.evidence, "start", 1, id="span-start"),
        pytest.param(FULL.intervention, "value", 13.0, id="arm-value"),
        pytest.param(FULL.intervention.interval, "low", 1.0, id="interval-low"),  # type: ignore[union-attr]
        pytest.param(FULL.effect, "value", 0.5, id="effect-value"),
        pytest.param(FULL.effect.ci, "high", 0.9, id="effect-ci-high"),  # type: ignore[union-attr]
        pytest.param(FULL.p_value, "value", 0.5, id="p-value"),
    ],
)
def test_records_are_frozen(model: BaseModel, name: str, value: Any) -> None:
    before = getattr(model, name)
    with pytest.raises(ValidationError, match="frozen"):
        setattr(model, name, value)
    assert getattr(model, name) == before


@pytest.mark.parametrize(
    ("model", "data"),
    [
        pytest.param(
            EffectRecord, {"outcome": "x", "evidence": FULL.evidence, "extra": 1}, id="record"
        ),
        pytest.param(Arm, {"value": 1.0, "mean": 1.0}, id="arm"),
        pytest.param(Span, {"start": 0, "end": 1, "text": "x", "doc": "y"}, id="span"),
    ],
)
def test_records_reject_unknown_fields(model: type[BaseModel], data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        model.model_validate(data)


@pytest.mark.parametrize(
    "record", [pytest.param(FULL, id="every-field"), pytest.param(MINIMAL, id="required-only")]
)
def test_records_json_round_trip_by_hand(record: EffectRecord) -> None:
    assert EffectRecord.model_validate_json(record.model_dump_json()) == record


@pytest.mark.parametrize("path", SEED_TEXTS)
def test_records_json_round_trip_seeds(path: Path) -> None:
    records = _extract_seed(path)
    changed = [
        i
        for i, record in enumerate(records)
        if EffectRecord.model_validate_json(record.model_dump_json()) != record
    ]
    assert changed == []


@pytest.mark.parametrize("path", SEED_TEXTS)
def test_records_evidence_spans_hold_seeds(path: Path) -> None:
    text = _read(path)
    assert _span_errors(text, list(_extract_seed(path))) == []


@pytest.mark.parametrize("text", [pytest.param(t, id=k) for k, t in TRICKY_TEXTS.items()])
def test_records_evidence_spans_hold_tricky_text(text: str) -> None:
    assert _span_errors(text, extract(text)) == []


@pytest.mark.parametrize("path", SEED_TEXTS)
def test_records_carry_doc_id(path: Path) -> None:
    records = _extract_seed(path)
    assert {record.doc_id for record in records} <= {path.stem}
