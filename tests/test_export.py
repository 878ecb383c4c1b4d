"""CSV export (export.py): the header of records.md, and an exact round trip."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import SEEDS
from outcomes import (
    Arm,
    ConfidenceInterval,
    Effect,
    EffectMeasure,
    EffectRecord,
    Interval,
    IntervalKind,
    Operator,
    PValue,
    Span,
    extract,
    records_from_csv,
    records_to_csv,
)
from outcomes.export import COLUMNS

EVIDENCE = Span(start=0, end=9, text="Mortality")

# Every field of the contract (records.md), flattened the way the CSV names them.
CONTRACT_COLUMNS = (
    "outcome",
    "timepoint",
    "measure",
    "unit",
    *(
        f"{role}_{name}"
        for role in ("intervention", "comparator")
        for name in (
            "group",
            "value",
            "n",
            "events",
            "sd",
            "interval_kind",
            "interval_low",
            "interval_high",
            "interval_level",
        )
    ),
    "effect_measure",
    "effect_value",
    "effect_unit",
    "effect_ci_low",
    "effect_ci_high",
    "effect_ci_level",
    "p_operator",
    "p_value",
    "direction",
    "significant",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)


def _record(**fields: object) -> EffectRecord:
    return EffectRecord.model_validate({"outcome": "Mortality", "evidence": EVIDENCE} | fields)


def _round_trip(records: list[EffectRecord], path: Path) -> list[EffectRecord]:
    records_to_csv(records, path)
    return records_from_csv(path)


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as stream:
        return next(csv.reader(stream))


@pytest.fixture(scope="module")
def seed_records() -> list[EffectRecord]:
    records: list[EffectRecord] = []
    for path in sorted(SEEDS.glob("*.txt")):
        records += extract(path.read_text(encoding="utf-8"), path.stem)
    return records


def test_export_round_trip_seeds(seed_records: list[EffectRecord], tmp_path: Path) -> None:
    assert _round_trip(seed_records, tmp_path / "seeds.csv") == seed_records


def test_export_round_trip_from_stream(seed_records: list[EffectRecord], tmp_path: Path) -> None:
    path = tmp_path / "seeds.csv"
    records_to_csv(seed_records, path)
    with path.open(encoding="utf-8", newline="") as stream:
        assert records_from_csv(stream) == seed_records


def test_export_returns_the_text_it_writes(
    seed_records: list[EffectRecord], tmp_path: Path
) -> None:
    path = tmp_path / "seeds.csv"
    text = records_to_csv(seed_records, path)
    assert path.read_bytes() == text.encode("utf-8")


@pytest.mark.parametrize(
    "records",
    [pytest.param([], id="no-records"), pytest.param([_record()], id="one-record")],
)
def test_export_header_has_contract_columns_in_order(
    records: list[EffectRecord], tmp_path: Path
) -> None:
    path = tmp_path / "out.csv"
    records_to_csv(records, path)
    header = _header(path)
    assert header[: len(COLUMNS)] == list(COLUMNS)
    positions = [header.index(column) for column in CONTRACT_COLUMNS if column in header]
    assert [c for c in CONTRACT_COLUMNS if c not in header] == []
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(_record(intervention=Arm()), id="empty-intervention-arm"),
        pytest.param(_record(), id="no-arms"),
        pytest.param(_record(comparator=Arm()), id="empty-comparator-arm"),
        pytest.param(_record(intervention=Arm(), comparator=Arm(value=3.0)), id="empty-and-full"),
        pytest.param(
            _record(intervention=Arm(interval=Interval(kind=IntervalKind.IQR))), id="empty-interval"
        ),
        pytest.param(
            _record(intervention=Arm(interval=Interval(kind=IntervalKind.CI, low=6.7, level=95.0))),
            id="ci-not-reached",
        ),
        pytest.param(
            _record(effect=Effect(measure=EffectMeasure.NNT, value=12.0)), id="effect-without-ci"
        ),
        pytest.param(
            _record(
                effect=Effect(
                    measure=EffectMeasure.HAZARD_RATIO,
                    value=0.62,
                    ci=ConfidenceInterval(low=0.48, high=0.81),
                )
            ),
            id="ci-without-level",
        ),
        pytest.param(_record(p_value=PValue(operator=Operator.LE, value=0.0)), id="p-zero"),
        pytest.param(_record(intervention=Arm(value=0.1 + 0.2, n=0)), id="float-repr-and-zero"),
        pytest.param(_record(intervention=Arm(value=1.5e9, sd=1e-300)), id="extreme-floats"),
        pytest.param(_record(significant=False), id="significant-false"),
        pytest.param(
            _record(
                outcome='CD4+ "T cell", counts\nper µL',
                evidence=Span(start=3, end=9, text='a,"\r\nb'),
            ),
            id="quotes-commas-line-breaks",
        ),
    ],
)
def test_export_round_trip_edge_records(record: EffectRecord, tmp_path: Path) -> None:
    assert _round_trip([record], tmp_path / "one.csv") == [record]


def test_export_empty_arm_differs_from_no_arm(tmp_path: Path) -> None:
    empty, missing = _round_trip([_record(intervention=Arm()), _record()], tmp_path / "two.csv")
    assert empty.intervention == Arm()
    assert missing.intervention is None


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(_record(timepoint=""), id="empty-timepoint"),
        pytest.param(_record(intervention=Arm(group="")), id="empty-group"),
        pytest.param(_record(doc_id=""), id="empty-doc-id"),
    ],
)
def test_export_round_trip_empty_strings(record: EffectRecord, tmp_path: Path) -> None:
    assert _round_trip([record], tmp_path / "one.csv") == [record]


def test_export_round_trip_empty_effect_ci(tmp_path: Path) -> None:
    record = _record(
        effect=Effect(measure=EffectMeasure.ODDS_RATIO, value=1.2, ci=ConfidenceInterval())
    )
    assert _round_trip([record], tmp_path / "one.csv") == [record]
