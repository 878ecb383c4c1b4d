"""Benchmark harness: scores extracted records against ``*.gold.json`` as records.md says.

Facts are ``(slot, value)`` pairs; a predicted fact matches a gold fact of the same
document when slot and value agree (relative tolerance 1e-6) and their evidence spans
overlap (lenient); strict also needs the record's ``measure`` (arm slots) or
``effect.measure`` (effect slots) and the matching unit to agree. Records are paired by
most shared facts; pairs give field accuracies and outcome token-F1.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError

from outcomes.errors import GoldError
from outcomes.lexicon import units
from outcomes.records import EffectRecord

ARM_SLOTS = ("value", "n", "events", "sd", "interval.low", "interval.high")
EFFECT_SLOTS = ("effect.value", "effect.ci.low", "effect.ci.high")
FIELDS = ("measure", "effect.measure", "direction", "significant", "p_operator", "timepoint")


@dataclass(frozen=True)
class Fact:
    """One number of one record, with what strict matching compares."""

    slot: str
    value: float
    start: int
    end: int
    kind: str | None  # record measure (arm slots), effect measure (effect slots), None (p)
    unit: str | None
    record: int  # index of its record in the document's list


@dataclass
class Scores:
    """Counts of one comparison; P/R/F1 derive from them."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Scores) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    def prf(self) -> dict[str, float]:
        p = self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


@dataclass
class DocResult:
    """Scores of one document."""

    doc_id: str
    kind: str
    lenient: Scores = field(default_factory=Scores)
    strict: Scores = field(default_factory=Scores)
    fields: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    outcome_f1: list[float] = field(default_factory=list)
    per_measure: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    errors: list[dict[str, Any]] = field(default_factory=list)  # see ``score_document``
    failure: str | None = None  # why the document could not be read or extracted


def _get(data: dict[str, Any] | None, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def facts_of(record: dict[str, Any], start: int, end: int, index: int) -> list[Fact]:
    """The facts of one record in JSON form (gold or predicted)."""
    facts = []
    effect = record.get("effect") or {}
    for role in ("intervention", "comparator"):
        for slot in ARM_SLOTS:
            value = _get(record.get(role), slot)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                facts.append(
                    Fact(
                        f"{role}.{slot}",
                        float(value),
                        start,
                        end,
                        record.get("measure"),
                        record.get("unit"),
                        index,
                    )
                )
    for slot in EFFECT_SLOTS:
        value = _get(record, slot)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            facts.append(
                Fact(
                    slot, float(value), start, end, effect.get("measure"), effect.get("unit"), index
                )
            )
    p_value = _get(record, "p_value.value")
    if isinstance(p_value, (int, float)) and not isinstance(p_value, bool):
        facts.append(Fact("p_value", float(p_value), start, end, None, None, index))
    return facts


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _lenient(a: Fact, b: Fact) -> bool:
    return (
        a.slot == b.slot and _same_value(a.value, b.value) and a.start < b.end and b.start < a.end
    )


def _strict(a: Fact, b: Fact) -> bool:
    return _lenient(a, b) and a.kind == b.kind and _norm_unit(a.unit) == _norm_unit(b.unit)


_PER = regex.compile(r"\s+per\s+", regex.IGNORECASE)
_SPACE = regex.compile(r"\s+")
# a litre written "l", alone or after a prefix ("l", "ml", "dl", "µl"), is "L"
_LITRE = regex.compile(r"(?<![A-Za-z])l(?![A-Za-z])|(?<=(?<![A-Za-z])[munpµd])l(?![A-Za-z])")


def _norm_unit(unit: str | None) -> str | None:
    """Two spellings of one unit agree: µ/μ, superscripts, spacing, "per" and "/".

    >>> _norm_unit("mL/min/1.73 m² per year") == _norm_unit("mL/min/1.73 m²/year")
    True
    >>> _norm_unit("min") == _norm_unit("minutes"), _norm_unit("mg") == _norm_unit("kg")
    (True, False)
    >>> _norm_unit("pmol/l.min") == _norm_unit("pmol/L.min"), _norm_unit("nmol") == "nmoL"
    (True, False)
    """
    if not unit:
        return None
    unit = unit.replace("μ", "µ").strip()
    unit = units().synonyms.get(unit.lower(), unit)  # "min" and "minutes", "mmol/l" and "mmol/L"
    unit = unit.replace("²", "2").replace("³", "3")
    unit = _LITRE.sub("L", unit)  # "pmol/l.min" and "pmol/L.min", "l/l" and "L/L"
    return _SPACE.sub("", _PER.sub("/", unit))


def _match(
    predicted: list[Fact], gold: list[Fact], same: Callable[[Fact, Fact], bool]
) -> list[tuple[Fact, Fact]]:
    """Greedy one-to-one matching of facts."""
    used: set[int] = set()
    pairs = []
    for fact in predicted:
        for j, other in enumerate(gold):
            if j not in used and same(fact, other):
                used.add(j)
                pairs.append((fact, other))
                break
    return pairs


_TOKEN = regex.compile(r"[\p{L}\p{N}+]+")


def _tokens(text: str | None) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text or "")]


def token_f1(predicted: str | None, gold: str | None) -> float:
    """Token-F1 of two outcome strings.

    >>> token_f1("mean MELD score", "MELD score")
    0.8
    """
    a, b = Counter(_tokens(predicted)), Counter(_tokens(gold))
    common = sum((a & b).values())
    if not a and not b:
        return 1.0
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


_TIME_UNITS = {
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "hour": "hours",
    "minute": "minutes",
}
_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "twelve": "12",
}


def normalise_timepoint(text: str | None) -> str | None:
    """A comparable form of a timepoint.

    >>> normalise_timepoint("at Week 12"), normalise_timepoint("90-day")
    ('12 weeks', '90 days')
    >>> normalise_timepoint("1 year")
    '1 years'
    """
    if not text or not text.strip():
        return None
    words = regex.sub(r"[-\s]+", " ", text.lower()).strip()
    words = regex.sub(r"^(?:at|by|after|within|on|through|up to|to)\s+", "", words)
    words = regex.sub(r"^the\s+", "", words)
    for word, digit in _WORDS.items():
        words = regex.sub(rf"\b{word}\b", digit, words)
    if match := regex.fullmatch(
        r"(?P<unit>day|week|month|year|hour)s?\s+(?P<n>\d+(?:\.\d+)?)", words
    ):
        words = f"{match.group('n')} {match.group('unit')}"
    if match := regex.fullmatch(
        r"(?P<n>\d+(?:\.\d+)?)\s+(?P<unit>day|week|month|year|hour|minute)s?", words
    ):
        words = f"{match.group('n')} {_TIME_UNITS[match.group('unit')]}"
    return words


def _field_values(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "measure": record.get("measure"),
        "effect.measure": _get(record, "effect.measure"),
        "direction": record.get("direction"),
        "significant": record.get("significant"),
        "p_operator": _get(record, "p_value.operator"),
        "timepoint": normalise_timepoint(record.get("timepoint")),
    }


def _field_applies(name: str, gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    if name == "effect.measure":
        return gold.get("effect") is not None or predicted.get("effect") is not None
    if name == "p_operator":
        return gold.get("p_value") is not None or predicted.get("p_value") is not None
    return True


def _span_of(text: str, evidence: Any, doc_id: str, index: int) -> tuple[int, int]:
    if isinstance(evidence, dict):
        return int(evidence["start"]), int(evidence["end"])
    if not isinstance(evidence, str) or not evidence:
        msg = f"{doc_id}: gold record {index} has no evidence string"
        raise GoldError(msg)
    start = text.find(evidence)
    if start < 0:
        msg = (
            f"{doc_id}: gold record {index} evidence does not occur in the text: {evidence[:60]!r}"
        )
        raise GoldError(msg)
    return start, start + len(evidence)


def score_document(
    text: str,
    gold_records: list[dict[str, Any]],
    predicted: list[EffectRecord],
    doc_id: str = "",
    kind: str = "",
) -> DocResult:
    """Score one document's predicted records against its gold records.

    ``errors`` of the result lists what went wrong, one JSON-ready item each:
    ``missed`` (a gold fact no predicted fact matches strictly), ``spurious`` (a
    predicted fact with no strict gold match), ``field`` (a field of a paired record
    that disagrees) and ``outcome`` (a paired record whose outcome token-F1 is below
    one half).
    """
    result = DocResult(doc_id=doc_id, kind=kind)
    gold_json = gold_records
    pred_json = [r.model_dump(mode="json") for r in predicted]
    gold_facts: list[Fact] = []
    for i, record in enumerate(gold_json):
        start, end = _span_of(text, record.get("evidence"), doc_id, i)
        gold_facts += facts_of(record, start, end, i)
    pred_facts: list[Fact] = []
    for i, record in enumerate(pred_json):
        span = record["evidence"]
        pred_facts += facts_of(record, span["start"], span["end"], i)

    lenient = _match(pred_facts, gold_facts, _lenient)
    strict = _match(pred_facts, gold_facts, _strict)
    result.lenient = Scores(len(lenient), len(pred_facts), len(gold_facts))
    result.strict = Scores(len(strict), len(pred_facts), len(gold_facts))
    for fact in gold_facts:
        result.per_measure[fact.kind or "p_value"].gold += 1
    for fact in pred_facts:
        result.per_measure[fact.kind or "p_value"].predicted += 1
    for fact, _ in strict:
        result.per_measure[fact.kind or "p_value"].tp += 1
    result.errors += _unmatched("missed", gold_facts, {id(b) for _, b in strict}, gold_json)
    result.errors += _unmatched("spurious", pred_facts, {id(a) for a, _ in strict}, pred_json)

    shared: Counter[tuple[int, int]] = Counter((a.record, b.record) for a, b in lenient)
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    for (p_index, g_index), _count in shared.most_common():
        if p_index in used_pred or g_index in used_gold:
            continue
        used_pred.add(p_index)
        used_gold.add(g_index)
        gold_record, pred_record = gold_json[g_index], pred_json[p_index]
        gold_fields, pred_fields = _field_values(gold_record), _field_values(pred_record)
        pair: dict[str, Any] = {"gold_record": g_index, "predicted_record": p_index}
        pair["evidence"] = _evidence_text(pred_record)
        for name in FIELDS:
            if _field_applies(name, gold_record, pred_record):
                same = gold_fields[name] == pred_fields[name]
                result.fields[name].append(same)
                if not same:
                    result.errors.append(
                        {"error": "field", "field": name}
                        | {"gold": gold_fields[name], "predicted": pred_fields[name]}
                        | pair
                    )
        outcome_f1 = token_f1(pred_record.get("outcome"), gold_record.get("outcome"))
        result.outcome_f1.append(outcome_f1)
        if outcome_f1 < 0.5:
            result.errors.append(
                {"error": "outcome", "token_f1": round(outcome_f1, 2)}
                | {"gold": gold_record.get("outcome"), "predicted": pred_record.get("outcome")}
                | pair
            )
    return result


def _evidence_text(record: dict[str, Any]) -> str:
    evidence = record.get("evidence")
    return str(evidence.get("text", "") if isinstance(evidence, dict) else evidence or "")


def _unmatched(
    error: str, facts: list[Fact], matched: set[int], records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One error item per fact not in ``matched`` (ids of facts)."""
    return [
        {"error": error, "slot": fact.slot, "value": fact.value, "measure": fact.kind}
        | {"unit": fact.unit, "record": fact.record}
        | {"outcome": records[fact.record].get("outcome")}
        | {"evidence": _evidence_text(records[fact.record])}
        for fact in facts
        if id(fact) not in matched
    ]


def load_gold(path: Path) -> dict[str, Any]:
    """Read and check one gold file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        msg = f"{path}: cannot read gold labels: {exc}"
        raise GoldError(msg) from exc
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        msg = f"{path}: expected an object with a 'records' list"
        raise GoldError(msg)
    return data


def gold_as_record(
    record: dict[str, Any], text: str, doc_id: str = "", index: int = 0
) -> EffectRecord:
    """A gold record (evidence as a string) as an ``EffectRecord`` (for checks)."""
    start, end = _span_of(text, record.get("evidence"), doc_id, index)
    data = dict(record) | {"evidence": {"start": start, "end": end, "text": text[start:end]}}
    try:
        return EffectRecord.model_validate(data)
    except ValidationError as exc:
        msg = f"{doc_id}: gold record {index} does not fit the record model: {exc}"
        raise GoldError(msg) from exc


@dataclass
class Report:
    """Micro-averaged scores over a set of documents."""

    docs: list[DocResult]

    def errors(self) -> Iterable[dict[str, Any]]:
        """Every document's errors (``score_document``), each with its document's id."""
        for doc in self.docs:
            if doc.failure:
                yield {"doc_id": doc.doc_id, "kind": doc.kind, "error": "failed"} | {
                    "message": doc.failure
                }
            for item in doc.errors:
                yield {"doc_id": doc.doc_id, "kind": doc.kind} | item

    def _sum(self, docs: Iterable[DocResult], name: str) -> Scores:
        total = Scores()
        for doc in docs:
            total.add(getattr(doc, name))
        return total

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        fields: dict[str, list[bool]] = defaultdict(list)
        outcome: list[float] = []
        per_measure: dict[str, Scores] = defaultdict(Scores)
        for doc in self.docs:
            for name, hits in doc.fields.items():
                fields[name] += hits
            outcome += doc.outcome_f1
            for name, scores in doc.per_measure.items():
                per_measure[name].add(scores)
        kinds = sorted({doc.kind for doc in self.docs})
        return {
            "documents": len(self.docs),
            "failed": [{"doc_id": d.doc_id, "error": d.failure} for d in self.docs if d.failure],
            "lenient": self._sum(self.docs, "lenient").prf(),
            "strict": self._sum(self.docs, "strict").prf(),
            "facts": {
                "gold": self._sum(self.docs, "strict").gold,
                "predicted": self._sum(self.docs, "strict").predicted,
                "strict_tp": self._sum(self.docs, "strict").tp,
            },
            "fields": {
                name: round(sum(hits) / len(hits), 4) if hits else None
                for name, hits in sorted(fields.items())
            }
            | {
                "outcome_token_f1": round(sum(outcome) / len(outcome), 4) if outcome else None,
                "pairs": len(outcome),
            },
            "per_kind": {
                kind: {
                    "documents": sum(1 for d in self.docs if d.kind == kind),
                    "lenient": self._sum((d for d in self.docs if d.kind == kind), "lenient").prf(),
                    "strict": self._sum((d for d in self.docs if d.kind == kind), "strict").prf(),
                }
                for kind in kinds
            },
            "per_measure": {
                name: scores.prf() | {"gold": scores.gold, "predicted": scores.predicted}
                for name, scores in sorted(per_measure.items())
            },
            "per_doc": [
                {
                    "doc_id": d.doc_id,
                    "kind": d.kind,
                    "gold_facts": d.strict.gold,
                    "predicted_facts": d.strict.predicted,
                    "lenient": d.lenient.prf(),
                    "strict": d.strict.prf(),
                }
                for d in self.docs
            ],
        }


def score_corpus(folder: Path, extractor: Callable[[str, str], list[EffectRecord]]) -> Report:
    """Score every ``*.gold.json`` in ``folder`` with its ``.txt`` beside it.

    A document that cannot be scored (unreadable text, bad gold labels, an extractor
    that raises on it) does not stop the others: its ``DocResult`` carries ``failure``,
    and its gold facts, when its labels could be read, count as missed.
    """
    results = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        doc_id = gold_path.name.removesuffix(".gold.json")
        results.append(_score_path(gold_path, doc_id, extractor))
    return Report(results)


def _score_path(
    gold_path: Path, doc_id: str, extractor: Callable[[str, str], list[EffectRecord]]
) -> DocResult:
    text_path = gold_path.with_name(f"{doc_id}.txt")
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"{text_path}: cannot read the document of {gold_path.name}: {exc}"
        return DocResult(doc_id=doc_id, kind="other", failure=msg)
    try:
        gold = load_gold(gold_path)
        kind = str(gold.get("kind") or ("digest" if doc_id.startswith("000") else "other"))
        unscored = score_document(text, gold["records"], [], doc_id, kind)
    except GoldError as exc:
        return DocResult(doc_id=doc_id, kind="other", failure=str(exc))
    try:
        predicted = extractor(text, doc_id)
    except Exception as exc:  # one document's failure must not stop the rest
        unscored.failure = f"{doc_id}: extraction failed: {type(exc).__name__}: {exc}"
        return unscored
    return score_document(text, gold["records"], predicted, doc_id, kind)
