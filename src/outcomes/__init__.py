"""outcomes: quantitative trial results from digests and abstracts, as typed records."""

from outcomes.export import records_from_csv, records_to_csv
from outcomes.pipeline import extract, extract_many
from outcomes.reader import Document, read
from outcomes.records import (
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
)

__all__ = [
    "Arm",
    "ConfidenceInterval",
    "Direction",
    "Document",
    "Effect",
    "EffectMeasure",
    "EffectRecord",
    "Interval",
    "IntervalKind",
    "Measure",
    "Operator",
    "PValue",
    "Span",
    "extract",
    "extract_many",
    "read",
    "records_from_csv",
    "records_to_csv",
]
