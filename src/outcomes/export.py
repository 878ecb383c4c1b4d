"""CSV export: one flat row per record, stable column names, exact round trip."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from outcomes.records import EffectRecord

_ARM_FIELDS = ("group", "value", "n", "events", "sd")
_INTERVAL_FIELDS = ("kind", "low", "high", "level")


def _arm_columns(role: str) -> list[str]:
    return [f"{role}_{f}" for f in _ARM_FIELDS] + [f"{role}_interval_{f}" for f in _INTERVAL_FIELDS]


COLUMNS: tuple[str, ...] = (
    "doc_id",
    "outcome",
    "timepoint",
    "measure",
    "unit",
    *_arm_columns("intervention"),
    *_arm_columns("comparator"),
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


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def record_to_row(record: EffectRecord) -> dict[str, str]:
    """Flatten one record into the CSV columns."""
    data = record.model_dump(mode="json")
    row: dict[str, Any] = {
        "doc_id": data["doc_id"],
        "outcome": data["outcome"],
        "timepoint": data["timepoint"],
        "measure": data["measure"],
        "unit": data["unit"],
        "direction": data["direction"],
        "significant": data["significant"],
        "evidence_start": data["evidence"]["start"],
        "evidence_end": data["evidence"]["end"],
        "evidence_text": data["evidence"]["text"],
    }
    for role in ("intervention", "comparator"):
        arm = data[role] or {}
        for name in _ARM_FIELDS:
            row[f"{role}_{name}"] = arm.get(name)
        interval = arm.get("interval") or {}
        for name in _INTERVAL_FIELDS:
            row[f"{role}_interval_{name}"] = interval.get(name)
    effect = data["effect"] or {}
    ci = effect.get("ci") or {}
    row |= {
        "effect_measure": effect.get("measure"),
        "effect_value": effect.get("value"),
        "effect_unit": effect.get("unit"),
        "effect_ci_low": ci.get("low"),
        "effect_ci_high": ci.get("high"),
        "effect_ci_level": ci.get("level"),
    }
    p_value = data["p_value"] or {}
    row |= {"p_operator": p_value.get("operator"), "p_value": p_value.get("value")}
    # Arm flags: a present-but-empty arm is written as its group cell "" plus this marker.
    return {column: _cell(row.get(column)) for column in COLUMNS} | {
        "intervention_present": _cell(data["intervention"] is not None),
        "comparator_present": _cell(data["comparator"] is not None),
    }


def _none(value: str) -> str | None:
    return value if value != "" else None


def _number(value: str) -> float | None:
    return float(value) if value != "" else None


def _integer(value: str) -> int | None:
    return int(value) if value != "" else None


def row_to_record(row: dict[str, str]) -> EffectRecord:
    """Rebuild a record from one CSV row."""
    data: dict[str, Any] = {
        "doc_id": _none(row["doc_id"]),
        "outcome": row["outcome"],
        "timepoint": _none(row["timepoint"]),
        "measure": _none(row["measure"]),
        "unit": _none(row["unit"]),
        "direction": _none(row["direction"]),
        "significant": None if row["significant"] == "" else row["significant"] == "true",
        "evidence": {
            "start": int(row["evidence_start"]),
            "end": int(row["evidence_end"]),
            "text": row["evidence_text"],
        },
    }
    for role in ("intervention", "comparator"):
        if row.get(f"{role}_present", "true") != "true":
            data[role] = None
            continue
        arm: dict[str, Any] = {
            "group": _none(row[f"{role}_group"]),
            "value": _number(row[f"{role}_value"]),
            "n": _integer(row[f"{role}_n"]),
            "events": _integer(row[f"{role}_events"]),
            "sd": _number(row[f"{role}_sd"]),
            "interval": None,
        }
        if row[f"{role}_interval_kind"]:
            arm["interval"] = {
                "kind": row[f"{role}_interval_kind"],
                "low": _number(row[f"{role}_interval_low"]),
                "high": _number(row[f"{role}_interval_high"]),
                "level": _number(row[f"{role}_interval_level"]),
            }
        data[role] = arm
    data["effect"] = None
    if row["effect_measure"]:
        ci = None
        if any(row[f"effect_ci_{k}"] for k in ("low", "high", "level")):
            ci = {k: _number(row[f"effect_ci_{k}"]) for k in ("low", "high", "level")}
        data["effect"] = {
            "measure": row["effect_measure"],
            "value": float(row["effect_value"]),
            "unit": _none(row["effect_unit"]),
            "ci": ci,
        }
    data["p_value"] = (
        {"operator": row["p_operator"], "value": float(row["p_value"])}
        if row["p_operator"]
        else None
    )
    return EffectRecord.model_validate(data)


FIELDNAMES = (*COLUMNS, "intervention_present", "comparator_present")


def write_rows(records: Iterable[EffectRecord], stream: TextIO, header: bool = True) -> int:
    """Write records as CSV rows to an open text stream; returns the number written."""
    writer = csv.DictWriter(stream, fieldnames=FIELDNAMES, lineterminator="\n")
    if header:
        writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(record_to_row(record))
        count += 1
    return count


def records_to_csv(records: Iterable[EffectRecord], path: str | Path | None = None) -> str:
    """Write records to ``path`` as CSV (UTF-8); returns the CSV text.

    >>> from outcomes import extract
    >>> text = records_to_csv(extract("Mortality was 12% vs 18% (p=0.01)."))
    >>> text.splitlines()[0].split(",")[:3]
    ['doc_id', 'outcome', 'timepoint']
    """
    buffer = io.StringIO()
    write_rows(records, buffer)
    if path is not None:
        Path(path).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return buffer.getvalue()


def records_from_csv(source: str | Path | TextIO) -> list[EffectRecord]:
    """Read records back from a CSV file path or an open stream."""
    if isinstance(source, (str, Path)):
        with Path(source).open(encoding="utf-8", newline="") as stream:
            return [row_to_record(row) for row in csv.DictReader(stream)]
    return [row_to_record(row) for row in csv.DictReader(source)]
